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
            List<String> figures,
            List<Finding.Issue> issues,
            List<String> remedies) {
        if (r.documents().isEmpty()) return false;
        int present = 0;
        for (var kind : r.documents()) {
            if (context.dossier().hasDocumentOfKind(kind)) {
                present++;
            } else {
                issues.add(new Finding.Issue("documents", "missing: " + context.label(kind)));
                remedies.add("present " + context.label(kind));
            }
        }
        figures.add("documents presented: " + present + " of " + r.documents().size());
        return present < r.documents().size();
    }
}
