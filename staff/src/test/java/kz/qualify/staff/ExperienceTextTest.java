package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qualify.staff.ExperienceText.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExperienceTextTest {

    @ParameterizedTest(name = "''{0}'' is {1} months")
    @CsvSource(
            delimiter = '|',
            value = {
                "5 лет 3 мес.        | 63",
                "5 л. 3 м.           | 63",
                "5л3м                | 63",
                "5,25                | 63",
                "5.25                | 63",
                "1 год               | 12",
                "8 мес               | 8",
                "3 г.                | 36",
                "2 года 6 месяцев    | 30",
                "12 лет              | 144",
                "5 лет 3             | 63",
                "5 лет 3 мес. 10 дн. | 63",
                "5 Лет 3 Мес         | 63",
                "5 жыл 3 ай          | 63",
                "5 ж. 3 ай           | 63",
                "1 жыл               | 12",
                "5 years 3 months    | 63",
                "5 yrs 3 mos         | 63",
                "1 year              | 12",
                "8 months            | 8",
                "0                   | 0",
                "0,5                 | 6",
                "2.99                | 35",
                "2.9166666666666665  | 35",
                "60                  | 720",
                "59 лет 11 мес       | 719",
                "60 лет 0 мес        | 720",
                "5 лет 14 мес        | 74"
            })
    void readsExperienceAsPeopleWriteItToWholeMonths(String text, int months) {
        assertThat(ExperienceText.read(text))
                .isInstanceOfSatisfying(
                        Reading.Stated.class,
                        s -> assertThat(s.experience().months()).isEqualTo(months));
    }

    @ParameterizedTest(name = "''{0}'' is impossible")
    @ValueSource(strings = {"-1", "-0,5", "-3 года", "61", "60 лет 1 мес", "75 лет", "100", "999999999"})
    void negativeExperienceAndMoreThanSixtyYearsAreImpossible(String text) {
        assertThat(ExperienceText.read(text)).isInstanceOf(Reading.Impossible.class);
    }

    @ParameterizedTest(name = "''{0}'' is not understood")
    @ValueSource(
            strings = {"с 2010 г.", "более 5 лет", "много", "5-6 лет", "5 лет 3 мес 2 мес", "3 мес 5 лет", "1e5", "пять"
            })
    void textThatIsNotADurationIsNotUnderstoodRatherThanGuessed(String text) {
        assertThat(ExperienceText.read(text)).isInstanceOf(Reading.NotUnderstood.class);
    }

    @Test
    void aDateIsExplainedAsExcelsDoingNotAsADuration() {
        assertThat(ExperienceText.read("05.03.2012"))
                .isInstanceOfSatisfying(
                        Reading.NotUnderstood.class,
                        u -> assertThat(u.reason()).contains("is a date").contains("5.3"));
    }

    @ParameterizedTest(name = "''{0}'' says nothing")
    @ValueSource(strings = {"", "   ", "-", "—", "–"})
    void anEmptyCellOrADashIsMissingExperience(String text) {
        assertThat(ExperienceText.read(text)).isInstanceOf(Reading.Missing.class);
    }

    @ParameterizedTest(name = "''{0}'' and ''{1}'' are {2} months")
    @CsvSource({"5, 3, 63", "0, 8, 8", "'', 8, 8", "12, '', 144", "5.5, 0, 66", "60, 0, 720"})
    void readsExperienceSplitIntoYearsAndMonthsColumns(String years, String months, int total) {
        assertThat(ExperienceText.read(years, months))
                .isInstanceOfSatisfying(
                        Reading.Stated.class,
                        s -> assertThat(s.experience().months()).isEqualTo(total));
    }

    @Test
    void splitExperienceBeyondSixtyYearsIsImpossibleAndOddMonthsAreNotUnderstood() {
        assertThat(ExperienceText.read("60", "1")).isInstanceOf(Reading.Impossible.class);
        assertThat(ExperienceText.read("5", "три")).isInstanceOf(Reading.NotUnderstood.class);
    }
}
