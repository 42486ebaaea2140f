package kz.qualify.dossier;

/** The fields of education the annex distinguishes, to which a diploma specialty is mapped. */
public enum EducationField {
    ELECTRIC_POWER("электроэнергетика"),
    HEAT_POWER("теплоэнергетика"),
    OIL_AND_GAS("нефтегазовое дело"),
    MINING("горное дело"),
    GEOLOGY("геология"),
    METALLURGY("металлургия"),
    CHEMICAL_TECHNOLOGY("химическая технология"),
    MINERAL_PROCESSING("обогащение полезных ископаемых"),
    MECHANICAL_AND_OTHER_TECHNICAL("машиностроение и иные технические"),
    NON_TECHNICAL("нетехническое"),
    /** The specialty was not recognised: an officer must read it. */
    UNKNOWN("не определено");

    private final String ru;

    EducationField(String ru) {
        this.ru = ru;
    }

    /** The field's name in Russian, for what the rules core and the staff import say about it. */
    public String ru() {
        return ru;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** Every known field but {@link #NON_TECHNICAL} is a technical one ("техническое образование"). */
    public boolean isTechnical() {
        return this != NON_TECHNICAL && this != UNKNOWN;
    }
}
