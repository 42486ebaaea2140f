package kz.qualify.procedure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off moved by decree: a weekend day becomes a working day and a weekday becomes a day off
 * in its place (Labour Code; the Government does it each year "в целях рационального
 * использования рабочего времени").
 *
 * @param workingDay the Saturday or Sunday that is worked
 * @param dayOff the Monday to Friday that is not
 */
public record Transfer(LocalDate workingDay, LocalDate dayOff, Decree decree, Provenance provenance) {

    public Transfer {
        Objects.requireNonNull(workingDay, "workingDay");
        Objects.requireNonNull(dayOff, "dayOff");
        Objects.requireNonNull(decree, "decree");
        Objects.requireNonNull(provenance, "provenance");
        if (!isWeekend(workingDay))
            throw new IllegalArgumentException("a transfer makes a weekend day a working day, but " + workingDay
                    + " is a " + workingDay.getDayOfWeek() + ", already a working day");
        if (isWeekend(dayOff))
            throw new IllegalArgumentException("a transfer gives a weekday off, but " + dayOff + " is a "
                    + dayOff.getDayOfWeek() + ", already a day off");
    }

    static boolean isWeekend(LocalDate date) {
        var d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
