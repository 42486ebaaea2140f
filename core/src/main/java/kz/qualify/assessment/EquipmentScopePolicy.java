package kz.qualify.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.dossier.EquipmentUnit;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/**
 * Item 4's scope: which equipment the licence can cover. "Выше" is strict: a boiler at exactly 0,7
 * kgf/cm² or 115 °С is outside it, and a boiler must exceed both.
 */
final class EquipmentScopePolicy {

    private EquipmentScopePolicy() {}

    /** Where one declared unit stands against item 4's scope. */
    sealed interface Scope {
        record Within() implements Scope {}

        /** Outside the scope: why. */
        record Outside(Message why) implements Scope {}

        /** Cannot be judged yet: why, and what to state. */
        record Undecided(Message why, Message state) implements Scope {}
    }

    private static final Scope WITHIN = new Scope.Within();

    static Finding evaluate(Requirement r, Rule.EquipmentScopeRule rule, Evaluator.Context context) {
        var units = context.dossier().equipment();
        if (units.isEmpty()) return noneDeclared(r);
        Status status = Status.MET;
        var issues = new ArrayList<Finding.Issue>();
        var remedies = new ArrayList<Message>();
        int inScope = 0;
        for (var u : units) {
            switch (scope(u, rule)) {
                case Scope.Within w -> inScope++;
                case Scope.Outside out -> {
                    status = status.worst(Status.NOT_ELIGIBLE);
                    issues.add(new Finding.Issue(u.ref(), outside(u, out)));
                    remedies.add(Message.of("remedy.equipment.remove", Arg.text("ref", u.ref())));
                }
                case Scope.Undecided undecided -> {
                    status = status.worst(Status.MISSING_EVIDENCE);
                    issues.add(new Finding.Issue(u.ref(), undecided(u, undecided)));
                    remedies.add(Message.of(
                            "remedy.equipment.state",
                            Arg.text("ref", u.ref()),
                            Arg.message("what", undecided.state())));
                }
            }
        }
        return Findings.of(r, status, summary(status), figures(rule, inScope, units.size()), issues, remedies);
    }

    /** The issue of a unit outside the scope: the unit as the applicant describes it, and why. */
    static Message outside(EquipmentUnit u, Scope.Outside out) {
        return Message.of("issue.equipment.outside", Arg.text("unit", u.description()), Arg.message("why", out.why()));
    }

    /** The issue of a unit whose place cannot be judged: the unit, and what is missing. */
    static Message undecided(EquipmentUnit u, Scope.Undecided undecided) {
        return Message.of(
                "issue.equipment.undecided", Arg.text("unit", u.description()), Arg.message("why", undecided.why()));
    }

    private static Finding noneDeclared(Requirement r) {
        return Findings.of(
                r,
                Status.MISSING_EVIDENCE,
                Message.of("finding.equipment.noneDeclared"),
                List.of(),
                List.of(new Finding.Issue("equipment", Message.of("issue.equipment.noneDeclared"))),
                List.of(Message.of("remedy.equipment.declare")));
    }

    /**
     * One unit: a kind item 4 lists, not within a single technological process, and above the
     * thresholds its kind has (a boiler both pressure and temperature, a vessel or pipeline pressure).
     */
    static Scope scope(EquipmentUnit u, Rule.EquipmentScopeRule rule) {
        if (!rule.listedKinds().contains(u.kind())) {
            // the kind as the applicant wrote it: item 4's list has no name for it
            return new Scope.Outside(Message.of("issue.equipment.kindNotListed", Arg.text("kind", u.kind())));
        }
        if (u.singleTechnologicalProcess()) {
            return new Scope.Outside(Message.of("issue.equipment.singleProcess"));
        }
        if (rule.boilerKinds().contains(u.kind())) return boiler(u, rule);
        if (rule.pressureKinds().contains(u.kind())) return underPressure(u, rule);
        return WITHIN;
    }

    /** A boiler must be above both thresholds, the working pressure and the coolant temperature ("выше" is strict). */
    static Scope boiler(EquipmentUnit u, Rule.EquipmentScopeRule rule) {
        var p = rule.pressureAboveKgfCm2();
        var t = rule.boilerTemperatureAboveC();
        if (u.workingPressureKgfCm2() == null || u.coolantTemperatureC() == null) {
            return new Scope.Undecided(
                    Message.of("issue.equipment.boiler.measuresNeeded"),
                    Message.of("remedy.equipment.what.boilerMeasures"));
        }
        if (!above(u.workingPressureKgfCm2(), p) || !above(u.coolantTemperatureC(), t)) {
            return new Scope.Outside(Message.of(
                    "issue.equipment.boiler.notAbove",
                    Arg.decimal("pressure", u.workingPressureKgfCm2()),
                    Arg.decimal("temperature", u.coolantTemperatureC()),
                    Arg.decimal("pressureAbove", p),
                    Arg.decimal("temperatureAbove", t)));
        }
        return WITHIN;
    }

    /** A vessel or pipeline must work above the pressure threshold ("выше" is strict). */
    static Scope underPressure(EquipmentUnit u, Rule.EquipmentScopeRule rule) {
        var p = rule.pressureAboveKgfCm2();
        if (u.workingPressureKgfCm2() == null) {
            return new Scope.Undecided(
                    Message.of("issue.equipment.pressureNeeded"), Message.of("remedy.equipment.what.pressure"));
        }
        if (!above(u.workingPressureKgfCm2(), p)) {
            return new Scope.Outside(Message.of(
                    "issue.equipment.pressureNotAbove",
                    Arg.decimal("pressure", u.workingPressureKgfCm2()),
                    Arg.decimal("pressureAbove", p)));
        }
        return WITHIN;
    }

    static List<Message> figures(Rule.EquipmentScopeRule rule, int inScope, int declared) {
        return List.of(
                Message.of("figure.equipment.inScope", Arg.count("inScope", inScope), Arg.count("declared", declared)),
                Message.of(
                        "figure.equipment.thresholds",
                        Arg.decimal("pressureAbove", rule.pressureAboveKgfCm2()),
                        Arg.decimal("temperatureAbove", rule.boilerTemperatureAboveC())));
    }

    static Message summary(Status status) {
        return switch (status) {
            case MET -> Message.of("finding.equipment.MET");
            case NOT_ELIGIBLE -> Message.of("finding.equipment.NOT_ELIGIBLE");
            default -> Message.of("finding.equipment.undecided");
        };
    }

    private static boolean above(BigDecimal value, BigDecimal limit) {
        return value.compareTo(limit) > 0;
    }
}
