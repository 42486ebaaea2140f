package kz.qualify.dossier;

/** The fields of education the annex distinguishes, to which a diploma specialty is mapped. */
public enum EducationField {
    /** электроэнергетика. */
    ELECTRIC_POWER,
    /** теплоэнергетика. */
    HEAT_POWER,
    /** нефтегазовое дело. */
    OIL_AND_GAS,
    /** горное дело. */
    MINING,
    /** геология. */
    GEOLOGY,
    /** металлургия. */
    METALLURGY,
    /** химическая технология. */
    CHEMICAL_TECHNOLOGY,
    /** обогащение полезных ископаемых. */
    MINERAL_PROCESSING,
    /** машиностроение и иные технические. */
    MECHANICAL_AND_OTHER_TECHNICAL,
    /** нетехническое. */
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
