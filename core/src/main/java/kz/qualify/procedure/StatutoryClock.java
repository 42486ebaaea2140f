package kz.qualify.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The statutory clock: the calendar and the terms, and a {@link Clock} for "today" that the caller
 * owns — the service's clock in production, a fixed or movable one in tests.
 *
 * <p>Days are the licensor's days: a filing at 23:30 in Astana on Friday is a Friday filing, even
 * though it is still Friday afternoon in UTC. The licensor of these activities sat in Astana, whose
 * time the tz database keeps as {@code Asia/Almaty} (UTC+6 in 2012–2013).
 */
public final class StatutoryClock {

    /** Astana time, where the licensor sits (assumed: a regional licensor in the west kept UTC+5). */
    public static final ZoneId LICENSOR_ZONE = ZoneId.of("Asia/Almaty");

    private final WorkingCalendar calendar;
    private final StatutoryTerms terms;
    private final Clock clock;
    private final ZoneId zone;

    public StatutoryClock(WorkingCalendar calendar, StatutoryTerms terms, Clock clock) {
        this(calendar, terms, clock, LICENSOR_ZONE);
    }

    public StatutoryClock(WorkingCalendar calendar, StatutoryTerms terms, Clock clock, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public StatutoryTerms terms() {
        return terms;
    }

    /** Today, in the licensor's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Every deadline {@code trigger} sets: the terms it starts, and those it starts afresh. */
    public List<Deadline> deadlinesFrom(Trigger trigger) {
        return terms.countingFrom(trigger.event()).stream()
                .map(t -> t.deadline(trigger, calendar))
                .toList();
    }

    public Deadline deadline(StatutoryTerm term, Trigger trigger) {
        return term.deadline(trigger, calendar);
    }

    /** Where {@code deadline} stands today. */
    public Standing standing(Deadline deadline) {
        return deadline.standing(today(), calendar);
    }
}
