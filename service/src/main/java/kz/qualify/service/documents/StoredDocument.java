package kz.qualify.service.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document attached to an application.
 *
 * @param requirementId the requirement it evidences, if named
 */
public record StoredDocument(
        long id,
        long applicationId,
        @Nullable String requirementId,
        String filename,
        String mediaType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
