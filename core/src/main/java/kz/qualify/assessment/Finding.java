package kz.qualify.assessment;

import java.util.List;
import java.util.Objects;
import kz.qualify.law.ClauseRef;
import kz.qualify.message.Message;

/**
 * What the evaluator found for one requirement, said as data: the clause, the status, what was
 * checked and with which figures, the rows, assets or documents that failed and why, and the least
 * change that would satisfy it. Every sentence is a {@link Message}, worded where it is read and in
 * the reader's language; the requirement's title and reading are named by its id in the edition's
 * glossary.
 *
 * @param requirementId the requirement's id in the edition ("declarations" for the check of what
 *     was declared, which is no requirement of the edition)
 * @param clause the clause it rests on
 * @param quote the sentence of the law, in the act's official language
 * @param status the outcome
 * @param summary one sentence saying what was checked and what came of it
 * @param figures the numbers used ("qualified 69 of 100 production staff = 69.0 %, needs ≥ 70 %")
 * @param issues what failed, each with its row, asset or document
 * @param remedies what would fix it
 */
public record Finding(
        String requirementId,
        ClauseRef clause,
        String quote,
        Status status,
        Message summary,
        List<Message> figures,
        List<Issue> issues,
        List<Message> remedies) {

    public Finding {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        figures = List.copyOf(figures);
        issues = List.copyOf(issues);
        remedies = List.copyOf(remedies);
    }

    /**
     * One thing that failed.
     *
     * @param ref the staff row, asset, service, document or declaration it concerns
     * @param problem why
     */
    public record Issue(String ref, Message problem) {

        public Issue {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(problem, "problem");
        }
    }
}
