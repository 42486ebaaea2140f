package kz.qualify.service.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document attached to an application.
 *
 * @param requirementId the requirement it evidences, if named
 * @param slot the slot of that requirement it is bound to ({@code need-<n>} or {@code doc-<code>}),
 *     if named
 * @param removedAt when it was deleted or replaced; null while it is part of the application
 * @param replacedBy the document that replaced it, if one did
 */
public record StoredDocument(
        long id,
        long applicationId,
        @Nullable String requirementId,
        @Nullable String slot,
        String filename,
        String mediaType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        @Nullable Instant removedAt,
        @Nullable Long replacedBy) {

    /** Whether it was part of the application at that moment. */
    public boolean heldAt(Instant at) {
        return !uploadedAt.isAfter(at) && (removedAt == null || removedAt.isAfter(at));
    }
}
