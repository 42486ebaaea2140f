package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number with its noun, in the form each language's plural rules choose. */
class CountTest {

    @ParameterizedTest(name = "{0}: {1} | {2} | {3}")
    @CsvSource({
        "0,  0 лет,   0 жыл,  0 years",
        "1,  1 год,   1 жыл,  1 year",
        "2,  2 года,  2 жыл,  2 years",
        "5,  5 лет,   5 жыл,  5 years",
        "11, 11 лет,  11 жыл, 11 years",
        "21, 21 год,  21 жыл, 21 years",
        "22, 22 года, 22 жыл, 22 years",
        "75, 75 лет,  75 жыл, 75 years"
    })
    void yearsTakeTheFormOfTheLanguage(long years, String ru, String kk, String en) {
        var count = new Phrase.Count("experience.years", years);

        assertThat(count.in(ReportLanguage.ru)).isEqualTo(ru);
        assertThat(count.in(ReportLanguage.kk)).isEqualTo(kk);
        assertThat(count.in(ReportLanguage.en)).isEqualTo(en);
    }

    @Test
    void theNumberIsPlainDigitsAsEverywhereInTheReport() {
        var count = new Phrase.Count("experience.years", 1_000_001);

        assertThat(count.in(ReportLanguage.ru)).isEqualTo("1000001 год");
        assertThat(count.in(ReportLanguage.en)).isEqualTo("1000001 years");
    }

    @Test
    void anImpossibleExperienceIsSaidInEachLanguageWithItsYears() {
        var why = ((ExperienceText.Reading.Impossible) ExperienceText.read("75 лет")).why();

        assertThat(why.ru()).isEqualTo("стаж 75 лет 0 мес. превышает 60 лет (годы и месяцы: «75 лет»)");
        assertThat(why.kk()).isEqualTo("75 жыл 0 ай өтіл 60 жылдан асады (жылдар мен айлар: «75 лет»)");
        assertThat(why.en())
                .isEqualTo("experience of 75 years 0 months is more than 60 years (years and months: '75 лет')");
        assertThat(((ExperienceText.Reading.Impossible) ExperienceText.read("61"))
                        .why()
                        .ru())
                .isEqualTo("стаж 61 год 0 мес. превышает 60 лет (годы десятичным числом: 61)");
    }
}
