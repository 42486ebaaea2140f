package kz.qualify.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A licence or permit the applicant holds. */
public record Permit(
        String ref,
        String kind,
        String number,
        @Nullable LocalDate issuedOn,
        @Nullable LocalDate validUntil,
        @Nullable String document) {}
