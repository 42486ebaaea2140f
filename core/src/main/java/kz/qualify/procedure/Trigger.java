package kz.qualify.procedure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The event that starts a term, and the day it happened (in the licensor's time zone).
 *
 * @param on the day of the event; a term counted from it starts the day after
 */
public record Trigger(Event event, LocalDate on) {

    /** The events the procedure counts from. */
    public enum Event {
        /** The applicant files the application with its documents (on paper or on the portal). */
        FILING,
        /**
         * The applicant files the documents again after the licensor refused to consider the
         * application further because they were incomplete.
         */
        RESUBMISSION
    }

    public Trigger {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(on, "on");
    }
}
