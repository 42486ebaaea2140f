package kz.qualify.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.qualify.law.Publication.Certainty;

/**
 * The last day of a term, and how it was reached.
 *
 * @param lastDay the last day on which the licensor may still act in time; the term has passed from
 *     the next day on ({@link #passesOn()})
 * @param reckoning the count from the day after the trigger to the last day: the working days, the
 *     holidays and transfers met on the way
 * @param doubts everything the date rests on that is assumed: the term itself, a holiday or
 *     transfer on the way, a year the calendar does not cover
 */
public record Deadline(
        StatutoryTerm term, Trigger trigger, LocalDate lastDay, Reckoning reckoning, List<Doubt> doubts) {

    public Deadline {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(reckoning, "reckoning");
        if (!lastDay.isAfter(trigger.on()))
            throw new IllegalArgumentException("a term ends after the day it starts from: " + lastDay);
        doubts = List.copyOf(doubts);
    }

    /** {@code KNOWN} only when the term, every day on the way and the years counted are all known. */
    public Certainty certainty() {
        return doubts.isEmpty() ? Certainty.KNOWN : Certainty.ASSUMED;
    }

    /** The first day on which the term has passed. */
    public LocalDate passesOn() {
        return lastDay.plusDays(1);
    }

    public boolean passed(LocalDate asOf) {
        return asOf.isAfter(lastDay);
    }

    /**
     * Where the term stands on {@code asOf}: the working days left (today included when it is a
     * working day), or since when it has passed, by how many working days, and what follows.
     */
    public Standing standing(LocalDate asOf, WorkingCalendar calendar) {
        if (passed(asOf)) {
            var overdue = calendar.workingDaysBetween(lastDay, asOf);
            return new Standing.Passed(asOf, passesOn(), overdue.workingDays(), term.ifMissed(), overdue);
        }
        var from = asOf.isAfter(trigger.on()) ? asOf.minusDays(1) : trigger.on();
        var left = calendar.workingDaysBetween(from, lastDay);
        return new Standing.Running(asOf, left.workingDays(), left);
    }
}
