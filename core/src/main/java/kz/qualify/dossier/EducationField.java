package kz.qualify.dossier;

/** The fields of education the annex distinguishes, to which a diploma specialty is mapped. */
public enum EducationField {
    ELECTRIC_POWER,
    HEAT_POWER,
    OIL_AND_GAS,
    MINING,
    GEOLOGY,
    METALLURGY,
    CHEMICAL_TECHNOLOGY,
    MINERAL_PROCESSING,
    MECHANICAL_AND_OTHER_TECHNICAL,
    NON_TECHNICAL,
    /** The specialty was not recognised: an officer must read it. */
    UNKNOWN;

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** Every known field but {@link #NON_TECHNICAL} is a technical one ("техническое образование"). */
    public boolean isTechnical() {
        return this != NON_TECHNICAL && this != UNKNOWN;
    }
}
