package kz.qualify.cli;

import kz.qualify.assessment.Verdict;

/** The exit codes scripts rely on (sysexits.h for usage and data errors). */
final class ExitCodes {

    static final int COMPLIANT = 0;
    static final int NON_COMPLIANT = 1;
    static final int NEEDS_REVIEW = 2;
    static final int NOT_ELIGIBLE_OR_NO_EDITION = 3;
    static final int USAGE = 64;
    static final int INVALID_DOSSIER = 65;
    static final int IO_ERROR = 74;

    private ExitCodes() {}

    static int of(Verdict verdict) {
        return switch (verdict) {
            case COMPLIANT -> COMPLIANT;
            case NON_COMPLIANT -> NON_COMPLIANT;
            case NEEDS_REVIEW -> NEEDS_REVIEW;
            case NOT_ELIGIBLE, NO_EDITION_IN_FORCE -> NOT_ELIGIBLE_OR_NO_EDITION;
        };
    }

    /**
     * For a batch, the code of its worst dossier: an invalid dossier outranks everything, then not
     * eligible or no edition, then non-compliant, then review, then compliant.
     */
    static int worst(int a, int b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(int code) {
        return switch (code) {
            case INVALID_DOSSIER -> 5;
            case NOT_ELIGIBLE_OR_NO_EDITION -> 4;
            case NON_COMPLIANT -> 3;
            case NEEDS_REVIEW -> 2;
            default -> code == COMPLIANT ? 1 : 6;
        };
    }
}
