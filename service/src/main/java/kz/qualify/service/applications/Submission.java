package kz.qualify.service.applications;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One filing of an application: the dossier as filed and the assessment made of it, with the
 * edition and rules version applied and the legal date the law was applied on.
 */
public record Submission(
        long id,
        long applicationId,
        int number,
        String dossier,
        String assessment,
        String verdict,
        @Nullable String editionId,
        @Nullable String rulesVersion,
        LocalDate legalDate,
        String submittedBy,
        Instant submittedAt) {}
