package kz.qualify.procedure;

/**
 * Why a computed date is not certain. Each names the fact that could be wrong, so the person who
 * sees the date can see what to check; the words are the edges' business.
 */
public sealed interface Doubt {

    /** The calendar holds no holidays or transfers for this year: Monday to Friday were counted. */
    record YearNotCovered(int year) implements Doubt {}

    /** A holiday (or the weekday off in its place) whose date that year was not seen in a source. */
    record AssumedHoliday(Holiday holiday) implements Doubt {}

    /** A transfer of a day off that was not seen in the decree or a report of it. */
    record AssumedTransfer(Transfer transfer) implements Doubt {}

    /** The term's length, start or what it demands was not verified in the law's text. */
    record AssumedTerm(StatutoryTerm term) implements Doubt {}

    /** What follows when the term passes was not verified in the law's text. */
    record AssumedConsequence(Consequence consequence) implements Doubt {}
}
