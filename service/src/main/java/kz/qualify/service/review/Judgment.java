package kz.qualify.service.review;

import java.time.Instant;

/** An officer's judgment on one point of a submission. */
public record Judgment(String subject, Outcome outcome, String comment, String officer, Instant judgedAt) {

    /** Whether the point holds. */
    public enum Outcome {
        ACCEPTED,
        REJECTED
    }
}
