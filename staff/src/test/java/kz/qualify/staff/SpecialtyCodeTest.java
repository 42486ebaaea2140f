package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialtyCodeTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
        "5В071800, 5B071800", // Cyrillic В
        "5B071800, 5B071800",
        "5в 071800, 5B071800",
        "050718, 050718",
        "50718, 050718", // Excel dropped the leading zero
        "6B07101, 6B07101",
        "6В07101, 6B07101",
        "7M07101, 7M07101",
        "8D07101, 8D07101",
        "6М071800, 6M071800",
        "0911000, 0911000",
        "07130100, 07130100",
        "4S07130103, 4S07130103"
    })
    void normalizesClassifierCodesAsTablesWriteThem(String written, String code) {
        assertThat(SpecialtyCode.normalize(written)).isEqualTo(code);
    }

    @ParameterizedTest(name = "''{0}'' is not a code")
    @ValueSource(strings = {"", "Электроэнергетика", "2005", "5B0718", "12345", "5B0718000", "ABC"})
    void textThatIsNotACodeIsNotOne(String written) {
        assertThat(SpecialtyCode.normalize(written)).isNull();
    }

    @Test
    void findsCodesInsideASpecialtysTextButNotYearsOrDiplomaNumbers() {
        assertThat(SpecialtyCode.findIn("Высшее, 5В071800 - Электроэнергетика, 2005 г."))
                .containsExactly("5B071800");
        assertThat(SpecialtyCode.findIn("050718 Электроэнергетика")).containsExactly("050718");
        assertThat(SpecialtyCode.findIn("диплом № 1234567, 2005")).isEmpty();
    }
}
