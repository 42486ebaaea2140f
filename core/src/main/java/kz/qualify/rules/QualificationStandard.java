package kz.qualify.rules;

import java.util.Objects;
import java.util.Set;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import org.jspecify.annotations.Nullable;

/**
 * What makes a manager or a specialist qualified under an item.
 *
 * @param minLevel the least education level, or null where the item names none ("соответствующему образовательному уровню")
 * @param field which fields of education count
 * @param minExperience the least experience in the specialty, or null where the item names none
 * @param experienceRequired whether the item asks for experience at all (without a number, for an officer to judge)
 * @param wording the law's words for this standard, for figures
 */
public record QualificationStandard(
        @Nullable EducationLevel minLevel,
        FieldRequirement field,
        @Nullable Experience minExperience,
        boolean experienceRequired,
        String wording) {

    public QualificationStandard {
        Objects.requireNonNull(field, "field");
        if (minExperience != null && !experienceRequired) {
            throw new IllegalArgumentException("a minimum experience implies that experience is required");
        }
        wording = wording == null ? "" : wording;
    }

    /** Which fields of education a standard accepts. */
    public sealed interface FieldRequirement {
        /** The item names a level but no field. */
        record AnyField() implements FieldRequirement {}

        /** "техническое образование": any technical field. */
        record Technical() implements FieldRequirement {}

        /**
         * A named sphere ("в сфере электроэнергетики"): the accepted fields count; the fields for
         * review may count and are left to the officer.
         */
        record Sphere(Set<EducationField> accepted, Set<EducationField> forReview) implements FieldRequirement {
            public Sphere {
                accepted = Set.copyOf(accepted);
                forReview = Set.copyOf(forReview);
                if (accepted.isEmpty()) throw new IllegalArgumentException("a sphere accepts no field");
            }
        }

        /** "соответствующему образовательному уровню": the law names no field; the officer judges. */
        record Corresponding() implements FieldRequirement {}
    }
}
