package kz.qualify.service.notifications;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One notice in an account's inbox.
 *
 * @param facts what the words of each language need: the application's number, the applicant, the
 *     reasons, the outcome, the last day, the working days left
 */
public record Notification(
        long id,
        Kind kind,
        @Nullable Long applicationId,
        Map<String, String> facts,
        Instant createdAt,
        @Nullable Instant readAt) {

    public Notification {
        facts = Map.copyOf(facts);
    }

    /** What happened. */
    public enum Kind {
        /** To the applicant: the application was filed (or filed again). */
        FILED,
        /** To the applicant: returned for completion, with the officer's reasons. */
        RETURNED,
        /** To the applicant: a licence was issued or refused. */
        DECIDED,
        /** To the officers: a new filing waits. */
        NEW_FILING,
        /** To the officers: the decision is due within a few working days. */
        DEADLINE_NEAR,
        /** To the officers: a statutory term passed. */
        OVERDUE
    }
}
