package kz.qualify.official;

import java.time.OffsetDateTime;

/**
 * A need the licensing officer accepted as absent, with no document behind it, where the law makes the
 * need conditional on a case that did not arise ("при их использовании"). The licence's annex and the
 * refusal state each one, so that a reader of the document sees what was not asked for and on whose
 * word.
 *
 * @param need the need, worded in the document's language
 * @param clause the clause it belongs to, worded for a person (never a code)
 * @param reason the officer's reason, as recorded
 * @param acceptedBy the accepting officer's full name (a login only where no name was kept)
 * @param acceptedAt when it was accepted, with the offset of the authority's time zone
 */
public record AcceptedAbsence(String need, String clause, String reason, String acceptedBy, OffsetDateTime acceptedAt) {

    public AcceptedAbsence {
        need = Checks.text(need, "acceptedAbsences[].need");
        clause = Checks.text(clause, "acceptedAbsences[].clause");
        reason = Checks.text(reason, "acceptedAbsences[].reason");
        acceptedBy = Checks.text(acceptedBy, "acceptedAbsences[].acceptedBy");
        Checks.present(acceptedAt, "acceptedAbsences[].acceptedAt");
    }
}
