package kz.qualify.rules;

import java.util.List;

/**
 * One thing a provision rule asks for, satisfied by any of its alternatives ("лицензии либо договора
 * с …"). A need with one alternative is a plain requirement.
 *
 * @param label what is needed, in the law's words
 * @param anyOf the alternatives
 * @param absence what it means when none is there: usually {@link Absence#NOT_MET}; {@link
 *     Absence#NEEDS_REVIEW} where the law makes the need depend on a fact the dossier cannot settle
 *     ("емкостей для хранения химических реагентов (при их использовании)")
 */
public record Need(String label, List<Provision> anyOf, Absence absence) {

    /** What the absence of every alternative means. */
    public enum Absence {
        NOT_MET,
        NEEDS_REVIEW
    }

    public Need(String label, List<Provision> anyOf) {
        this(label, anyOf, Absence.NOT_MET);
    }

    public Need {
        java.util.Objects.requireNonNull(absence, "absence");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("a need has no label");
        if (anyOf.isEmpty()) throw new IllegalArgumentException("need '" + label + "' has no alternative");
        anyOf = List.copyOf(anyOf);
    }
}
