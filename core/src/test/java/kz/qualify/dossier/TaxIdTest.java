package kz.qualify.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.qualify.message.Arg;
import kz.qualify.message.Message;
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
        "12345678901",
        "1234567890123",
        "12345678901a",
    })
    void rejectsNumbersOfTheWrongShape(String raw) {
        assertThat(TaxId.flaw(raw)).isEqualTo(TaxId.Flaw.NOT_TWELVE_DIGITS);
        assertThat(TaxId.problem(raw)).isEqualTo(Message.of("problem.taxId.digits"));
        assertThatThrownBy(() -> new TaxId(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(raw);
    }

    @org.junit.jupiter.api.Test
    void rejectsAWrongCheckDigitAndSaysWhichItExpected() {
        var base = "05034000451";
        int good = TaxId.checkDigit(base + "0");
        var bad = base + ((good + 1) % 10);
        assertThat(TaxId.flaw(bad)).isEqualTo(TaxId.Flaw.WRONG_CHECK_DIGIT);
        assertThat(TaxId.problem(bad))
                .isEqualTo(Message.of("problem.taxId.checkDigit", Arg.text("value", bad), Arg.count("expected", good)));
    }

    @org.junit.jupiter.api.Test
    void refusesTwelveEqualDigitsThoughZerosPassTheCheckDigit() {
        assertThat(TaxId.checkDigit("000000000000")).isZero();
        for (char d = '0'; d <= '9'; d++) {
            var same = String.valueOf(d).repeat(12);
            assertThat(TaxId.flaw(same)).as(same).isEqualTo(TaxId.Flaw.ALL_DIGITS_SAME);
            assertThat(TaxId.problem(same))
                    .as(same)
                    .isEqualTo(Message.of("problem.taxId.allSame", Arg.text("value", same)));
        }
    }

    @org.junit.jupiter.api.Test
    void saysANumberWithNoCheckDigitCannotBeIssued() {
        var undefined = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> String.format("99034%03d0000", i))
                .filter(s -> TaxId.checkDigit(s) == 10)
                .findFirst()
                .orElseThrow();
        assertThat(TaxId.flaw(undefined)).isEqualTo(TaxId.Flaw.NO_CHECK_DIGIT);
        assertThat(TaxId.problem(undefined))
                .isEqualTo(Message.of("problem.taxId.noCheckDigit", Arg.text("value", undefined)));
        assertThat(TaxId.problem("050340004519".substring(0, 11) + TaxId.checkDigit("050340004519")))
                .isNull();
    }

    @org.junit.jupiter.api.Test
    void usesTheSecondWeightsWhenTheFirstSumGivesTen() {
        // first pass: sum(d_i * i) mod 11 == 10 for these digits, so the second weights decide
        var digits = "00000000010"; // 1 * 10 = 10
        assertThat(TaxId.checkDigit(digits + "0")).isEqualTo((1 * 1) % 11); // second weights: position 10 weighs 1
    }
}
