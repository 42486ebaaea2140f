package kz.qualify.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"050340004519", "990940000123"})
    void acceptsNumbersWhoseCheckDigitMatches(String raw) {
        var withCheck = raw.substring(0, 11) + TaxId.checkDigit(raw);
        assertThat(TaxId.isValid(withCheck)).isTrue();
        assertThat(new TaxId(withCheck).value()).isEqualTo(withCheck);
    }

    @ParameterizedTest
    @CsvSource({
        "12345678901, must be exactly 12 digits",
        "1234567890123, must be exactly 12 digits",
        "12345678901a, must be exactly 12 digits",
    })
    void rejectsNumbersOfTheWrongShape(String raw, String message) {
        assertThatThrownBy(() -> new TaxId(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void rejectsAWrongCheckDigitAndSaysWhichItExpected() {
        var base = "05034000451";
        int good = TaxId.checkDigit(base + "0");
        var bad = base + ((good + 1) % 10);
        assertThat(TaxId.problem(bad)).contains("fails the check digit").contains("expected " + good);
    }

    @org.junit.jupiter.api.Test
    void refusesTwelveEqualDigitsThoughZerosPassTheCheckDigit() {
        assertThat(TaxId.checkDigit("000000000000")).isZero();
        for (char d = '0'; d <= '9'; d++) {
            var same = String.valueOf(d).repeat(12);
            assertThat(TaxId.problem(same)).as(same).contains("all its digits are the same");
            assertThat(TaxId.problemRu(same)).as(same).contains("все цифры одинаковы");
        }
    }

    @org.junit.jupiter.api.Test
    void usesTheSecondWeightsWhenTheFirstSumGivesTen() {
        // first pass: sum(d_i * i) mod 11 == 10 for these digits, so the second weights decide
        var digits = "00000000010"; // 1 * 10 = 10
        assertThat(TaxId.checkDigit(digits + "0")).isEqualTo((1 * 1) % 11); // second weights: position 10 weighs 1
    }
}
