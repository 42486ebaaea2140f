package kz.qualify.procedure;

import static kz.qualify.procedure.Calendars.ASSUMED;
import static kz.qualify.procedure.Calendars.KNOWN;
import static kz.qualify.procedure.Calendars.d;
import static kz.qualify.procedure.Calendars.holiday;
import static kz.qualify.procedure.Calendars.notMoved;
import static kz.qualify.procedure.Calendars.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.qualify.law.Publication.Certainty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = Calendars.twentyTwelve();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2012-01-02, OnHoliday",
        "2012-01-03, InsteadOfHoliday",
        "2012-01-04, Weekday",
        "2012-01-07, OnHoliday",
        "2012-01-09, Weekday",
        "2012-03-09, OffByTransfer",
        "2012-03-10, Weekend",
        "2012-03-11, WorkedByTransfer",
        "2012-12-03, InsteadOfHoliday",
        "2012-12-18, InsteadOfHoliday",
        "2012-12-19, Weekday",
        "2012-12-29, WorkedByTransfer",
        "2012-12-31, OffByTransfer",
    })
    void namesWhyEachDayIsOrIsNotWorked(String date, String kind) {
        assertThat(calendar.day(d(date)).getClass().getSimpleName()).isEqualTo(kind);
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
        // Saturday 1 December 2012: Monday 3 December is off in its place
        assertThat(calendar.day(d("2012-12-03")))
                .isEqualTo(new Day.InsteadOfHoliday(d("2012-12-03"), holiday("2012-12-01", "first-president-day")));
        assertThat(calendar.isWorkingDay(d("2012-12-04"))).isTrue();
    }

    @Test
    void theDayOffInPlaceOfAWeekendHolidaySkipsTheRestOfTheFeast() {
        // Sunday 1 January 2012: Monday 2 January is New Year too, so Tuesday 3 January is off
        assertThat(calendar.isWorkingDay(d("2012-01-02"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2012-01-03"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2012-01-04"))).isTrue();
    }

    @Test
    void aFeastFallingWhollyOnAWeekendGivesAsManyWeekdaysOff() {
        // Independence Day on Saturday 16 and Sunday 17 December 2017: Monday and Tuesday off
        var c = new WorkingCalendar(
                List.of(2017),
                List.of(holiday("2017-12-16", "independence-day"), holiday("2017-12-17", "independence-day")),
                List.of());
        assertThat(c.isWorkingDay(d("2017-12-18"))).isFalse();
        assertThat(c.isWorkingDay(d("2017-12-19"))).isFalse();
        assertThat(c.isWorkingDay(d("2017-12-20"))).isTrue();
    }

    @Test
    void christmasOnASaturdayIsNotMoved() {
        assertThat(calendar.day(d("2012-01-07")))
                .isEqualTo(new Day.OnHoliday(d("2012-01-07"), notMoved("2012-01-07", "orthodox-christmas")));
        assertThat(calendar.isWorkingDay(d("2012-01-09"))).isTrue();
    }

    @Test
    void aHolidayOnAWeekdayMovesNothing() {
        // Thursday 8 March 2012; Friday 9 March is off only by the transfer
        assertThat(calendar.day(d("2012-03-09"))).isInstanceOf(Day.OffByTransfer.class);
        var c = new WorkingCalendar(List.of(2012), List.of(holiday("2012-03-08", "womens-day")), List.of());
        assertThat(c.isWorkingDay(d("2012-03-09"))).isTrue();
    }

    @Test
    void aSaturdayMadeAWorkingDayByDecreeIsCounted() {
        // Friday 28 December 2012: the first working day after it is Saturday 29 December
        assertThat(calendar.nthWorkingDayAfter(d("2012-12-28"), 1).through()).isEqualTo(d("2012-12-29"));
        // and the next one is Wednesday 2 January... of a year this calendar does not hold
        var next = calendar.nthWorkingDayAfter(d("2012-12-29"), 1);
        assertThat(next.through()).isEqualTo(d("2013-01-01"));
        assertThat(next.doubts()).containsExactly(new Doubt.YearNotCovered(2013));
    }

    @Test
    void theFirstWorkingDayAfterAFridayIsTheMonday() {
        assertThat(calendar.nthWorkingDayAfter(d("2012-06-01"), 1).through()).isEqualTo(d("2012-06-04"));
        assertThat(calendar.nthWorkingDayAfter(d("2012-06-02"), 1).through()).isEqualTo(d("2012-06-04"));
        assertThat(calendar.nthWorkingDayAfter(d("2012-06-03"), 1).through()).isEqualTo(d("2012-06-04"));
    }

    @Test
    void aCountSaysWhichDaysItSkippedAndWorked() {
        var r = calendar.nthWorkingDayAfter(d("2012-03-07"), 2);
        assertThat(r.through()).isEqualTo(d("2012-03-12"));
        assertThat(r.workingDays()).isEqualTo(2);
        assertThat(r.exceptions())
                .extracting(Day::date)
                .containsExactly(d("2012-03-08"), d("2012-03-09"), d("2012-03-11"));
    }

    @Test
    void anAssumedTransferInTheSpanMakesTheCountAssumed() {
        var r = calendar.nthWorkingDayAfter(d("2012-03-07"), 2);
        assertThat(r.certainty()).isEqualTo(Certainty.ASSUMED);
        assertThat(r.doubts())
                .containsExactly(new Doubt.AssumedTransfer(transfer("2012-03-11", "2012-03-09", ASSUMED)));
        // the same transfer outside the span does not
        assertThat(calendar.nthWorkingDayAfter(d("2012-03-12"), 5).certainty()).isEqualTo(Certainty.KNOWN);
    }

    @Test
    void countsTheWorkingDaysAfterOneDateUpToAndIncludingAnother() {
        assertThat(calendar.workingDaysBetween(d("2012-12-14"), d("2012-12-21")).workingDays())
                .as("Mon 17 and Tue 18 December are off: 19, 20, 21")
                .isEqualTo(3);
        assertThat(calendar.workingDaysBetween(d("2012-12-21"), d("2012-12-21")).workingDays())
                .isZero();
        assertThatThrownBy(() -> calendar.workingDaysBetween(d("2012-12-21"), d("2012-12-20")))
                .hasMessageContaining("count from 2012-12-21 forward");
    }

    @Test
    void aYearNotCoveredIsCountedMondayToFridayAndSaysSo() {
        // 1 and 2 January 2013 are New Year, but this calendar holds only 2012
        var r = calendar.nthWorkingDayAfter(d("2012-12-31"), 2);
        assertThat(r.through()).isEqualTo(d("2013-01-02"));
        assertThat(r.reachesUncoveredYear()).isTrue();
        assertThat(r.certainty()).isEqualTo(Certainty.ASSUMED);
        assertThat(calendar.day(d("2013-01-05"))).isEqualTo(new Day.NotCovered(d("2013-01-05")));
        assertThat(calendar.isWorkingDay(d("2013-01-05"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2013-01-01"))).isTrue();
    }

    @Test
    void refusesToCountNoWorkingDays() {
        assertThatThrownBy(() -> calendar.nthWorkingDayAfter(d("2012-01-01"), 0))
                .hasMessageContaining("at least one working day");
    }

    @Test
    void aTransferMustMoveAWeekendDayToAWeekday() {
        assertThatThrownBy(() -> transfer("2012-12-28", "2012-12-31", KNOWN))
                .hasMessageContaining("2012-12-28 is a FRIDAY, already a working day");
        assertThatThrownBy(() -> transfer("2012-12-29", "2012-12-30", KNOWN))
                .hasMessageContaining("2012-12-30 is a SUNDAY, already a day off");
    }

    @Test
    void aTransferMayNotGiveOffADayAlreadyOff() {
        assertThatThrownBy(() -> new WorkingCalendar(
                        List.of(2012),
                        List.of(holiday("2012-12-01", "first-president-day")),
                        List.of(transfer("2012-12-08", "2012-12-03", KNOWN))))
                .hasMessageContaining(
                        "falls on 2012-12-03, which is already the day off instead of the holiday first-president-day");
        assertThatThrownBy(() -> new WorkingCalendar(
                        List.of(2012),
                        List.of(holiday("2012-03-08", "womens-day")),
                        List.of(transfer("2012-03-10", "2012-03-08", KNOWN))))
                .hasMessageContaining("which is already the holiday womens-day");
    }

    @Test
    void refusesAHolidayOutsideTheYearsCoveredAndTwoOnOneDay() {
        assertThatThrownBy(
                        () -> new WorkingCalendar(List.of(2012), List.of(holiday("2013-01-01", "new-year")), List.of()))
                .hasMessageContaining("outside the years covered [2012]");
        assertThatThrownBy(() -> new WorkingCalendar(
                        List.of(2012),
                        List.of(holiday("2012-05-01", "unity-day"), holiday("2012-05-01", "other")),
                        List.of()))
                .hasMessageContaining("two holidays on 2012-05-01");
    }
}
