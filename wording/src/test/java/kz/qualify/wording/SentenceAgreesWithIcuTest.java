package kz.qualify.wording;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import kz.qualify.message.Arg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our reading of a pattern says what ICU's own {@link MessageFormat} says, for counts below a
 * thousand (above it ICU groups digits by the locale, which the reports do not): plurals with their
 * exact cases and {@code #}, selects, quoting.
 */
class SentenceAgreesWithIcuTest {

    private static final Wording WORDING = new Wording(Phrasebook.load(Languages.standard(), List.of()), Map.of());

    @ParameterizedTest(name = "{0}: {1} with n={2}, who={3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ru | {n, plural, =0 {нет} one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} | 0 | x",
                "ru | {n, plural, =0 {нет} one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} | 21 | x",
                "ru | {n, plural, =0 {нет} one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} | 113 | x",
                "ru | {who, select, a {подписан {n, plural, one {# раз} few {# раза} many {# раз} other {# раза}}} other {{who}}} | 3 | a",
                "ru | {who, select, a {A} other {кто: {who}}} | 3 | b",
                "kk | {n, plural, one {# ай} other {# ай}} '''{who}''' | 5 | x",
                "en | it''s '{n}' and {who}''s | 1 | y",
                "en | the officer's {n, plural, one {# day} other {# days}} | 1 | y"
            })
    void ourRenderingIsIcus(String language, String pattern, long n, String who) {
        var sentence = Sentence.compile(pattern);
        var words = WORDING.in(Language.of(language));
        var ours = new StringBuilder();
        sentence.render(words, List.of(Arg.count("n", n), Arg.text("who", who)), ours, null);

        var icu = new MessageFormat(pattern, ULocale.forLanguageTag(language)).format(Map.of("n", n, "who", who));

        assertThat(ours).hasToString(icu);
    }
}
