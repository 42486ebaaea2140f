package kz.qualify.procedure;

import java.util.Objects;

/** How long a term runs: so many working days, or so many calendar days. */
public record TermLength(int days, Unit unit) {

    public enum Unit {
        WORKING_DAYS,
        CALENDAR_DAYS
    }

    public TermLength {
        Objects.requireNonNull(unit, "unit");
        if (days < 1 || days > 366) throw new IllegalArgumentException("a term runs 1 to 366 days, not " + days);
    }
}
