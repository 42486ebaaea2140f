package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.qualify.law.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The МРП in force on a date, as the budget laws set it. */
class MrpDataTest {

    @ParameterizedTest(name = "{0} → {1} ₸")
    @CsvSource({
        "2007-06-30, 1092", "2008-01-01, 1168", "2009-06-30, 1273", "2009-07-01, 1296", "2010-12-31, 1413",
                "2011-05-05, 1512",
        "2012-11-01, 1618", "2013-01-01, 1731", "2014-01-01, 1852", "2015-12-31, 1982", "2016-01-01, 2121",
                "2017-07-07, 2269",
        "2018-01-01, 2405", "2019-01-01, 2525", "2020-03-31, 2651", "2020-04-01, 2778", "2021-01-01, 2917",
                "2022-03-31, 3063",
        "2022-04-01, 3063", "2022-12-31, 3063", "2023-01-01, 3450", "2024-01-01, 3692", "2025-01-01, 3932",
                "2026-11-25, 4325",
    })
    void theRateInForceOnADate(LocalDate date, long tenge) {
        var rate = Catalog.standard().mrp().on(date).orElseThrow();
        assertThat(rate.value()).isEqualTo(Money.tenge(tenge));
        assertThat(rate.law()).startsWith("Закон РК «О республиканском бюджете");
    }

    @org.junit.jupiter.api.Test
    void the2022RateForBenefitsIsRecordedAsANoteNotAsAThreshold() {
        var rate = Catalog.standard().mrp().on(LocalDate.of(2022, 6, 1)).orElseThrow();
        assertThat(rate.value()).isEqualTo(Money.tenge(3063));
        assertThat(rate.note()).contains("3 180").contains("benefits");
    }

    @org.junit.jupiter.api.Test
    void thereIsNoRateBefore2007() {
        assertThat(Catalog.standard().mrp().on(LocalDate.of(2006, 12, 31))).isEmpty();
    }
}
