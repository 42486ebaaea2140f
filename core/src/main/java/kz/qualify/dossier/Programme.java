package kz.qualify.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A programme or plan.
 *
 * @param ref the dossier's id
 * @param kind the vocabulary code of its kind
 * @param title its title
 * @param approvedOn the date it was approved "в установленном порядке", or null if not approved
 * @param approvedBy who approved it
 * @param onSchedule whether it is being implemented on schedule; null when the dossier does not say
 * @param document the id of the document
 */
public record Programme(
        String ref,
        String kind,
        String title,
        @Nullable LocalDate approvedOn,
        @Nullable String approvedBy,
        @Nullable Boolean onSchedule,
        @Nullable String document) {}
