package kz.qualify.assessment;

import java.util.List;
import kz.qualify.rules.Requirement;

/** The documents a requirement lists for the checklist, checked for presence in the dossier. */
final class Documents {

    private Documents() {}

    /**
     * Adds a figure, and an issue and a remedy per missing document.
     *
     * @return whether any listed document is missing
     */
    static boolean check(
            Requirement r,
            Evaluator.Context context,
            List<Text> figures,
            List<Finding.Issue> issues,
            List<Text> remedies) {
        if (r.documents().isEmpty()) return false;
        int present = 0;
        for (var kind : r.documents()) {
            if (context.dossier().hasDocumentOfKind(kind)) {
                present++;
            } else {
                var name = context.quotedRu(kind);
                issues.add(Finding.Issue.of(
                        "documents", Text.of("missing: " + context.label(kind), "не представлен: " + name)));
                remedies.add(Text.of("present " + context.label(kind), "представьте " + name));
            }
        }
        figures.add(Text.of(
                "documents presented: " + present + " of " + r.documents().size(),
                "представлено документов: " + present + " из " + r.documents().size()));
        return present < r.documents().size();
    }
}
