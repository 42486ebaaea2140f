package kz.qualify.service.applications;

import java.util.Set;

/** Where an application stands. */
public enum ApplicationState {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    /** Returned to the applicant for completion, with the officer's reasons. */
    RETURNED,
    RESUBMITTED,
    APPROVED,
    REFUSED,
    WITHDRAWN;

    /** The applicant may edit the dossier and attach documents. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Waiting for an officer to take it up. */
    public boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }

    public boolean closed() {
        return this == APPROVED || this == REFUSED || this == WITHDRAWN;
    }

    static final Set<ApplicationState> WITHDRAWABLE = Set.of(DRAFT, SUBMITTED, RETURNED, RESUBMITTED);
}
