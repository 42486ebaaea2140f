package kz.qualify.procedure;

import java.time.LocalDate;
import java.util.List;
import kz.qualify.law.Publication.Certainty;

/** Small calendars built by hand, so the arithmetic is tested apart from the bundled data. */
final class Calendars {

    static final Provenance KNOWN = new Provenance(Certainty.KNOWN, "test");
    static final Provenance ASSUMED = new Provenance(Certainty.ASSUMED, "test: not seen");

    private Calendars() {}

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Holiday holiday(String date, String id) {
        return new Holiday(d(date), id, Holiday.OnWeekend.NEXT_WORKING_DAY_OFF, "test law", KNOWN);
    }

    static Holiday notMoved(String date, String id) {
        return new Holiday(d(date), id, Holiday.OnWeekend.NOT_MOVED, "test law", KNOWN);
    }

    static Transfer transfer(String workingDay, String dayOff, Provenance provenance) {
        return new Transfer(d(workingDay), d(dayOff), new Decree("test decree", "1", null), provenance);
    }

    /**
     * 2012 as far as these tests need it: New Year on Sunday 1 and Monday 2 January, Christmas on
     * Saturday 7 January, 8 March on Thursday with Friday 9 March off for Sunday 11 March (assumed),
     * the Day of the First President on Saturday 1 December, Independence Day on Sunday 16 and
     * Monday 17 December, and Saturday 29 December worked for Monday 31 December.
     */
    static WorkingCalendar twentyTwelve() {
        return new WorkingCalendar(
                List.of(2012),
                List.of(
                        holiday("2012-01-01", "new-year"),
                        holiday("2012-01-02", "new-year"),
                        notMoved("2012-01-07", "orthodox-christmas"),
                        holiday("2012-03-08", "womens-day"),
                        holiday("2012-12-01", "first-president-day"),
                        holiday("2012-12-16", "independence-day"),
                        holiday("2012-12-17", "independence-day")),
                List.of(transfer("2012-03-11", "2012-03-09", ASSUMED), transfer("2012-12-29", "2012-12-31", KNOWN)));
    }
}
