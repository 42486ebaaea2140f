package kz.qualify.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.qualify.message.Message;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one dossier on one date: the verdict, the edition and rules version applied, and
 * one finding per requirement of the item.
 *
 * @param asOf the date the law was applied on
 * @param verdict the overall answer
 * @param editionId the edition applied, or null when none was in force
 * @param rulesVersion the version of the encoding applied, or null
 * @param activity the annex item assessed
 * @param applicant the applicant's name
 * @param findings one per requirement of the item
 * @param summary the sentence explaining the verdict as data (its key and values), for the edges to
 *     word in the reader's language
 */
public record Assessment(
        LocalDate asOf,
        Verdict verdict,
        @Nullable String editionId,
        @Nullable String rulesVersion,
        int activity,
        String applicant,
        List<Finding> findings,
        Message summary) {

    public Assessment {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
    }

    public long count(Status status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }
}
