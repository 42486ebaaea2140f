package kz.qualify.assessment;

import java.util.List;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
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
            List<Message> figures,
            List<Finding.Issue> issues,
            List<Message> remedies) {
        if (r.documents().isEmpty()) return false;
        int present = 0;
        for (var kind : r.documents()) {
            if (context.dossier().hasDocumentOfKind(kind)) {
                present++;
            } else {
                issues.add(
                        new Finding.Issue("documents", Message.of("issue.documents.missing", Arg.code("kind", kind))));
                remedies.add(Message.of("remedy.documents.present", Arg.code("kind", kind)));
            }
        }
        figures.add(Message.of(
                "finding.documents.presented",
                Arg.count("present", present),
                Arg.count("listed", r.documents().size())));
        return present < r.documents().size();
    }
}
