package kz.qualify.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qualify.law.Activity;

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
        var remedies = new ArrayList<Text>();
        int item = activity.item();
        if (!activity.subActivities().isEmpty() && dossier.subActivities().isEmpty()) {
            issues.add(Finding.Issue.of(
                    "subActivities", Text.of("no sub-activity is declared", "подвид деятельности не заявлен")));
            remedies.add(Text.of(
                            "declare the sub-activities applied for: ",
                            "заявите подвиды деятельности, на которые подаётся заявление: ")
                    .plus(activity.subActivities().stream()
                            .map(Activity.SubActivity::code)
                            .toList()
                            .toString()));
        }
        for (var s : dossier.subActivities()) {
            if (activity.subActivity(s).isEmpty()) {
                issues.add(Finding.Issue.of(
                        "subActivities",
                        Text.of(
                                "'" + s + "' is not a sub-activity of item " + item,
                                "«" + s + "» — не подвид деятельности пункта " + item)));
            }
        }
        if (!activity.works().isEmpty() && dossier.works().isEmpty()) {
            issues.add(Finding.Issue.of("works", Text.of("no kind of work is declared", "вид работ не заявлен")));
            remedies.add(Text.of(
                            "declare the kinds of work applied for: ",
                            "заявите виды работ, на которые подаётся заявление: ")
                    .plus(activity.works().stream().map(t -> t.code()).toList().toString()));
        }
        for (var w : dossier.works()) {
            if (!activity.hasWork(w)) {
                issues.add(Finding.Issue.of(
                        "works",
                        Text.of(
                                "'" + w + "' is not a kind of work of item " + item,
                                "«" + w + "» — не вид работ пункта " + item)));
            }
        }
        if (issues.isEmpty()) return Optional.empty();
        var summary = Text.of(
                "the requirements of item " + item + " depend on what is declared, and the declaration is incomplete",
                "требования пункта " + item + " зависят от заявленного, а заявлено не всё");
        return Optional.of(new Finding(
                DECLARATIONS,
                context.item(),
                "включают наличие … в соответствии с заявленными подвидами деятельности / по заявляемым видам работ",
                Status.MISSING_EVIDENCE,
                summary.message(),
                List.of(),
                issues,
                Findings.messages(remedies)));
    }
}
