package kz.qualify.service.applications;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A licence application.
 *
 * @param id its id
 * @param organisationId the applicant organisation
 * @param activity the annex item of the activity applied for
 * @param subActivities the sub-activities declared
 * @param state where it stands
 * @param version the optimistic-locking version (the ETag)
 * @param createdBy who created it
 * @param createdAt when
 * @param updatedAt when it last changed
 * @param returnReasons the officer's reasons when it was last returned for completion
 */
public record Application(
        long id,
        long organisationId,
        int activity,
        List<String> subActivities,
        ApplicationState state,
        long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        List<String> returnReasons) {

    public Application {
        subActivities = List.copyOf(subActivities);
        returnReasons = List.copyOf(returnReasons);
    }

    /** For the audit trail: the state without the dossier. */
    public record Snapshot(
            long id,
            ApplicationState state,
            long version,
            @Nullable List<String> returnReasons) {}

    public Snapshot snapshot() {
        return new Snapshot(id, state, version, returnReasons.isEmpty() ? null : returnReasons);
    }
}
