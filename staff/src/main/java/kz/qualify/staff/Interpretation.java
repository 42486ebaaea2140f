package kz.qualify.staff;

/**
 * How one aspect of a row was understood, and by which rule: the trail an officer reads when a
 * result surprises them.
 *
 * @param aspect what was understood
 * @param written the text the rule looked at, as written in the table ("" when the cell was empty)
 * @param understood the result ("SPECIALIST", "63 months", "ELECTRIC_POWER", "non-production")
 * @param rule the rule that decided, in words ("position title matches 'инженер' (roles.yaml)")
 */
public record Interpretation(Aspect aspect, String written, String understood, String rule) {

    /** The things read out of a row beyond the plain text fields. */
    public enum Aspect {
        ROLE,
        PRODUCTION,
        LEVEL,
        FIELD,
        EXPERIENCE,
        /** The institution cut from an education cell: shown, never read as the specialty. */
        INSTITUTION,
        /** The year of graduation cut from an education cell. */
        YEAR
    }
}
