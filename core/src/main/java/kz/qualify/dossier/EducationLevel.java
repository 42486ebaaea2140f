package kz.qualify.dossier;

/**
 * Education levels, ordered from lowest to highest so "at least X" is {@code level.atLeast(X)}.
 * {@link #UNKNOWN} is not on the scale: a level we could not read is never assumed.
 */
public enum EducationLevel {
    UNKNOWN(-1, "не определено"),
    /** основное / общее среднее. */
    GENERAL_SECONDARY(1, "общее среднее"),
    /** техническое и профессиональное (средне-специальное, колледж). */
    TECHNICAL_VOCATIONAL(2, "техническое и профессиональное"),
    /** послесреднее. */
    POST_SECONDARY(3, "послесреднее"),
    /** высшее (бакалавр, специалист, магистр по старой системе). */
    HIGHER(4, "высшее"),
    /** послевузовское (магистратура, докторантура). */
    POSTGRADUATE(5, "послевузовское");

    private final int rank;
    private final String ru;

    EducationLevel(int rank, String ru) {
        this.rank = rank;
        this.ru = ru;
    }

    /** The level's name in Russian. */
    public String ru() {
        return ru;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** True when this level is known and not below {@code minimum}. */
    public boolean atLeast(EducationLevel minimum) {
        return isKnown() && minimum.isKnown() && rank >= minimum.rank;
    }
}
