package kz.qualify.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyAndMrpTest {

    private final MrpTable table = new MrpTable(List.of(
            new MrpRate(LocalDate.of(2012, 1, 1), Money.tenge(1618), "2012 budget law", ""),
            new MrpRate(LocalDate.of(2013, 1, 1), Money.tenge(1731), "2013 budget law", "")));

    @Test
    void theRateInForceIsTheLatestThatStartedOnOrBeforeTheDate() {
        assertThat(table.on(LocalDate.of(2012, 12, 31)).orElseThrow().value()).isEqualTo(Money.tenge(1618));
        assertThat(table.on(LocalDate.of(2013, 1, 1)).orElseThrow().value()).isEqualTo(Money.tenge(1731));
        assertThat(table.on(LocalDate.of(2011, 12, 31))).isEmpty();
    }

    @Test
    void moneyIsExactToTheTiyn() {
        assertThat(Money.of("0.10").times(3)).isEqualTo(Money.of("0.30"));
        assertThat(Money.tenge(16_180_000).minus(Money.of("16179999.99"))).isEqualTo(Money.of("0.01"));
        assertThatThrownBy(() -> Money.of("1.001")).hasMessageContaining("fractions of a tiyn");
    }

    @Test
    void formatsWithSpacesBetweenThousands() {
        assertThat(Money.tenge(16_180_000).format()).isEqualTo("16 180 000.00 ₸");
        assertThat(Money.ZERO.format()).isEqualTo("0.00 ₸");
        assertThat(Money.of("0.05").format()).isEqualTo("0.05 ₸");
        assertThat(Money.of("999.9").format()).isEqualTo("999.90 ₸");
        assertThat(Money.tenge(1000).format()).isEqualTo("1 000.00 ₸");
        assertThat(Money.of("123456.7").format()).isEqualTo("123 456.70 ₸");
        assertThat(Money.of("-1234567.89").format()).isEqualTo("-1 234 567.89 ₸");
        assertThat(Money.of("-100").format()).isEqualTo("-100.00 ₸");
    }

    @Test
    void refusesTwoRatesFromTheSameDay() {
        var d = LocalDate.of(2012, 1, 1);
        assertThatThrownBy(() -> new MrpTable(
                        List.of(new MrpRate(d, Money.tenge(1), "a", ""), new MrpRate(d, Money.tenge(2), "b", ""))))
                .hasMessageContaining("two МРП rates from 2012-01-01");
    }
}
