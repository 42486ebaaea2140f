package kz.qualify.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts take the form their language asks for: Russian has one (1, 21, 101), few (2–4, 22) and
 * many (0, 5–20, 111) forms by CLDR's rules; Kazakh keeps the noun singular after any numeral.
 */
class PluralFormsTest {

    private static final Wording WORDING = new Wording(Phrasebook.load(Languages.standard(), List.of()), Map.of());

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
        "ru, months, 1, 1 месяц",
        "ru, months, 2, 2 месяца",
        "ru, months, 5, 5 месяцев",
        "ru, months, 21, 21 месяц",
        "ru, months, 0, 0 месяцев",
        "ru, months, 11, 11 месяцев",
        "ru, months, 12, 12 месяцев",
        "ru, months, 22, 22 месяца",
        "ru, months, 111, 111 месяцев",
        "ru, people, 1, 1 человек",
        "ru, people, 2, 2 человека",
        "ru, people, 5, 5 человек",
        "ru, people, 21, 21 человек",
        "ru, people, 0, 0 человек",
        "ru, people, 14, 14 человек",
        "ru, days, 1, 1 день",
        "ru, days, 2, 2 дня",
        "ru, days, 5, 5 дней",
        "ru, days, 21, 21 день",
        "ru, days, 0, 0 дней",
        "ru, days, 104, 104 дня",
        "kk, months, 1, 1 ай",
        "kk, months, 2, 2 ай",
        "kk, months, 5, 5 ай",
        "kk, months, 21, 21 ай",
        "kk, months, 0, 0 ай",
        "kk, people, 1, 1 адам",
        "kk, people, 2, 2 адам",
        "kk, people, 5, 5 адам",
        "kk, people, 21, 21 адам",
        "kk, people, 0, 0 адам",
        "kk, days, 1, 1 күн",
        "kk, days, 2, 2 күн",
        "kk, days, 5, 5 күн",
        "kk, days, 21, 21 күн",
        "kk, days, 0, 0 күн",
        "en, months, 1, 1 month",
        "en, months, 2, 2 months",
        "en, months, 0, 0 months",
        "en, people, 1, 1 person",
        "en, people, 21, 21 people",
        "en, days, 21, 21 days"
    })
    void aCountTakesTheFormItsLanguageAsks(String language, String noun, long count, String expected) {
        var words = WORDING.in(Language.of(language));

        assertThat(words.render(Message.of("count." + noun, Arg.count("count", count))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"ru, 1, one", "ru, 3, few", "ru, 7, many", "ru, 1011, many", "kk, 1, one", "kk, 2, other"})
    void thePluralCategoryIsCldrs(String language, long count, String category) {
        assertThat(WORDING.in(Language.of(language)).pluralCategory(Arg.count("n", count)))
                .isEqualTo(category);
    }
}
