package kz.qualify.procedure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days are working days in Kazakhstan, for the years whose holidays and transfers we hold.
 *
 * <p>A day is a working day when it is Monday to Friday and not a holiday, not the weekday off in
 * place of a holiday that fell on a weekend, and not a weekday a decree made a day off — or when it
 * is a Saturday or Sunday a decree made a working day. For a year the calendar does not cover,
 * Monday to Friday are counted and every count that touches the year says so ({@link
 * Doubt.YearNotCovered}): never a silent guess.
 *
 * <p>The weekday off in place of a holiday is derived, not listed: the Law "On holidays" says that
 * when a holiday falls on a day off, the next working day after the holiday is a day off. "After the
 * holiday" skips the days of the same feast (New Year falling on Sunday 1 January 2012 gave Tuesday
 * 3 January, Monday 2 January being New Year itself). The decrees that transfer days off are made
 * knowing those days, so a transfer may not land on one.
 */
public final class WorkingCalendar {

    /** Longest span counted at once (about a century): a longer one is a mistake, not a term. */
    static final int MAX_SPAN_DAYS = 36_600;

    private final SortedSet<Integer> coveredYears;
    private final List<Holiday> holidays;
    private final List<Transfer> transfers;
    private final Map<LocalDate, Day> exceptions = new HashMap<>();

    public WorkingCalendar(Collection<Integer> coveredYears, List<Holiday> holidays, List<Transfer> transfers) {
        if (coveredYears.isEmpty()) throw new IllegalArgumentException("a calendar covers at least one year");
        this.coveredYears = new TreeSet<>(coveredYears);
        var sortedHolidays = new ArrayList<>(holidays);
        sortedHolidays.sort(Comparator.comparing(Holiday::date));
        this.holidays = List.copyOf(sortedHolidays);
        var sortedTransfers = new ArrayList<>(transfers);
        sortedTransfers.sort(Comparator.comparing(Transfer::workingDay));
        this.transfers = List.copyOf(sortedTransfers);

        for (var h : this.holidays) {
            if (!covers(h.date()))
                throw new IllegalArgumentException(
                        "holiday " + h.id() + " on " + h.date() + " is outside the years covered " + this.coveredYears);
            var before = exceptions.put(h.date(), new Day.OnHoliday(h.date(), h));
            if (before != null)
                throw new IllegalArgumentException(
                        "two holidays on " + h.date() + ": " + name(before) + " and " + h.id());
        }
        for (var h : this.holidays) {
            if (h.onWeekend() == Holiday.OnWeekend.NEXT_WORKING_DAY_OFF && Transfer.isWeekend(h.date())) {
                var instead = nextPlainWeekday(h.date());
                // a day off falling in a year we do not hold is that year's business, counted there
                if (covers(instead)) exceptions.put(instead, new Day.InsteadOfHoliday(instead, h));
            }
        }
        for (var t : this.transfers) {
            if (!covers(t.workingDay()))
                throw new IllegalArgumentException(
                        "the transfer from " + t.workingDay() + " is outside the years covered " + this.coveredYears);
            place(new Day.WorkedByTransfer(t.workingDay(), t));
            // a New Year decree may move a day off into January of a year we do not hold yet;
            // that day is counted with its year, as Monday to Friday, until the year is added
            if (covers(t.dayOff())) place(new Day.OffByTransfer(t.dayOff(), t));
        }
    }

    private void place(Day day) {
        var before = exceptions.putIfAbsent(day.date(), day);
        if (before != null)
            throw new IllegalArgumentException(
                    "a transfer of decree № " + transferOf(day).decree().number() + " falls on " + day.date()
                            + ", which is already " + name(before));
    }

    private static Transfer transferOf(Day day) {
        return switch (day) {
            case Day.WorkedByTransfer w -> w.transfer();
            case Day.OffByTransfer o -> o.transfer();
            default -> throw new IllegalStateException(day.toString());
        };
    }

    private static String name(Day day) {
        return switch (day) {
            case Day.OnHoliday h -> "the holiday " + h.holiday().id();
            case Day.InsteadOfHoliday i ->
                "the day off instead of the holiday " + i.holiday().id() + " of "
                        + i.holiday().date();
            case Day.OffByTransfer o ->
                "a day off by decree № " + o.transfer().decree().number();
            case Day.WorkedByTransfer w ->
                "a working day by decree № " + w.transfer().decree().number();
            case Day.Weekday w -> "a weekday";
            case Day.Weekend w -> "a weekend day";
            case Day.NotCovered n -> "a day of a year not covered";
        };
    }

    /** The first Monday-to-Friday after {@code date} that is not itself a holiday or already off. */
    private LocalDate nextPlainWeekday(LocalDate date) {
        var d = date.plusDays(1);
        while (Transfer.isWeekend(d) || exceptions.containsKey(d)) d = d.plusDays(1);
        return d;
    }

    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(coveredYears);
    }

    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    public List<Holiday> holidays() {
        return holidays;
    }

    public List<Transfer> transfers() {
        return transfers;
    }

    /** What the calendar says about one day. */
    public Day day(LocalDate date) {
        if (!covers(date)) return new Day.NotCovered(date);
        var special = exceptions.get(date);
        if (special != null) return special;
        return Transfer.isWeekend(date) ? new Day.Weekend(date) : new Day.Weekday(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).working();
    }

    /**
     * The {@code n}-th working day after {@code date} (the day itself is never counted), with how
     * the count went. The first working day after a Friday is the Monday, unless the Monday is off.
     */
    public Reckoning nthWorkingDayAfter(LocalDate date, int n) {
        if (n < 1) throw new IllegalArgumentException("count at least one working day, not " + n);
        var count = new Count(date);
        var d = date;
        int found = 0;
        while (found < n) {
            d = d.plusDays(1);
            if (count.add(day(d))) found++;
            if (ChronoUnit.DAYS.between(date, d) > MAX_SPAN_DAYS)
                throw new IllegalArgumentException(n + " working days after " + date + " is beyond any term");
        }
        return count.through(d);
    }

    /** The working days after {@code after} up to and including {@code through}. */
    public Reckoning workingDaysBetween(LocalDate after, LocalDate through) {
        if (through.isBefore(after))
            throw new IllegalArgumentException("count from " + after + " forward, not back to " + through);
        if (ChronoUnit.DAYS.between(after, through) > MAX_SPAN_DAYS)
            throw new IllegalArgumentException(after + " to " + through + " is beyond any term");
        var count = new Count(after);
        for (var d = after.plusDays(1); !d.isAfter(through); d = d.plusDays(1)) count.add(day(d));
        return count.through(through);
    }

    /** Tallies a span day by day. */
    private static final class Count {
        private final LocalDate after;
        private int working;
        private final List<Day> exceptions = new ArrayList<>();
        private final LinkedHashSet<Doubt> doubts = new LinkedHashSet<>();

        Count(LocalDate after) {
            this.after = after;
        }

        boolean add(Day day) {
            switch (day) {
                case Day.Weekday w -> {}
                case Day.Weekend w -> {}
                case Day.NotCovered n -> {}
                default -> exceptions.add(day);
            }
            day.doubt().ifPresent(doubts::add);
            if (day.working()) working++;
            return day.working();
        }

        Reckoning through(LocalDate through) {
            return new Reckoning(after, through, working, exceptions, List.copyOf(doubts));
        }
    }
}
