package kz.qualify.dossier;

/**
 * Education levels, ordered from lowest to highest so "at least X" is {@code level.atLeast(X)}.
 * {@link #UNKNOWN} is not on the scale: a level we could not read is never assumed.
 */
public enum EducationLevel {
    UNKNOWN(-1),
    /** основное / общее среднее. */
    GENERAL_SECONDARY(1),
    /** техническое и профессиональное (средне-специальное, колледж). */
    TECHNICAL_VOCATIONAL(2),
    /** послесреднее. */
    POST_SECONDARY(3),
    /** высшее (бакалавр, специалист, магистр по старой системе). */
    HIGHER(4),
    /** послевузовское (магистратура, докторантура). */
    POSTGRADUATE(5);

    private final int rank;

    EducationLevel(int rank) {
        this.rank = rank;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** True when this level is known and not below {@code minimum}. */
    public boolean atLeast(EducationLevel minimum) {
        return isKnown() && minimum.isKnown() && rank >= minimum.rank;
    }
}
