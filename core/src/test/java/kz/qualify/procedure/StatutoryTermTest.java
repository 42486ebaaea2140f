package kz.qualify.procedure;

import static kz.qualify.procedure.Calendars.ASSUMED;
import static kz.qualify.procedure.Calendars.KNOWN;
import static kz.qualify.procedure.Calendars.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import kz.qualify.law.Publication.Certainty;
import kz.qualify.procedure.Trigger.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryTermTest {

    private static final WorkingCalendar CALENDAR = Calendars.twentyTwelve();
    private static final Consequence REFUSE = new Consequence("refuse", KNOWN);
    private static final Consequence GO_ON = new Consequence("go-on", ASSUMED);
    private static final Citation LAW = new Citation("test law", null, 4);

    private static StatutoryTerm term(int days, TermLength.Unit unit, Provenance provenance) {
        return new StatutoryTerm(
                "check",
                new TermLength(days, unit),
                Event.FILING,
                Set.of(Event.RESUBMISSION),
                REFUSE,
                GO_ON,
                LAW,
                provenance,
                "");
    }

    private static final StatutoryTerm CHECK = term(2, TermLength.Unit.WORKING_DAYS, KNOWN);

    private static Deadline filedOn(StatutoryTerm term, String date) {
        return term.deadline(new Trigger(Event.FILING, d(date)), CALENDAR);
    }

    @ParameterizedTest(name = "filed {0}: last day {1}")
    @CsvSource({
        "2012-06-07, 2012-06-11, Thursday: Friday and Monday",
        "2012-06-08, 2012-06-12, Friday: Monday and Tuesday",
        "2012-06-09, 2012-06-12, Saturday (portal): counted from Monday, as a Friday filing",
        "2012-06-10, 2012-06-12, Sunday (portal): the same",
        "2012-01-02, 2012-01-05, on New Year: the 3rd is off too, so the 4th and 5th",
        "2012-12-29, 2013-01-02, on a Saturday worked by decree: not counted; Monday 31 off; 2013 counted Mon-Fri here",
    })
    void aTermOfWorkingDaysRunsFromTheDayAfterTheFilingWhateverDayThatWas(String filed, String lastDay, String why) {
        assertThat(filedOn(CHECK, filed).lastDay()).as(why).isEqualTo(d(lastDay));
    }

    @Test
    void aTermOfCalendarDaysEndingOnADayOffEndsOnTheNextWorkingDay() {
        var tenDays = term(10, TermLength.Unit.CALENDAR_DAYS, KNOWN);
        assertThat(filedOn(tenDays, "2012-06-01").lastDay())
                .as("Monday 11 June")
                .isEqualTo(d("2012-06-11"));
        assertThat(filedOn(tenDays, "2012-06-06").lastDay())
                .as("Saturday 16 June → Monday 18")
                .isEqualTo(d("2012-06-18"));
        // Friday 21 December + 10 = Monday 31 December, off by decree; 1 January 2013 is not covered
        var overNewYear = filedOn(tenDays, "2012-12-21");
        assertThat(overNewYear.lastDay()).isEqualTo(d("2013-01-01"));
        assertThat(overNewYear.doubts()).containsExactly(new Doubt.YearNotCovered(2013));
    }

    @Test
    void anAssumedTermMakesItsDeadlineAssumedOnAnyDay() {
        var decision = term(15, TermLength.Unit.WORKING_DAYS, ASSUMED);
        var deadline = filedOn(decision, "2012-06-01");
        assertThat(deadline.certainty()).isEqualTo(Certainty.ASSUMED);
        assertThat(deadline.doubts()).containsExactly(new Doubt.AssumedTerm(decision));
        assertThat(filedOn(CHECK, "2012-06-01").certainty()).isEqualTo(Certainty.KNOWN);
    }

    @Test
    void aResubmissionStartsTheTermAfresh() {
        var resubmitted = CHECK.deadline(new Trigger(Event.RESUBMISSION, d("2012-06-13")), CALENDAR);
        assertThat(resubmitted.lastDay()).isEqualTo(d("2012-06-15"));
        var onlyOnFiling = new StatutoryTerm(
                "once",
                new TermLength(2, TermLength.Unit.WORKING_DAYS),
                Event.FILING,
                Set.of(),
                REFUSE,
                GO_ON,
                LAW,
                KNOWN,
                "");
        assertThatThrownBy(() -> onlyOnFiling.deadline(new Trigger(Event.RESUBMISSION, d("2012-06-13")), CALENDAR))
                .hasMessageContaining("term once does not run from RESUBMISSION");
        var terms = new StatutoryTerms(List.of(CHECK, onlyOnFiling));
        assertThat(terms.countingFrom(Event.RESUBMISSION)).containsExactly(CHECK);
        assertThat(terms.countingFrom(Event.FILING)).containsExactly(CHECK, onlyOnFiling);
    }

    @ParameterizedTest(name = "as of {0}: {1} working day(s) left")
    @CsvSource({
        "2012-06-07, 2", // the filing day itself: the whole term is ahead
        "2012-06-08, 2", // Friday
        "2012-06-09, 1", // Saturday: Monday is left
        "2012-06-11, 1", // Monday, the last day: today
    })
    void countsTheWorkingDaysLeftTodayIncluded(String asOf, int left) {
        var deadline = filedOn(CHECK, "2012-06-07");
        var standing = deadline.standing(d(asOf), CALENDAR);
        assertThat(standing)
                .isInstanceOfSatisfying(
                        Standing.Running.class,
                        r -> assertThat(r.workingDaysLeft()).isEqualTo(left));
    }

    @Test
    void saysWhenATermPassedAndWhatFollows() {
        var deadline = filedOn(CHECK, "2012-06-07"); // last day Monday 11 June
        assertThat(deadline.passed(d("2012-06-11"))).isFalse();
        assertThat(deadline.standing(d("2012-06-11"), CALENDAR))
                .isInstanceOfSatisfying(
                        Standing.Running.class, r -> assertThat(r.isLastDay()).isTrue());
        assertThat(deadline.standing(d("2012-06-13"), CALENDAR))
                .isEqualTo(new Standing.Passed(
                        d("2012-06-13"),
                        d("2012-06-12"),
                        2,
                        GO_ON,
                        CALENDAR.workingDaysBetween(d("2012-06-11"), d("2012-06-13"))));
    }

    @Test
    void todayIsTheLicensorsDayOnTheClockTheCallerGives() {
        var terms = new StatutoryTerms(List.of(CHECK));
        // 18:30 UTC on Friday 28 December 2012 is 00:30 on Saturday 29 December in Astana
        var clock = Clock.fixed(Instant.parse("2012-12-28T18:30:00Z"), ZoneOffset.UTC);
        var statutory = new StatutoryClock(CALENDAR, terms, clock);
        assertThat(statutory.today()).isEqualTo(d("2012-12-29"));
        var deadlines = statutory.deadlinesFrom(new Trigger(Event.FILING, statutory.today()));
        assertThat(deadlines).singleElement().extracting(Deadline::lastDay).isEqualTo(d("2013-01-02"));
        assertThat(statutory.standing(deadlines.getFirst()))
                .isInstanceOfSatisfying(
                        Standing.Running.class,
                        r -> assertThat(r.workingDaysLeft()).isEqualTo(2));
    }

    @Test
    void aTermMayNotStartAndRestartOnTheSameEvent() {
        assertThatThrownBy(() -> new StatutoryTerm(
                        "x",
                        new TermLength(2, TermLength.Unit.WORKING_DAYS),
                        Event.FILING,
                        Set.of(Event.FILING),
                        REFUSE,
                        GO_ON,
                        LAW,
                        KNOWN,
                        ""))
                .hasMessageContaining("cannot both start and restart on FILING");
        assertThatThrownBy(() -> new TermLength(0, TermLength.Unit.WORKING_DAYS))
                .hasMessageContaining("1 to 366 days");
    }
}
