package kz.qualify.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.dossier.Dossier;
import kz.qualify.law.ClauseRef;
import kz.qualify.law.Edition;
import kz.qualify.law.Editions;
import kz.qualify.law.MrpTable;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/**
 * Turns a dossier and a date into an assessment: picks the edition in force on that date, then
 * gives one finding per requirement of the item. Pure and thread-safe: no I/O, no shared state.
 */
public final class Evaluator {

    private final Editions editions;
    private final MrpTable mrp;

    public Evaluator(Editions editions, MrpTable mrp) {
        this.editions = editions;
        this.mrp = mrp;
    }

    public Editions editions() {
        return editions;
    }

    public MrpTable mrp() {
        return mrp;
    }

    public Assessment assess(Dossier dossier, LocalDate asOf) {
        return switch (editions.on(asOf)) {
            case Editions.Lookup.InForce(var edition) -> assess(dossier, asOf, edition);
            case Editions.Lookup.NoneInForce none ->
                new Assessment(
                        asOf,
                        Verdict.NO_EDITION_IN_FORCE,
                        null,
                        null,
                        dossier.activity(),
                        dossier.applicant().name(),
                        List.of(),
                        noEditionInForce(none));
        };
    }

    /** Assesses under a given edition, whatever the date (for replaying a past decision). */
    public Assessment assess(Dossier dossier, LocalDate asOf, Edition edition) {
        var activity = edition.activity(dossier.activity());
        if (activity.isEmpty()) {
            return new Assessment(
                    asOf,
                    Verdict.NOT_ELIGIBLE,
                    edition.id(),
                    edition.rulesVersion(),
                    dossier.activity(),
                    dossier.applicant().name(),
                    List.of(),
                    Message.of(
                            "assessment.NOT_ELIGIBLE.activity",
                            Arg.text("edition", edition.id()),
                            Arg.count("activity", dossier.activity())));
        }
        var context = new Context(dossier, asOf, edition, mrp);
        var findings = new ArrayList<Finding>();
        Declarations.check(context, activity.get()).ifPresent(findings::add);
        for (var requirement : edition.requirementsOf(dossier.activity())) {
            findings.add(evaluate(requirement, context));
        }
        var verdict = Verdict.of(findings);
        return new Assessment(
                asOf,
                verdict,
                edition.id(),
                edition.rulesVersion(),
                dossier.activity(),
                dossier.applicant().name(),
                findings,
                summary(verdict, findings));
    }

    /**
     * The sentence explaining the verdict, as a key and its values: the counts of findings by status,
     * or the clauses that put the applicant outside the licence's scope.
     */
    static Message summary(Verdict verdict, List<Finding> findings) {
        var key = "assessment." + verdict.name();
        return switch (verdict) {
            case COMPLIANT, NO_EDITION_IN_FORCE -> Message.of(key);
            case NON_COMPLIANT ->
                Message.of(
                        key,
                        Arg.count("notMet", count(findings, Status.NOT_MET)),
                        Arg.count("missing", count(findings, Status.MISSING_EVIDENCE)),
                        Arg.count("review", count(findings, Status.NEEDS_REVIEW)));
            case NEEDS_REVIEW -> Message.of(key, Arg.count("review", count(findings, Status.NEEDS_REVIEW)));
            case NOT_ELIGIBLE ->
                Message.of(
                        key,
                        Arg.items(
                                "clauses",
                                "list.comma",
                                findings.stream()
                                        .filter(f -> f.status() == Status.NOT_ELIGIBLE)
                                        .map(f -> f.clause().id())
                                        .distinct()
                                        // the clauses' ids, as the English and Russian JSON
                                        // ("[1]") have always written them
                                        .map(id -> Arg.text("clause", id))
                                        .toList()));
        };
    }

    /** No edition in force on the date: which is nearest, when it is in force, and on which side of the date. */
    public static Message noEditionInForce(Editions.Lookup.NoneInForce none) {
        var nearest = none.nearest();
        var until = nearest.inForceUntil();
        // ISO dates, as the English and Russian JSON and reports have always written this sentence
        return Message.of(
                "assessment.NO_EDITION_IN_FORCE.nearest",
                Arg.text("date", none.date().toString()),
                Arg.text("nearest", nearest.id()),
                Arg.text("from", nearest.inForceFrom().toString()),
                Arg.text("until", until == null ? "…" : until.toString()),
                Arg.choice("side", none.date().isBefore(nearest.inForceFrom()) ? "later" : "earlier"));
    }

    private static long count(List<Finding> findings, Status status) {
        long n = 0;
        for (var f : findings) if (f.status() == status) n++;
        return n;
    }

    static Finding evaluate(Requirement requirement, Context context) {
        var dossier = context.dossier();
        if (!requirement.applicability().appliesTo(dossier.subActivities(), dossier.works())) {
            return Findings.notApplicable(requirement, Findings.whyNotApplicable(requirement, context));
        }
        return switch (requirement.rule()) {
            case Rule.LegalFormRule rule -> LegalFormPolicy.evaluate(requirement, rule, context);
            case Rule.ProvisionRule rule -> ProvisionPolicy.evaluate(requirement, rule, context);
            case Rule.StaffRule rule -> StaffPolicy.evaluate(requirement, rule, context);
            case Rule.WorkingCapitalRule rule -> WorkingCapitalPolicy.evaluate(requirement, rule, context);
            case Rule.EquipmentScopeRule rule -> EquipmentScopePolicy.evaluate(requirement, rule, context);
        };
    }

    /** What a policy needs besides the requirement. */
    record Context(Dossier dossier, LocalDate asOf, Edition edition, MrpTable mrp) {
        ClauseRef item() {
            return ClauseRef.item(dossier.activity());
        }
    }
}
