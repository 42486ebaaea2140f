package kz.qualify.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Practical experience in the specialty, in whole months. Fractions of a month never count: "2.99
 * years" is 35 months, which is short of 3 years.
 */
public record Experience(int months) implements Comparable<Experience> {

    /** Sixty years: more than that in one specialty is a data error, not a career. */
    public static final int MAX_MONTHS = 60 * 12;

    public Experience {
        if (months < 0) throw new IllegalArgumentException("experience cannot be negative (" + months + " months)");
        if (months > MAX_MONTHS) {
            throw new IllegalArgumentException("experience of " + months + " months is more than 60 years");
        }
    }

    public static Experience ofYears(int years) {
        return new Experience(years * 12);
    }

    public static Experience of(int years, int months) {
        return new Experience(years * 12 + months);
    }

    /** Decimal years ("5,25" → 63 months), rounded down to the whole month. */
    public static Experience ofDecimalYears(BigDecimal years) {
        return new Experience(years.multiply(BigDecimal.valueOf(12))
                .setScale(0, RoundingMode.FLOOR)
                .intValueExact());
    }

    public boolean atLeast(Experience minimum) {
        return months >= minimum.months;
    }

    @Override
    public int compareTo(Experience o) {
        return Integer.compare(months, o.months);
    }
}
