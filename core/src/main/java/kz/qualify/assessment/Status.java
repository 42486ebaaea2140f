package kz.qualify.assessment;

/** What a finding says of one requirement, from worst to best. */
public enum Status {
    /** The applicant's legal form or equipment is outside what the licence can cover. */
    NOT_ELIGIBLE(5),
    /** The requirement is not satisfied. */
    NOT_MET(4),
    /** What was stated may satisfy it, but the evidence the law asks for is not there. */
    MISSING_EVIDENCE(3),
    /** The law leaves a judgment to the officer, or a fact cannot be settled from the data. */
    NEEDS_REVIEW(2),
    MET(1),
    /** The requirement does not apply to what the applicant declared. */
    NOT_APPLICABLE(0);

    private final int severity;

    Status(int severity) {
        this.severity = severity;
    }

    public Status worst(Status other) {
        return other.severity > severity ? other : this;
    }
}
