package kz.qualify.dossier;

/** Who applies. The annex names individuals (as entrepreneurs), legal entities, and their branches and representative offices. */
public enum LegalForm {
    /** физическое лицо (индивидуальный предприниматель). */
    INDIVIDUAL_ENTREPRENEUR,
    /** юридическое лицо. */
    LEGAL_ENTITY,
    /** филиал юридического лица. */
    BRANCH,
    /** представительство юридического лица. */
    REPRESENTATIVE_OFFICE
}
