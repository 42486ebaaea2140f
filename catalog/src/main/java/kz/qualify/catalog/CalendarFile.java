package kz.qualify.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.qualify.law.Publication.Certainty;
import kz.qualify.procedure.Day;
import kz.qualify.procedure.Decree;
import kz.qualify.procedure.Holiday;
import kz.qualify.procedure.Provenance;
import kz.qualify.procedure.Transfer;
import kz.qualify.procedure.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/**
 * Reads the working-day calendar (YAML: the years covered, their holidays and the decrees'
 * transfers of days off), reporting every mistake with its file, line and field.
 */
final class CalendarFile {

    private final YamlDocument doc;

    private CalendarFile(YamlDocument doc) {
        this.doc = doc;
    }

    static WorkingCalendar read(String file, String text) {
        var reader = new CalendarFile(YamlDocument.parse(file, text));
        var calendar = reader.calendar();
        if (!reader.doc.problems.isEmpty() || calendar == null) throw new CatalogException(reader.doc.problems);
        return calendar;
    }

    static List<String> problems(String file, String text) {
        try {
            read(file, text);
            return List.of();
        } catch (CatalogException e) {
            return e.problems();
        }
    }

    private @Nullable WorkingCalendar calendar() {
        var root = doc.root();
        root.allowOnly(Set.of("covers", "holidays", "transfers"));
        var years = new TreeSet<Integer>();
        var covers = root.child("covers");
        if (!covers.value().isArray() || covers.value().isEmpty()) covers.problem("must list the years covered");
        for (var y : root.list("covers")) {
            if (!y.value().isIntegralNumber()
                    || y.value().intValue() < 1991
                    || y.value().intValue() > 2100) y.problem("must be a year, 1991 to 2100");
            else if (!years.add(y.value().intValue()))
                y.problem("year " + y.value().intValue() + " is listed twice");
        }

        var holidays = new ArrayList<Holiday>();
        var holidayDays = new HashMap<LocalDate, Node>();
        for (var n : root.list("holidays")) {
            var h = holiday(n, years);
            if (h == null) continue;
            if (holidayDays.putIfAbsent(h.date(), n) != null) n.child("date").problem("two holidays on " + h.date());
            else holidays.add(h);
        }
        if (years.isEmpty()) return null;
        // the holidays alone say which weekdays are already off: a transfer may not land on one
        WorkingCalendar holidaysOnly;
        try {
            holidaysOnly = new WorkingCalendar(years, holidays, List.of());
        } catch (IllegalArgumentException e) {
            root.problem(e.getMessage());
            return null;
        }

        var transfers = new ArrayList<Transfer>();
        var transferDays = new HashMap<LocalDate, Node>();
        for (var n : root.list("transfers")) {
            var t = transfer(n, years, holidaysOnly);
            if (t == null) continue;
            // both days are checked (no short circuit), so each clash is reported
            if (sameDay(transferDays, t.workingDay(), n, "workingDay") | sameDay(transferDays, t.dayOff(), n, "dayOff"))
                continue;
            transfers.add(t);
        }
        if (!doc.problems.isEmpty()) return null;
        try {
            return new WorkingCalendar(years, holidays, transfers);
        } catch (IllegalArgumentException e) {
            root.problem(e.getMessage());
            return null;
        }
    }

    private static boolean sameDay(Map<LocalDate, Node> seen, LocalDate date, Node n, String field) {
        if (seen.putIfAbsent(date, n) == null) return false;
        n.child(field).problem(date + " is already moved by another transfer");
        return true;
    }

    private @Nullable Holiday holiday(Node n, Set<Integer> years) {
        n.allowOnly(Set.of("date", "id", "onWeekend", "law", "certainty", "source"));
        var date = n.date("date");
        var id = n.text("id");
        var onWeekend = n.enumValue("onWeekend", Holiday.OnWeekend.class);
        var law = n.text("law");
        var provenance = provenance(n);
        if (date != null && !years.contains(date.getYear())) {
            n.child("date").problem(date + " is not in a year the calendar covers " + years);
            return null;
        }
        if (date == null || id == null || onWeekend == null || law == null || provenance == null) return null;
        try {
            return new Holiday(date, id, onWeekend, law, provenance);
        } catch (IllegalArgumentException e) {
            n.problem(e.getMessage());
            return null;
        }
    }

    private @Nullable Transfer transfer(Node n, Set<Integer> years, WorkingCalendar holidaysOnly) {
        n.allowOnly(Set.of("workingDay", "dayOff", "decree", "certainty", "source"));
        var workingDay = n.date("workingDay");
        var dayOff = n.date("dayOff");
        var decree = decree(n.child("decree"));
        var provenance = provenance(n);
        boolean ok = true;
        if (workingDay != null) {
            if (!years.contains(workingDay.getYear())) {
                n.child("workingDay").problem(workingDay + " is not in a year the calendar covers " + years);
                ok = false;
            } else if (!(holidaysOnly.day(workingDay) instanceof Day.Weekend)) {
                n.child("workingDay")
                        .problem("a transfer makes a Saturday or Sunday a working day, but " + workingDay + " is "
                                + what(holidaysOnly.day(workingDay)));
                ok = false;
            }
        }
        if (dayOff != null && years.contains(dayOff.getYear()) && !(holidaysOnly.day(dayOff) instanceof Day.Weekday)) {
            n.child("dayOff")
                    .problem("a transfer gives a weekday off, but " + dayOff + " is " + what(holidaysOnly.day(dayOff)));
            ok = false;
        }
        if (dayOff != null
                && !years.contains(dayOff.getYear())
                && (workingDay == null || dayOff.getYear() != workingDay.getYear() + 1)) {
            n.child("dayOff")
                    .problem(dayOff + " is neither in a year covered " + years
                            + " nor in the year after the working day");
            ok = false;
        }
        if (!ok || workingDay == null || dayOff == null || decree == null || provenance == null) return null;
        try {
            return new Transfer(workingDay, dayOff, decree, provenance);
        } catch (IllegalArgumentException e) {
            n.child("dayOff").problem(e.getMessage());
            return null;
        }
    }

    /** "a Tuesday", "the holiday nauryz", "the day off instead of the holiday new-year". */
    private static String what(Day day) {
        return switch (day) {
            case Day.Weekday w -> "a " + dayName(w.date());
            case Day.Weekend w -> "a " + dayName(w.date());
            case Day.OnHoliday h -> "the holiday " + h.holiday().id();
            case Day.InsteadOfHoliday i ->
                "the day off instead of the holiday " + i.holiday().id() + " of "
                        + i.holiday().date();
            case Day.OffByTransfer o ->
                "a day off by decree № " + o.transfer().decree().number();
            case Day.WorkedByTransfer w ->
                "a working day by decree № " + w.transfer().decree().number();
            case Day.NotCovered c -> "in a year the calendar does not cover";
        };
    }

    private static String dayName(LocalDate date) {
        var name = date.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private @Nullable Decree decree(Node n) {
        if (!n.value().isObject()) {
            n.problem(n.value().isMissingNode() ? "is required" : "must be {act, number, signedOn}");
            return null;
        }
        n.allowOnly(Set.of("act", "number", "signedOn"));
        var act = n.text("act");
        var number = n.text("number");
        LocalDate signedOn = null;
        // the date is written out even when unknown (null), so a missing one is never a slip
        if (!n.value().has("signedOn")) n.child("signedOn").problem("is required (null where the date was not seen)");
        else if (n.has("signedOn")) signedOn = n.date("signedOn");
        if (act == null || number == null) return null;
        if (!act.contains("№ " + number)) n.child("act").problem("does not name the decree's number № " + number);
        try {
            return new Decree(act, number, signedOn);
        } catch (IllegalArgumentException e) {
            n.problem(e.getMessage());
            return null;
        }
    }

    static @Nullable Provenance provenance(Node n) {
        var certainty = n.enumValue("certainty", Certainty.class);
        var source = n.text("source");
        if (certainty == null || source == null) return null;
        return new Provenance(certainty, source);
    }
}
