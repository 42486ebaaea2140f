package kz.qualify.official;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The notice that the application is returned to the applicant for completion, with each reason.
 *
 * @param number the notice's number
 * @param decidedOn the date of the decision to return it
 * @param signatory the official who returned it
 * @param applicant the applicant
 * @param application the application returned
 * @param activity the activity applied for, worded
 * @param reasons each reason; at least one
 */
public record ReturnForCompletion(
        String number,
        LocalDate decidedOn,
        Language language,
        Authority authority,
        Signatory signatory,
        Party applicant,
        ApplicationRef application,
        String activity,
        List<Reason> reasons,
        Verification verification)
        implements OfficialDocument {

    public ReturnForCompletion {
        number = Checks.text(number, "returnForCompletion.number");
        Checks.present(decidedOn, "returnForCompletion.decidedOn");
        Checks.present(language, "returnForCompletion.language");
        Checks.present(authority, "returnForCompletion.authority");
        Checks.present(signatory, "returnForCompletion.signatory");
        Checks.present(applicant, "returnForCompletion.applicant");
        Checks.present(application, "returnForCompletion.application");
        activity = Checks.text(activity, "returnForCompletion.activity");
        reasons = Checks.atLeastOne(reasons, "returnForCompletion.reasons");
        Checks.present(verification, "returnForCompletion.verification");
    }

    /**
     * One reason for returning the application.
     *
     * @param text the reason, worded
     * @param clause the clause it rests on, worded for a person, or null when it rests on none
     */
    public record Reason(String text, @Nullable String clause) {
        public Reason {
            text = Checks.text(text, "returnForCompletion.reasons[].text");
            clause = clause == null ? null : Checks.text(clause, "returnForCompletion.reasons[].clause");
        }
    }
}
