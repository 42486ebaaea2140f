package kz.qualify.procedure;

import java.time.LocalDate;

/** Where a deadline stands on a given day. */
public sealed interface Standing {

    LocalDate asOf();

    /** The count behind the figure, with its own doubts. */
    Reckoning reckoning();

    /**
     * The term is running.
     *
     * @param workingDaysLeft the working days from {@code asOf} (included when it is a working day)
     *     to the last day included: 1 on the last day itself
     */
    record Running(LocalDate asOf, int workingDaysLeft, Reckoning reckoning) implements Standing {
        public boolean isLastDay() {
            return reckoning.through().equals(asOf);
        }
    }

    /**
     * The term has passed.
     *
     * @param passedOn the first day after the last day
     * @param workingDaysOverdue the working days since the last day, {@code asOf} included
     * @param consequence what follows
     */
    record Passed(
            LocalDate asOf, LocalDate passedOn, int workingDaysOverdue, Consequence consequence, Reckoning reckoning)
            implements Standing {}
}
