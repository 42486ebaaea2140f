package kz.qualify.assessment;

import java.util.List;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/** Who may hold the licence: the applicant's legal form against the forms the item names. */
final class LegalFormPolicy {

    private LegalFormPolicy() {}

    static Finding evaluate(Requirement r, Rule.LegalFormRule rule, Evaluator.Context context) {
        var form = context.dossier().applicant().legalForm();
        var allowed = rule.allowed().stream().map(Enum::name).sorted().toList();
        if (rule.allowed().contains(form)) {
            return Findings.of(
                    r,
                    Status.MET,
                    "the item extends to " + form,
                    List.of("legal form: " + form, "named by the item: " + allowed),
                    List.of(),
                    List.of());
        }
        return Findings.of(
                r,
                Status.NOT_ELIGIBLE,
                "item " + r.clause().item() + " does not extend to " + form,
                List.of("legal form: " + form, "named by the item: " + allowed),
                List.of(new Finding.Issue(
                        "applicant.legalForm",
                        form + " is not named by item " + r.clause().item())),
                List.of("apply as one of " + allowed
                        + " (for a branch or representative office: the legal entity itself applies)"));
    }
}
