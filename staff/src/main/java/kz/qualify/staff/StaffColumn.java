package kz.qualify.staff;

/**
 * The columns a staff table may have. The four the decree names for the summary table (сводная
 * таблица) are {@link #FULL_NAME}, {@link #SPECIALTY}, {@link #POSITION} and {@link #EXPERIENCE};
 * the rest are optional and, when present, take precedence over what would otherwise be inferred.
 */
public enum StaffColumn {
    /** № п/п: read and ignored. */
    ROW_NUMBER,
    /** ФИО. */
    FULL_NAME,
    /** Фамилия, when the name is split over three columns. */
    SURNAME,
    /** Имя. */
    GIVEN_NAME,
    /** Отчество. */
    PATRONYMIC,
    /**
     * специальность по образованию; may also carry the level, the institution and the year
     * ("высшее, Электроэнергетика"), which are cut off as in {@link #EDUCATION}.
     */
    SPECIALTY,
    /**
     * One column for the whole education: "Образование (уровень, учебное заведение, год окончания,
     * специальность)". Its cells are cut into those parts by {@link EducationText}; the specialty
     * part is read as {@link #SPECIALTY} is, the level part as {@link #EDUCATION_LEVEL}.
     */
    EDUCATION,
    /** код специальности (шифр) by the classifier. */
    SPECIALTY_CODE,
    /** уровень образования. */
    EDUCATION_LEVEL,
    /** должность. */
    POSITION,
    /** стаж работы по специальности в данной области, in any of the forms people write. */
    EXPERIENCE,
    /** The months part when experience is split into "лет" and "мес" columns. */
    EXPERIENCE_MONTHS,
    /** категория: руководитель, специалист, рабочий. */
    CATEGORY,
    /** производственный или непроизводственный персонал. */
    PRODUCTION;

    /** The columns without which no staff member can be built. */
    static boolean isName(StaffColumn c) {
        return c == FULL_NAME || c == SURNAME || c == GIVEN_NAME || c == PATRONYMIC;
    }
}
