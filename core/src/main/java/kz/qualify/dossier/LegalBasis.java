package kz.qualify.dossier;

/** The right on which an asset is held: ownership "или на иных законных основаниях". */
public enum LegalBasis {
    OWNERSHIP,
    ECONOMIC_MANAGEMENT,
    OPERATIONAL_MANAGEMENT,
    TRUST_MANAGEMENT,
    LEASE,
    GRATUITOUS_USE,
    OTHER
}
