package kz.qualify.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the summary staff table (сводная таблица): full name, specialty by education,
 * position and years of experience in the specialty in this field, plus what we understood of it.
 *
 * @param ref where the row came from, for messages ("row 14", "staff[3]")
 * @param fullName ФИО
 * @param position должность as written
 * @param role manager, specialist or worker
 * @param production whether the person is production staff (the 70 % rules count only those)
 * @param education level and field
 * @param experience experience in the specialty, or {@code null} when the table does not say
 */
public record StaffMember(
        String ref,
        String fullName,
        String position,
        Role role,
        boolean production,
        Education education,
        @Nullable Experience experience) {

    public StaffMember {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(education, "education");
        if (fullName == null || fullName.isBlank()) throw new IllegalArgumentException(ref + ": full name is empty");
        position = position == null ? "" : position;
    }
}
