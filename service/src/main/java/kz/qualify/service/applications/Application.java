package kz.qualify.service.applications;

import java.time.Instant;
import java.time.LocalDate;
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
 * @param filedOn the licensor's day of the latest filing; null while it was never filed (a draft,
 *     which only the applicant sees)
 * @param firstFiledOn the licensor's day of the first filing
 * @param checkDue the last day of the completeness check the latest filing started
 * @param decisionDue the last day of the decision term the latest filing started
 * @param filings how many times it was filed (from the second on, a filing is a resubmission)
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
        List<String> returnReasons,
        @Nullable LocalDate filedOn,
        @Nullable LocalDate firstFiledOn,
        @Nullable LocalDate checkDue,
        @Nullable LocalDate decisionDue,
        int filings) {

    public Application {
        subActivities = List.copyOf(subActivities);
        returnReasons = List.copyOf(returnReasons);
    }

    /** Filed at least once: officers may see it. */
    public boolean filed() {
        return filedOn != null;
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
