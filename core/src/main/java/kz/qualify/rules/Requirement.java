package kz.qualify.rules;

import java.util.List;
import java.util.Objects;
import kz.qualify.law.ClauseRef;

/**
 * One requirement of the annex, as data: the clause it rests on and its words, how we read it, when
 * it applies, what kind of check it is, and which documents the applicant presents for it.
 *
 * @param id stable id, unique in the edition ("1.3", "3.2.a16", "4#equipment-scope")
 * @param clause the clause it rests on
 * @param title a short English name for lists ("Qualified staff share"); every language's, the
 *     English included, is in the edition's glossary, keyed by the id
 * @param quote the sentence of the law, verbatim from the normalised act
 * @param interpretation the reading we chose where the text leaves room, or "" when it leaves none
 *     (in English; the glossary words it in every language)
 * @param applicability when it applies to a dossier
 * @param rule what is checked
 * @param documents document codes the applicant presents for it (the checklist)
 */
public record Requirement(
        String id,
        ClauseRef clause,
        String title,
        String quote,
        String interpretation,
        Applicability applicability,
        Rule rule,
        List<String> documents) {

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(applicability, "applicability");
        Objects.requireNonNull(rule, "rule");
        if (quote == null || quote.isBlank())
            throw new IllegalArgumentException("requirement " + id + " quotes nothing");
        title = title == null ? "" : title;
        interpretation = interpretation == null ? "" : interpretation;
        documents = List.copyOf(documents);
    }
}
