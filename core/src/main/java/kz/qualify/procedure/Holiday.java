package kz.qualify.procedure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that is not worked although it may fall on a weekday: a national or state holiday (Law
 * "On holidays in the Republic of Kazakhstan"), or a religious day the Labour Code makes a day off.
 *
 * @param date the day itself
 * @param id stable id of the holiday, the same every year ("new-year", "nauryz", "kurban-ait"); its
 *     name in each language is the message {@link #nameKey()}
 * @param onWeekend what happens when the day falls on a Saturday or a Sunday
 * @param law the act and article that make it a day off, in the act's Russian name
 * @param provenance how sure we are that this date was a day off that year
 */
public record Holiday(LocalDate date, String id, OnWeekend onWeekend, String law, Provenance provenance) {

    /** What the law does with a holiday that falls on a weekend. */
    public enum OnWeekend {
        /**
         * "При совпадении выходного и праздничного дней выходным днем является следующий после
         * праздничного рабочий день" — the next working day becomes a day off (national and state
         * holidays).
         */
        NEXT_WORKING_DAY_OFF,
        /** Nothing is moved: the day off is simply lost (Orthodox Christmas, Kurban Ait). */
        NOT_MOVED
    }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(onWeekend, "onWeekend");
        Objects.requireNonNull(provenance, "provenance");
        if (id == null || !id.matches("[a-z][a-z0-9-]*"))
            throw new IllegalArgumentException("holiday id must be lower-case kebab-case: '" + id + "'");
        if (law == null || law.isBlank()) throw new IllegalArgumentException("holiday " + id + " names no law");
    }

    public String nameKey() {
        return "procedure.holiday." + id;
    }
}
