package kz.qualify.service.review;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decision as recorded: what the decision document states besides its reasons. The fields are
 * null only for decisions made before the service kept them.
 *
 * @param outcome APPROVED or REFUSED
 * @param decidedOn the decision's date: the licensor's day (Astana) on the service's clock
 * @param officer the deciding officer's login
 * @param officerName the officer's full name, as it stood on the decision
 * @param officerPosition the officer's position, as it stood on the decision
 * @param authorityJson the licensing authority's names by language (kk, ru, en), as JSON
 * @param reasonsJson the licence number or the refusal's grounds, as JSON
 */
public record RecordedDecision(
        long applicationId,
        String outcome,
        @Nullable LocalDate decidedOn,
        Instant decidedAt,
        String officer,
        @Nullable String officerName,
        @Nullable String officerPosition,
        @Nullable String authorityJson,
        String reasonsJson) {}
