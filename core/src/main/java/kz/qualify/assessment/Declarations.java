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

    private Declarations() {}

    static Optional<Finding> check(Evaluator.Context context, Activity activity) {
        var dossier = context.dossier();
        var issues = new ArrayList<Finding.Issue>();
        var remedies = new ArrayList<String>();
        if (!activity.subActivities().isEmpty() && dossier.subActivities().isEmpty()) {
            issues.add(new Finding.Issue("subActivities", "no sub-activity is declared"));
            remedies.add("declare the sub-activities applied for: "
                    + activity.subActivities().stream()
                            .map(Activity.SubActivity::code)
                            .toList());
        }
        for (var s : dossier.subActivities()) {
            if (activity.subActivity(s).isEmpty()) {
                issues.add(new Finding.Issue(
                        "subActivities", "'" + s + "' is not a sub-activity of item " + activity.item()));
            }
        }
        if (!activity.works().isEmpty() && dossier.works().isEmpty()) {
            issues.add(new Finding.Issue("works", "no kind of work is declared"));
            remedies.add("declare the kinds of work applied for: "
                    + activity.works().stream().map(t -> t.code()).toList());
        }
        for (var w : dossier.works()) {
            if (!activity.hasWork(w)) {
                issues.add(new Finding.Issue("works", "'" + w + "' is not a kind of work of item " + activity.item()));
            }
        }
        if (issues.isEmpty()) return Optional.empty();
        return Optional.of(new Finding(
                "declarations",
                context.item(),
                "Declared sub-activities and works",
                "Заявленные подвиды деятельности и виды работ",
                "включают наличие … в соответствии с заявленными подвидами деятельности / по заявляемым видам работ",
                "",
                "",
                Status.MISSING_EVIDENCE,
                "the requirements of item " + activity.item()
                        + " depend on what is declared, and the declaration is incomplete",
                List.of(),
                issues,
                remedies));
    }
}
