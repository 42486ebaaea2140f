package kz.qualify.assessment;

import java.util.ArrayList;
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

    /**
     * {@link #check} for a policy whose own sentences are still worded in both languages
     * ({@link Text}), so the documents join its lists worded the same way. Interim: it goes when the
     * last such policy (the provisions) speaks in messages; its words are those of the keys above.
     */
    static boolean check(
            Requirement r,
            Evaluator.Context context,
            ArrayList<Text> figures,
            List<Finding.Issue> issues,
            ArrayList<Text> remedies) {
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
