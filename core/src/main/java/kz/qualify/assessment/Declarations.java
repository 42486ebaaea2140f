package kz.qualify.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kz.qualify.law.Activity;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;

/**
 * Whether the applicant declared what the item makes the rest depend on: item 3's base is equipped
 * "в соответствии с заявленными подвидами деятельности" and item 4's evidence is "по заявляемым видам
 * работ", so with nothing declared those requirements cannot be judged.
 */
final class Declarations {

    /** The finding's id; its title is the bundles' {@code finding.title.declarations}. */
    static final String DECLARATIONS = "declarations";

    private Declarations() {}

    static Optional<Finding> check(Evaluator.Context context, Activity activity) {
        var dossier = context.dossier();
        var issues = new ArrayList<Finding.Issue>();
        var remedies = new ArrayList<Message>();
        var item = Arg.count("item", activity.item());
        if (!activity.subActivities().isEmpty() && dossier.subActivities().isEmpty()) {
            issues.add(new Finding.Issue("subActivities", Message.of("issue.declarations.noSubActivity")));
            remedies.add(Message.of(
                    "remedy.declarations.subActivities",
                    codes(activity.subActivities().stream()
                            .map(Activity.SubActivity::code)
                            .toList())));
        }
        for (var s : dossier.subActivities()) {
            if (activity.subActivity(s).isEmpty()) {
                issues.add(new Finding.Issue(
                        "subActivities", Message.of("issue.declarations.notSubActivity", Arg.text("code", s), item)));
            }
        }
        if (!activity.works().isEmpty() && dossier.works().isEmpty()) {
            issues.add(new Finding.Issue("works", Message.of("issue.declarations.noWork")));
            remedies.add(Message.of(
                    "remedy.declarations.works",
                    codes(activity.works().stream().map(t -> t.code()).toList())));
        }
        for (var w : dossier.works()) {
            if (!activity.hasWork(w)) {
                issues.add(new Finding.Issue(
                        "works", Message.of("issue.declarations.notWork", Arg.text("code", w), item)));
            }
        }
        if (issues.isEmpty()) return Optional.empty();
        return Optional.of(new Finding(
                DECLARATIONS,
                context.item(),
                "включают наличие … в соответствии с заявленными подвидами деятельности / по заявляемым видам работ",
                Status.MISSING_EVIDENCE,
                Message.of("finding.declarations.incomplete", item),
                List.of(),
                issues,
                remedies));
    }

    /** The codes to declare as the applicant writes them in the dossier, in the item's order. */
    private static Arg codes(Collection<String> codes) {
        return Arg.items(
                "codes",
                "list.comma",
                codes.stream().map(c -> (Arg) Arg.text("code", c)).toList());
    }
}
