package kz.qualify.service.applications;

import java.util.List;

/**
 * An application moved from one state to another (published in the move's transaction): filed,
 * resubmitted, taken up, returned with reasons, approved, refused, withdrawn.
 */
public record ApplicationMoved(
        long applicationId, long organisationId, ApplicationState from, ApplicationState to, List<String> reasons) {

    public ApplicationMoved {
        reasons = List.copyOf(reasons);
    }
}
