package kz.qualify.dossier;

import org.jspecify.annotations.Nullable;

/**
 * An asset: a network, a building, a machine, a laboratory.
 *
 * @param ref the dossier's id for it
 * @param category the vocabulary code of its category
 * @param description what it is
 * @param legalBasis the right it is held on, or null when the dossier does not say
 * @param titleDocument the id of the document that proves that right, or null
 */
public record Asset(
        String ref,
        String category,
        String description,
        @Nullable LegalBasis legalBasis,
        @Nullable String titleDocument) {}
