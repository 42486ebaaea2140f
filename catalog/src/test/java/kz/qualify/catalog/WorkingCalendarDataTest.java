package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.qualify.law.Publication.Certainty;
import kz.qualify.procedure.Day;
import kz.qualify.procedure.Doubt;
import kz.qualify.procedure.Holiday;
import kz.qualify.procedure.Transfer;
import kz.qualify.procedure.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled calendar against a count made by hand: every holiday and transfer of 2012 and 2013 in
 * the data file, the weekdays off in place of weekend holidays, and terms running across each.
 */
class WorkingCalendarDataTest {

    private static final WorkingCalendar CALENDAR = Catalog.standard().calendar();

    /** The weekdays not worked in 2012–2013, counted by hand from the law and the decrees. */
    private static final Set<LocalDate> WEEKDAYS_OFF = dates("""
            2012-01-02 2012-01-03 2012-03-08 2012-03-09 2012-03-21 2012-03-22 2012-03-23 2012-04-30
            2012-05-01 2012-05-09 2012-07-06 2012-08-30 2012-10-26 2012-12-03 2012-12-17 2012-12-18
            2012-12-31
            2013-01-01 2013-01-02 2013-01-07 2013-03-08 2013-03-21 2013-03-22 2013-03-25 2013-05-01
            2013-05-07 2013-05-09 2013-05-10 2013-07-08 2013-08-30 2013-10-14 2013-10-15 2013-12-02
            2013-12-16 2013-12-17
            """);

    /** The Saturdays and Sundays worked by decree. */
    private static final Set<LocalDate> WEEKENDS_WORKED =
            dates("2012-03-11 2012-04-28 2012-12-29 2013-05-04 2013-10-12 2013-12-28");

    private static Set<LocalDate> dates(String text) {
        return Stream.of(text.strip().split("\\s+")).map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @Test
    void coversTwentyTwelveAndTwentyThirteen() {
        assertThat(CALENDAR.coveredYears()).containsExactly(2012, 2013);
    }

    @Test
    void everyDayOfBothYearsIsWorkedExactlyAsCountedByHand() {
        var wrong = new ArrayList<String>();
        for (var d = LocalDate.of(2012, 1, 1); d.getYear() < 2014; d = d.plusDays(1)) {
            boolean expected = weekend(d) ? WEEKENDS_WORKED.contains(d) : !WEEKDAYS_OFF.contains(d);
            if (CALENDAR.isWorkingDay(d) != expected) wrong.add(d + " " + CALENDAR.day(d));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void twoThousandTwelveHas247WorkingDaysAndTwoThousandThirteen246() {
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2011, 12, 31), LocalDate.of(2012, 12, 31))
                        .workingDays())
                .isEqualTo(247);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2012, 12, 31), LocalDate.of(2013, 12, 31))
                        .workingDays())
                .isEqualTo(246);
    }

    static Stream<Holiday> holidays() {
        return CALENDAR.holidays().stream();
    }

    static Stream<Transfer> transfers() {
        return CALENDAR.transfers().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holidays")
    void everyHolidayInTheFileIsNotAWorkingDay(Holiday holiday) {
        assertThat(CALENDAR.day(holiday.date())).isEqualTo(new Day.OnHoliday(holiday.date(), holiday));
        assertThat(CALENDAR.isWorkingDay(holiday.date())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transfers")
    void everyTransferInTheFileWorksItsWeekendDayAndRestsItsWeekday(Transfer transfer) {
        assertThat(CALENDAR.isWorkingDay(transfer.workingDay())).isTrue();
        assertThat(CALENDAR.day(transfer.workingDay()))
                .isEqualTo(new Day.WorkedByTransfer(transfer.workingDay(), transfer));
        if (CALENDAR.covers(transfer.dayOff())) {
            assertThat(CALENDAR.isWorkingDay(transfer.dayOff())).isFalse();
            assertThat(CALENDAR.day(transfer.dayOff())).isEqualTo(new Day.OffByTransfer(transfer.dayOff(), transfer));
        }
    }

    @ParameterizedTest(name = "{0} off in place of {1}")
    @CsvSource({
        "2012-01-03, 2012-01-01", // Sunday New Year; Monday the 2nd is New Year too
        "2012-12-03, 2012-12-01", // Saturday: Day of the First President
        "2012-12-18, 2012-12-16", // Sunday Independence Day; Monday the 17th is too
        "2013-03-25, 2013-03-23", // Saturday Nauryz
        "2013-07-08, 2013-07-06", // Saturday Capital Day
        "2013-12-02, 2013-12-01", // Sunday Day of the First President
    })
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff(LocalDate off, LocalDate holiday) {
        assertThat(CALENDAR.day(off))
                .isInstanceOfSatisfying(
                        Day.InsteadOfHoliday.class,
                        d -> assertThat(d.holiday().date()).isEqualTo(holiday));
    }

    @Test
    void christmasOnSaturdaySeventhOfJanuaryTwoThousandTwelveGaveNoDayOff() {
        assertThat(CALENDAR.day(LocalDate.of(2012, 1, 7))).isInstanceOf(Day.OnHoliday.class);
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2012, 1, 9))).isTrue();
        assertThat(CALENDAR.holidays())
                .filteredOn(h -> h.onWeekend() == Holiday.OnWeekend.NOT_MOVED)
                .extracting(Holiday::id)
                .containsOnly("orthodox-christmas", "kurban-ait");
    }

    /**
     * A term of N working days from a filing on the day before a holiday or transfer, with its last
     * day counted by hand: each row spans days of the data file, and together they span all of them.
     */
    private static final String SPANS = """
            2012-01-01, 2, 2012-01-05, KNOWN,   filed on New Year (Sunday): Mon 2 New Year, Tue 3 off in place of the 1st
            2012-01-06, 2, 2012-01-10, KNOWN,   Christmas on Saturday 7 January: nothing moved, Mon 9 and Tue 10
            2012-03-07, 2, 2012-03-12, ASSUMED, 8 March, Fri 9 off by decree 268, Sun 11 worked: Sun 11 and Mon 12
            2012-03-20, 2, 2012-03-27, KNOWN,   Nauryz Wed 21 to Fri 23: Mon 26 and Tue 27
            2012-04-27, 2, 2012-05-02, ASSUMED, Sat 28 April worked (decree 458), Mon 30 off, 1 May: Sat 28 and Wed 2 May
            2012-05-08, 2, 2012-05-11, KNOWN,   Victory Day Wed 9 May: Thu 10 and Fri 11
            2012-07-05, 2, 2012-07-10, KNOWN,   Capital Day Fri 6 July: Mon 9 and Tue 10
            2012-08-29, 2, 2012-09-03, KNOWN,   Constitution Day Thu 30 August: Fri 31 and Mon 3 September
            2012-10-25, 2, 2012-10-30, ASSUMED, Kurban Ait Fri 26 October (date assumed): Mon 29 and Tue 30
            2012-11-30, 2, 2012-12-05, KNOWN,   First President Sat 1 December, Mon 3 off in its place: Tue 4 and Wed 5
            2012-12-14, 2, 2012-12-20, KNOWN,   Independence Sun 16 and Mon 17, Tue 18 off in place of the 16th: Wed 19 and Thu 20
            2012-12-28, 2, 2013-01-03, KNOWN,   Sat 29 worked (decree 1538), Mon 31 off, New Year 1 and 2 January: Sat 29 and Thu 3
            2013-01-04, 2, 2013-01-09, KNOWN,   Christmas Mon 7 January: Tue 8 and Wed 9
            2013-03-07, 2, 2013-03-12, KNOWN,   8 March Friday: Mon 11 and Tue 12
            2013-03-20, 2, 2013-03-27, KNOWN,   Nauryz Thu 21 to Sat 23, Mon 25 off in place of the 23rd: Tue 26 and Wed 27
            2013-04-30, 2, 2013-05-03, KNOWN,   1 May Wednesday: Thu 2 and Fri 3
            2013-05-03, 4, 2013-05-13, ASSUMED, Sat 4 worked (decree 345), Defender Tue 7, Victory Thu 9, Fri 10 off: Sat 4, Mon 6, Wed 8, Mon 13
            2013-07-05, 2, 2013-07-10, KNOWN,   Capital Day Sat 6 July, Mon 8 off in its place: Tue 9 and Wed 10
            2013-08-29, 2, 2013-09-03, KNOWN,   Constitution Day Fri 30 August: Mon 2 and Tue 3 September
            2013-10-11, 2, 2013-10-16, KNOWN,   Sat 12 worked (decree 1068), Mon 14 off, Kurban Ait Tue 15: Sat 12 and Wed 16
            2013-11-29, 2, 2013-12-04, KNOWN,   First President Sun 1 December, Mon 2 off in its place: Tue 3 and Wed 4
            2013-12-13, 2, 2013-12-19, KNOWN,   Independence Mon 16 and Tue 17: Wed 18 and Thu 19
            2013-12-27, 2, 2013-12-30, KNOWN,   Sat 28 December worked (decree 1322): Sat 28 and Mon 30
            """;

    record Span(LocalDate filed, int workingDays, LocalDate lastDay, Certainty certainty, String why) {}

    static List<Span> spans() {
        return SPANS.lines()
                .map(line -> line.split(",", 5))
                .map(f -> new Span(
                        LocalDate.parse(f[0].strip()),
                        Integer.parseInt(f[1].strip()),
                        LocalDate.parse(f[2].strip()),
                        Certainty.valueOf(f[3].strip()),
                        f[4].strip()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spans")
    void aTermSpanningHolidaysAndTransfersEndsOnTheDayCountedByHand(Span span) {
        var r = CALENDAR.nthWorkingDayAfter(span.filed(), span.workingDays());
        assertThat(r.through()).as(span.why()).isEqualTo(span.lastDay());
        assertThat(r.certainty())
                .as("certainty: " + span.why() + " " + r.doubts())
                .isEqualTo(span.certainty());
        // extended by exactly the weekdays off met, less the weekend days worked
        long plainWeekdays = span.filed()
                .plusDays(1)
                .datesUntil(span.lastDay().plusDays(1))
                .filter(d -> !weekend(d))
                .count();
        long off = r.exceptions().stream()
                .filter(d -> !d.working() && !weekend(d.date()))
                .count();
        long worked = r.exceptions().stream()
                .filter(d -> d.working() && weekend(d.date()))
                .count();
        assertThat(plainWeekdays - off + worked).isEqualTo(span.workingDays());
    }

    @Test
    void theSpansCoverEveryHolidayAndTransferInTheFile() {
        var spans = spans();
        var uncovered = new ArrayList<String>();
        for (var h : CALENDAR.holidays())
            if (spans.stream().noneMatch(s -> within(s, h.date()))) uncovered.add(h.id() + " " + h.date());
        for (var t : CALENDAR.transfers()) {
            if (spans.stream().noneMatch(s -> within(s, t.workingDay()))) uncovered.add("worked " + t.workingDay());
            if (CALENDAR.covers(t.dayOff()) && spans.stream().noneMatch(s -> within(s, t.dayOff())))
                uncovered.add("off " + t.dayOff());
        }
        assertThat(uncovered).as("add a row to SPANS for each").isEmpty();
    }

    private static boolean within(Span s, LocalDate d) {
        return d.isAfter(s.filed().minusDays(1)) && !d.isAfter(s.lastDay());
    }

    @Test
    void aTermRunningIntoTwoThousandFourteenCountsMondayToFridayThereAndSaysSo() {
        // New Year 2014 and the day off moved to Friday 3 January are not in the calendar yet
        var r = CALENDAR.nthWorkingDayAfter(LocalDate.of(2013, 12, 30), 3);
        assertThat(r.through()).isEqualTo(LocalDate.of(2014, 1, 2));
        assertThat(r.doubts()).containsExactly(new Doubt.YearNotCovered(2014));
        assertThat(r.certainty()).isEqualTo(Certainty.ASSUMED);
    }

    @Test
    void aTermFromTheLastDaysOfTwoThousandElevenSaysSoToo() {
        var r = CALENDAR.nthWorkingDayAfter(LocalDate.of(2011, 12, 29), 2);
        assertThat(r.through())
                .as("Fri 30 December 2011, then Wed 4 January 2012")
                .isEqualTo(LocalDate.of(2012, 1, 4));
        assertThat(r.doubts()).containsExactly(new Doubt.YearNotCovered(2011));
    }
}
