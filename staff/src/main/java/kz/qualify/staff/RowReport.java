package kz.qualify.staff;

import java.util.List;
import kz.qualify.dossier.StaffMember;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one row.
 *
 * @param row the row number as a spreadsheet shows it (1-based; for CSV the record number)
 * @param status imported, imported but needing review, skipped, or an error
 * @param reasons why the row needs review, was skipped or is an error; empty for a clean import
 * @param reasonsRu the same reasons in Russian, item for item
 * @param reasonsKk the same reasons in Kazakh, item for item
 * @param member the staff member read, for imported rows; {@code null} otherwise
 * @param interpretations how role, production, level, field and experience were understood, for
 *     imported rows
 * @param excerpt the row's non-empty cells, for rows that were not imported, so a reader sees what
 *     was left out; {@code null} for imported rows
 */
public record RowReport(
        int row,
        RowStatus status,
        List<String> reasons,
        List<String> reasonsRu,
        List<String> reasonsKk,
        @Nullable StaffMember member,
        List<Interpretation> interpretations,
        @Nullable String excerpt) {

    public RowReport {
        reasons = List.copyOf(reasons);
        reasonsRu = List.copyOf(reasonsRu);
        reasonsKk = List.copyOf(reasonsKk);
        interpretations = List.copyOf(interpretations);
        if (reasonsRu.size() != reasons.size() || reasonsKk.size() != reasons.size()) {
            throw new IllegalArgumentException("row " + row + ": " + reasons.size() + " reasons but " + reasonsRu.size()
                    + " in Russian and " + reasonsKk.size() + " in Kazakh");
        }
        if (status.imported() != (member != null)) {
            throw new IllegalArgumentException("row " + row + ": a member goes with an imported status and only then");
        }
        if (status != RowStatus.IMPORTED && reasons.isEmpty()) {
            throw new IllegalArgumentException("row " + row + ": status " + status + " needs a reason");
        }
    }

    /** The reasons in {@code language}. */
    public List<String> reasons(ReportLanguage language) {
        return switch (language) {
            case kk -> reasonsKk;
            case ru -> reasonsRu;
            case en -> reasons;
        };
    }

    /** A report whose reasons are worded from the report's bundles, in every language. */
    static RowReport of(
            int row,
            RowStatus status,
            List<Phrase> reasons,
            @Nullable StaffMember member,
            List<Interpretation> interpretations,
            @Nullable String excerpt) {
        return new RowReport(
                row,
                status,
                reasons.stream().map(Phrase::en).toList(),
                reasons.stream().map(Phrase::ru).toList(),
                reasons.stream().map(Phrase::kk).toList(),
                member,
                interpretations,
                excerpt);
    }

    static RowReport skipped(int row, Phrase reason, String excerpt) {
        return of(row, RowStatus.SKIPPED, List.of(reason), null, List.of(), excerpt);
    }

    static RowReport error(int row, List<Phrase> reasons, String excerpt) {
        return of(row, RowStatus.ERROR, reasons, null, List.of(), excerpt);
    }
}
