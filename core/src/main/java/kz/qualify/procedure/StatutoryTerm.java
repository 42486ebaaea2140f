package kz.qualify.procedure;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import kz.qualify.law.Publication.Certainty;

/**
 * A term the licensing law sets for the licensor, as data: how long it runs, what starts it and
 * what starts it afresh, what the licensor must do within it, what follows when it passes, where
 * the law sets it, and how sure we are of all that.
 *
 * @param id stable id ("completeness-check"); its name in each language is the message {@link
 *     #nameKey()}
 * @param startsOn the event that starts it
 * @param restartsOn the events that start it afresh, discarding the running count
 * @param within what the licensor must do before the term ends
 * @param ifMissed what follows when it ends and the licensor has not done it
 * @param provenance how sure we are of the length, the start and what is demanded
 * @param interpretation how we read the law where it leaves room, written beside the data
 */
public record StatutoryTerm(
        String id,
        TermLength length,
        Trigger.Event startsOn,
        Set<Trigger.Event> restartsOn,
        Consequence within,
        Consequence ifMissed,
        Citation cites,
        Provenance provenance,
        String interpretation) {

    public StatutoryTerm {
        if (id == null || !id.matches("[a-z][a-z0-9-]*"))
            throw new IllegalArgumentException("term id must be lower-case kebab-case: '" + id + "'");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(ifMissed, "ifMissed");
        Objects.requireNonNull(cites, "cites");
        Objects.requireNonNull(provenance, "provenance");
        restartsOn = Set.copyOf(restartsOn);
        if (restartsOn.contains(startsOn))
            throw new IllegalArgumentException("term " + id + " cannot both start and restart on " + startsOn);
        interpretation = interpretation == null ? "" : interpretation.strip();
    }

    public String nameKey() {
        return "procedure.term." + id;
    }

    /** The event starts this term, or starts it afresh. */
    public boolean countsFrom(Trigger.Event event) {
        return startsOn == event || restartsOn.contains(event);
    }

    /**
     * The deadline this term sets when {@code trigger} happens.
     *
     * <p>The count starts the day after the event, whatever day the event fell on: a term of N
     * working days ends on the N-th working day after the filing, so a filing on Saturday through
     * the portal is counted from Monday, as one on Friday is. A term of calendar days ends N days
     * after the event, or on the next working day when that day is not one.
     */
    public Deadline deadline(Trigger trigger, WorkingCalendar calendar) {
        if (!countsFrom(trigger.event()))
            throw new IllegalArgumentException("term " + id + " does not run from " + trigger.event());
        var doubts = new LinkedHashSet<Doubt>();
        if (provenance.assumed()) doubts.add(new Doubt.AssumedTerm(this));
        Reckoning reckoning;
        if (length.unit() == TermLength.Unit.WORKING_DAYS) {
            reckoning = calendar.nthWorkingDayAfter(trigger.on(), length.days());
            doubts.addAll(reckoning.doubts());
        } else {
            var nominal = trigger.on().plusDays(length.days());
            var end = calendar.isWorkingDay(nominal)
                    ? nominal
                    : calendar.nthWorkingDayAfter(nominal, 1).through();
            reckoning = calendar.workingDaysBetween(trigger.on(), end);
            // only the days that decided where the term ends can make the end uncertain
            doubts.addAll(calendar.workingDaysBetween(nominal.minusDays(1), end).doubts());
        }
        return new Deadline(this, trigger, reckoning.through(), reckoning, java.util.List.copyOf(doubts));
    }

    public Certainty certainty() {
        return provenance.certainty();
    }
}
