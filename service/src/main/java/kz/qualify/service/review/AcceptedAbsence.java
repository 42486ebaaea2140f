package kz.qualify.service.review;

import java.time.Instant;

/**
 * The officer's acceptance that a conditional need of a filing is absent, with no document behind
 * it, and why.
 *
 * @param requirementId the requirement whose need it is
 * @param slot the need's slot ({@code need-<n>})
 * @param reason the officer's reason, as the applicant and the decision read it
 */
public record AcceptedAbsence(String requirementId, String slot, String reason, String officer, Instant acceptedAt) {}
