package kz.qualify.assessment;

import java.util.List;
import java.util.stream.Collectors;
import kz.qualify.rules.Applicability;
import kz.qualify.rules.Requirement;

/** Building findings from a requirement, so every policy states the clause and quote the same way. */
final class Findings {

    private Findings() {}

    static Finding of(
            Requirement r,
            Status status,
            String summary,
            List<String> figures,
            List<Finding.Issue> issues,
            List<String> remedies) {
        return new Finding(
                r.id(),
                r.clause(),
                r.title(),
                r.titleRu(),
                r.quote(),
                r.interpretation(),
                r.interpretationRu(),
                status,
                summary,
                figures,
                issues,
                remedies);
    }

    static Finding notApplicable(Requirement r, String why) {
        return of(r, Status.NOT_APPLICABLE, why, List.of(), List.of(), List.of());
    }

    static String whyNotApplicable(Requirement r, Evaluator.Context context) {
        return switch (r.applicability()) {
            case Applicability.Always a -> "applies to every applicant";
            case Applicability.AnySubActivityOf a ->
                "applies only to sub-activities " + codes(a.subActivities(), context) + ", none of which is declared";
            case Applicability.AnySubActivityExcept a ->
                "does not apply to sub-activities " + codes(a.subActivities(), context)
                        + ", and no other sub-activity is declared";
            case Applicability.AnyWorkOf a ->
                "required only where the applicant does " + codes(a.works(), context)
                        + "; the declared works "
                        + context.dossier().works().stream().sorted().toList()
                        + " include none of them";
        };
    }

    private static String codes(java.util.Set<String> codes, Evaluator.Context context) {
        return codes.stream()
                .sorted()
                .map(c -> c + " (" + context.label(c) + ")")
                .collect(Collectors.joining(", "));
    }
}
