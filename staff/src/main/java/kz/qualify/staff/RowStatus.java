package kz.qualify.staff;

/** What became of a row of the table. */
public enum RowStatus {
    /** Read into a staff member, everything understood. */
    IMPORTED,
    /** Read into a staff member, but something (role, level, field, experience) needs an officer's eye. */
    IMPORTED_NEEDS_REVIEW,
    /** Not a person: a title, the header, an empty row, a section heading, a total. */
    SKIPPED,
    /** Meant to be a person, but cannot be taken as one (no name, impossible experience). */
    ERROR;

    public boolean imported() {
        return this == IMPORTED || this == IMPORTED_NEEDS_REVIEW;
    }
}
