package kz.qualify.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person's education as stated in the staff table and as understood.
 *
 * @param level the level understood from the table
 * @param field the field the specialty maps to
 * @param specialty the specialty as written ("Электроэнергетические системы и сети")
 * @param specialtyCode the classifier code if given ("050718", "5В071800", "6B07101")
 */
public record Education(
        EducationLevel level,
        EducationField field,
        @Nullable String specialty,
        @Nullable String specialtyCode) {

    public Education {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(field, "field");
    }

    public static Education of(EducationLevel level, EducationField field) {
        return new Education(level, field, null, null);
    }
}
