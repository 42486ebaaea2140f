package kz.qualify.assessment;

import java.util.Comparator;
import java.util.List;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/** Who may hold the licence: the applicant's legal form against the forms the item names. */
final class LegalFormPolicy {

    private LegalFormPolicy() {}

    static Finding evaluate(Requirement r, Rule.LegalFormRule rule, Evaluator.Context context) {
        var form = context.dossier().applicant().legalForm();
        var named = named(rule);
        var figures = List.of(
                Message.of("finding.legalForm.form", Arg.label("form", form)),
                Message.of("finding.legalForm.named", named[0], named[1]));
        if (rule.allowed().contains(form)) {
            return Findings.of(
                    r,
                    Status.MET,
                    Message.of("finding.legalForm.extends", Arg.label("form", form)),
                    figures,
                    List.of(),
                    List.of());
        }
        var item = Arg.count("item", r.clause().item());
        return Findings.of(
                r,
                Status.NOT_ELIGIBLE,
                Message.of("finding.legalForm.notExtends", item, Arg.label("form", form)),
                figures,
                List.of(new Finding.Issue(
                        "applicant.legalForm", Message.of("issue.legalForm.notNamed", Arg.label("form", form), item))),
                List.of(Message.of("remedy.legalForm.applyAs", named[0], named[1])));
    }

    /**
     * The forms the item names, twice: {@code byName} in the order of their constants' names, as the
     * English reports have always listed them, and {@code byOrder} in the annex's order (individual
     * entrepreneurs first), as the Russian ones have; each language shows the one it reads by.
     */
    private static Arg[] named(Rule.LegalFormRule rule) {
        var byName = rule.allowed().stream()
                .sorted(Comparator.comparing(Enum::name))
                .map(f -> (Arg) Arg.label("form", f))
                .toList();
        var byOrder = rule.allowed().stream()
                .sorted()
                .map(f -> (Arg) Arg.label("form", f))
                .toList();
        return new Arg[] {Arg.items("byName", "list.comma", byName), Arg.items("byOrder", "list.comma", byOrder)};
    }
}
