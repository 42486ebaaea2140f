package kz.qualify.assessment;

import java.util.List;
import kz.qualify.dossier.LegalForm;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/** Who may hold the licence: the applicant's legal form against the forms the item names. */
final class LegalFormPolicy {

    private LegalFormPolicy() {}

    static Finding evaluate(Requirement r, Rule.LegalFormRule rule, Evaluator.Context context) {
        var form = context.dossier().applicant().legalForm();
        var named = Text.of(
                rule.allowed().stream().map(Enum::name).sorted().toList().toString(),
                String.join(
                        ", ",
                        rule.allowed().stream()
                                .sorted()
                                .map(LegalFormPolicy::russian)
                                .toList()));
        var figures = List.of(
                Text.of("legal form: " + form, "организационно-правовая форма: " + russian(form)),
                Text.of("named by the item: ", "названы в пункте: ").plus(named));
        if (rule.allowed().contains(form)) {
            return Findings.of(
                    r,
                    Status.MET,
                    Text.of("the item extends to " + form, "пункт распространяется на: " + russian(form)),
                    figures,
                    List.of(),
                    List.of());
        }
        int item = r.clause().item();
        return Findings.of(
                r,
                Status.NOT_ELIGIBLE,
                Text.of(
                        "item " + item + " does not extend to " + form,
                        "пункт " + item + " не распространяется на: " + russian(form)),
                figures,
                List.of(Finding.Issue.of(
                        "applicant.legalForm",
                        Text.of(
                                form + " is not named by item " + item,
                                russian(form) + " — не названо в пункте " + item))),
                List.of(Text.of("apply as one of ", "подайте заявление как: ")
                        .plus(named)
                        .plus(Text.of(
                                " (for a branch or representative office: the legal entity itself applies)",
                                " (за филиал или представительство заявление подаёт само юридическое лицо)"))));
    }

    /** The annex's own words for who applies. */
    static String russian(LegalForm form) {
        return switch (form) {
            case INDIVIDUAL_ENTREPRENEUR -> "физическое лицо (индивидуальный предприниматель)";
            case LEGAL_ENTITY -> "юридическое лицо";
            case BRANCH -> "филиал юридического лица";
            case REPRESENTATIVE_OFFICE -> "представительство юридического лица";
        };
    }
}
