package kz.qualify.dossier;

/** A person's category in the staff table, as the annex distinguishes them. */
public enum Role {
    /** технический руководитель. */
    MANAGER,
    /** специалист. */
    SPECIALIST,
    /** рабочий: counted in production staff, never among the qualified managers and specialists. */
    WORKER,
    /** The category is not stated and the position title did not tell: an officer must decide. */
    UNKNOWN
}
