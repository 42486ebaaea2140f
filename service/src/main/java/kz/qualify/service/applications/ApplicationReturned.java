package kz.qualify.service.applications;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer returned an application for completion: published in the return's transaction, for
 * what follows its commit (the return notice).
 *
 * @param submission the number of the filing returned
 * @param officer the account of the officer who returned it
 * @param on the date of the decision to return it
 * @param reasons the officer's reasons
 */
public record ApplicationReturned(
        long applicationId, int submission, String officer, LocalDate on, List<String> reasons) {
    public ApplicationReturned {
        reasons = List.copyOf(reasons);
    }
}
