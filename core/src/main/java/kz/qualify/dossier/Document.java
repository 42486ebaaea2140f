package kz.qualify.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A document presented with the application.
 *
 * @param id the dossier's id, by which assets, orders and contracts point at it
 * @param kind the vocabulary code of its kind
 * @param title its title
 * @param date its date
 * @param signedBy who signed it, if it matters
 * @param sealed whether it bears the applicant's seal
 * @param sha256 the hash of the stored file, when the service holds it
 */
public record Document(
        String id,
        String kind,
        String title,
        @Nullable LocalDate date,
        @Nullable Signatory signedBy,
        boolean sealed,
        @Nullable String sha256) {

    /** Who signed a document the law wants certified. */
    public enum Signatory {
        FIRST_HEAD,
        ACTING_HEAD,
        APPLICANT,
        OTHER
    }
}
