package kz.qualify.official;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reasoned decision to refuse a licence (мотивированный отказ, бас тарту туралы дәлелді шешім).
 *
 * @param number the decision's number
 * @param decidedOn the date of the decision
 * @param signatory the official who took it
 * @param applicant the applicant (заявитель, өтініш беруші)
 * @param application the application refused
 * @param activity the activity applied for, worded
 * @param legalBasis the act and edition whose qualification requirements were applied, worded
 * @param grounds each ground of the refusal; at least one
 * @param appeal what the applicant is told about appealing
 * @param acceptedAbsences the needs the officer accepted as absent (not grounds: the law did not ask
 *     for them in the case), stated so the applicant sees them; may be empty
 */
public record Refusal(
        String number,
        LocalDate decidedOn,
        Language language,
        Authority authority,
        Signatory signatory,
        Party applicant,
        ApplicationRef application,
        String activity,
        String legalBasis,
        List<Ground> grounds,
        Appeal appeal,
        Verification verification,
        List<AcceptedAbsence> acceptedAbsences)
        implements OfficialDocument {

    public Refusal {
        number = Checks.text(number, "refusal.number");
        Checks.present(decidedOn, "refusal.decidedOn");
        Checks.present(language, "refusal.language");
        Checks.present(authority, "refusal.authority");
        Checks.present(signatory, "refusal.signatory");
        Checks.present(applicant, "refusal.applicant");
        Checks.present(application, "refusal.application");
        activity = Checks.text(activity, "refusal.activity");
        legalBasis = Checks.text(legalBasis, "refusal.legalBasis");
        grounds = Checks.atLeastOne(grounds, "refusal.grounds");
        Checks.present(appeal, "refusal.appeal");
        Checks.present(verification, "refusal.verification");
        acceptedAbsences = Checks.items(acceptedAbsences, "refusal.acceptedAbsences");
    }

    /**
     * One ground: a requirement not met.
     *
     * @param clause the clause, worded for a person (e.g. "пункт 1, подпункт 3) приложения"), never
     *     a code
     * @param reason why it is not met, worded
     * @param figures the figures behind it, each worded (e.g. "квалифицированных 65 % при требуемых
     *     70 %"); may be empty
     * @param lawQuote the clause's text, quoted in its official Russian wording whatever the
     *     document's language
     */
    public record Ground(String clause, String reason, List<String> figures, String lawQuote) {
        public Ground {
            clause = Checks.text(clause, "refusal.grounds[].clause");
            reason = Checks.text(reason, "refusal.grounds[].reason");
            figures = Checks.texts(figures, "refusal.grounds[].figures");
            lawQuote = Checks.text(lawQuote, "refusal.grounds[].lawQuote");
        }
    }

    /**
     * The appeal notice's facts. The templates say that the applicant may appeal the decision to a
     * higher state body or to court in the manner the legislation sets; they name no body and no
     * term of their own. What is known for sure is given here, worded, and printed as given.
     *
     * @param higherAuthority the higher body an appeal goes to, when the service knows it; else null
     * @param term the term for appealing, worded (e.g. "в течение одного месяца со дня получения
     *     решения"), only when the service has verified it against the law in force; else null
     */
    public record Appeal(
            @Nullable String higherAuthority, @Nullable String term) {
        public Appeal {
            higherAuthority =
                    higherAuthority == null ? null : Checks.text(higherAuthority, "refusal.appeal.higherAuthority");
            term = term == null ? null : Checks.text(term, "refusal.appeal.term");
        }

        /** Neither a body nor a term is known: the notice states the right only. */
        public static Appeal rightOnly() {
            return new Appeal(null, null);
        }
    }
}
