package kz.qualify.assessment;

import java.util.List;
import java.util.Objects;
import kz.qualify.law.ClauseRef;

/**
 * What the evaluator found for one requirement: the clause and its words, the status, what was
 * checked and with which figures, the rows, assets or documents that failed and why, and the least
 * change that would satisfy it.
 *
 * @param requirementId the requirement's id in the edition
 * @param clause the clause it rests on
 * @param title a short name
 * @param quote the sentence of the law
 * @param interpretation the reading applied, or ""
 * @param status the outcome
 * @param summary one sentence saying what was checked and what came of it
 * @param figures the numbers used ("qualified 69 of 100 production staff = 69.0 %, needs ≥ 70 %")
 * @param issues what failed, each with its row, asset or document
 * @param remedies what would fix it
 * @param ru the finding's words in Russian (the quote is the law's own)
 */
public record Finding(
        String requirementId,
        ClauseRef clause,
        String title,
        String quote,
        String interpretation,
        Status status,
        String summary,
        List<String> figures,
        List<Issue> issues,
        List<String> remedies,
        Russian ru) {

    public Finding {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ru, "ru");
        figures = List.copyOf(figures);
        issues = List.copyOf(issues);
        remedies = List.copyOf(remedies);
    }

    /**
     * The finding's words in Russian, each the counterpart of the English component of the same
     * name; an issue carries its own ({@link Issue#problemRu}). Empty where the rules give none (a
     * test edition).
     */
    public record Russian(
            String title, String interpretation, String summary, List<String> figures, List<String> remedies) {

        public Russian {
            figures = List.copyOf(figures);
            remedies = List.copyOf(remedies);
        }
    }

    /**
     * One thing that failed.
     *
     * @param ref the staff row, asset, service, document or declaration it concerns
     * @param problem why
     * @param problemRu why, in Russian
     */
    public record Issue(String ref, String problem, String problemRu) {

        public static Issue of(String ref, Text problem) {
            return new Issue(ref, problem.en(), problem.ru());
        }
    }
}
