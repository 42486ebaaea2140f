package kz.qualify.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The applicant: legal form, BIN/IIN, name, and — as an application form states them — its legal
 * address and its head. The address and the head are optional: the rules ask nothing of them, and a
 * dossier written before they were asked for stays valid.
 *
 * @param address the legal address, or null when not stated
 * @param head the head of the applicant (its director, or the entrepreneur), or null when not stated
 */
public record Applicant(
        LegalForm legalForm,
        TaxId taxId,
        String name,
        @Nullable String address,
        @Nullable Head head) {
    public Applicant {
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(taxId, "taxId");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("applicant name is empty");
        if (address != null && address.isBlank()) throw new IllegalArgumentException("applicant address is blank");
    }

    /** An applicant stated without its address and head. */
    public Applicant(LegalForm legalForm, TaxId taxId, String name) {
        this(legalForm, taxId, name, null, null);
    }

    /** The person who heads the applicant, as the application names them. */
    public record Head(String fullName, String position) {
        public Head {
            if (fullName == null || fullName.isBlank()) throw new IllegalArgumentException("head's name is empty");
            if (position == null || position.isBlank()) throw new IllegalArgumentException("head's position is empty");
        }
    }
}
