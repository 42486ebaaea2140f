package kz.qualify.dossier;

import java.util.Objects;

/** The applicant: legal form, BIN/IIN and name. */
public record Applicant(LegalForm legalForm, TaxId taxId, String name) {
    public Applicant {
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(taxId, "taxId");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("applicant name is empty");
    }
}
