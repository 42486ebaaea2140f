package kz.qualify.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The monthly calculation index (месячный расчётный показатель) from a date on, and the law that
 * set it (the republican budget law of the year, or its amendment).
 */
public record MrpRate(LocalDate from, Money value, String law, String note) {
    public MrpRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
        if (value.amount().signum() <= 0) throw new IllegalArgumentException("МРП must be positive: " + value);
        if (law == null || law.isBlank()) throw new IllegalArgumentException("МРП from " + from + " names no law");
        note = note == null ? "" : note;
    }
}
