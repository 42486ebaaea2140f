package kz.qualify.service.applications;

import java.time.LocalDate;

/**
 * A statutory term that passed while the application waited for the licensor, as recorded.
 *
 * @param filing which filing started the term (1 for the first, more for resubmissions)
 * @param term the term's id in licensing-terms.yaml ("completeness-check", "decision")
 * @param lastDay the last day the licensor had
 * @param passedOn the first day after it
 * @param consequence what follows, the consequence's id in licensing-terms.yaml
 */
public record DeadlinePassed(
        long applicationId, int filing, String term, LocalDate lastDay, LocalDate passedOn, String consequence) {

    /** Told of each term recorded as passed, in the recording's transaction. */
    public interface Listener {
        void passed(DeadlinePassed passed);
    }
}
