package kz.qualify.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperienceTest {

    @ParameterizedTest
    @CsvSource({"3, 36", "2.99, 35", "5.25, 63", "1, 12", "0.99, 11", "0.08, 0"})
    void decimalYearsRoundDownToWholeMonths(String years, int months) {
        assertThat(Experience.ofDecimalYears(new BigDecimal(years)).months()).isEqualTo(months);
    }

    @ParameterizedTest
    @CsvSource({"-1, cannot be negative", "721, more than 60 years"})
    void rejectsImpossibleExperience(int months, String message) {
        assertThatThrownBy(() -> new Experience(months)).hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void threeYearsIsAtLeastThreeYearsAndThirtyFiveMonthsIsNot() {
        assertThat(new Experience(36).atLeast(Experience.ofYears(3))).isTrue();
        assertThat(new Experience(35).atLeast(Experience.ofYears(3))).isFalse();
    }
}
