package kz.qualify.assessment;

/** The overall answer for a dossier. */
public enum Verdict {
    COMPLIANT,
    NON_COMPLIANT,
    NEEDS_REVIEW,
    /** Legal form or equipment outside the licence's scope. */
    NOT_ELIGIBLE,
    /** No edition of the requirements was in force on the assessment date. */
    NO_EDITION_IN_FORCE;

    static Verdict of(Iterable<Finding> findings) {
        Status worst = Status.NOT_APPLICABLE;
        for (var f : findings) worst = worst.worst(f.status());
        return switch (worst) {
            case NOT_ELIGIBLE -> NOT_ELIGIBLE;
            case NOT_MET, MISSING_EVIDENCE -> NON_COMPLIANT;
            case NEEDS_REVIEW -> NEEDS_REVIEW;
            case MET, NOT_APPLICABLE -> COMPLIANT;
        };
    }
}
