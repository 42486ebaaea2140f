package kz.qualify.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.qualify.law.Publication.Certainty;

/**
 * How a count of working days came out: the days after {@code after} up to and including
 * {@code through}, how many of them are working days, the days that were not plain weekdays or
 * weekends (holidays, the weekday off in a holiday's place, transfers) and every assumed fact the
 * count rests on.
 *
 * @param exceptions the days of the span the calendar treats otherwise than a plain week does, in
 *     date order
 * @param doubts what in the span is assumed rather than known, each once, in the order met
 */
public record Reckoning(LocalDate after, LocalDate through, int workingDays, List<Day> exceptions, List<Doubt> doubts) {

    public Reckoning {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(through, "through");
        if (through.isBefore(after)) throw new IllegalArgumentException(through + " is before " + after);
        if (workingDays < 0) throw new IllegalArgumentException("negative count " + workingDays);
        exceptions = List.copyOf(exceptions);
        doubts = List.copyOf(doubts);
    }

    public Certainty certainty() {
        return doubts.isEmpty() ? Certainty.KNOWN : Certainty.ASSUMED;
    }

    /** The count touched a year the calendar does not hold, and counted Monday to Friday there. */
    public boolean reachesUncoveredYear() {
        return doubts.stream().anyMatch(d -> d instanceof Doubt.YearNotCovered);
    }
}
