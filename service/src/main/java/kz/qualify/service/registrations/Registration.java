package kz.qualify.service.registrations;

import java.time.Instant;
import kz.qualify.dossier.LegalForm;
import org.jspecify.annotations.Nullable;

/**
 * A company's request to register, as the staff see it (never the password).
 *
 * @param status PENDING until decided, then APPROVED or REJECTED
 * @param reason why it was rejected
 * @param organisationId the organisation made on approval
 */
public record Registration(
        long id,
        String taxId,
        LegalForm legalForm,
        String name,
        String address,
        String contactName,
        @Nullable String contactPosition,
        String contactEmail,
        @Nullable String contactLanguage,
        String username,
        Status status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String reason,
        @Nullable Long organisationId,
        Instant createdAt) {

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }
}
