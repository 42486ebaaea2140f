package kz.qualify.service.assessment;

import org.jspecify.annotations.Nullable;

/**
 * A file attached to an application, as the evidence of a requirement sees it.
 *
 * @param documentId the stored document's id
 * @param requirementId the requirement it proves, if said
 * @param slot the slot of that requirement it is bound to, if said
 * @param filename the file's name, as uploaded
 * @param sha256 its content's hash
 */
public record Attached(
        long documentId,
        @Nullable String requirementId,
        @Nullable String slot,
        String filename,
        String sha256) {}
