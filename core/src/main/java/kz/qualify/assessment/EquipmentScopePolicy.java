package kz.qualify.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/**
 * Item 4's scope: which equipment the licence can cover. "Выше" is strict: a boiler at exactly 0,7
 * kgf/cm² or 115 °С is outside it, and a boiler must exceed both.
 */
final class EquipmentScopePolicy {

    private EquipmentScopePolicy() {}

    static Finding evaluate(Requirement r, Rule.EquipmentScopeRule rule, Evaluator.Context context) {
        var units = context.dossier().equipment();
        if (units.isEmpty()) {
            return Findings.of(
                    r,
                    Status.MISSING_EVIDENCE,
                    "no equipment is declared",
                    List.of(),
                    List.of(new Finding.Issue("equipment", "none declared")),
                    List.of("declare the equipment to be designed, made, installed or repaired, with its kind"
                            + " (and working pressure and temperature for boilers, vessels and pipelines)"));
        }
        Status status = Status.MET;
        var issues = new ArrayList<Finding.Issue>();
        var remedies = new ArrayList<String>();
        int inScope = 0;
        var p = rule.pressureAboveKgfCm2();
        var t = rule.boilerTemperatureAboveC();
        for (var u : units) {
            String out = null;
            String missing = null;
            if (!rule.listedKinds().contains(u.kind())) {
                out = "kind '" + u.kind() + "' is not among the equipment item 4 lists";
            } else if (u.singleTechnologicalProcess()) {
                out = "equipment used within a single technological process is excluded";
            } else if (rule.boilerKinds().contains(u.kind())) {
                if (u.workingPressureKgfCm2() == null || u.coolantTemperatureC() == null) {
                    missing = "a boiler's working pressure and coolant temperature are both needed";
                } else if (!above(u.workingPressureKgfCm2(), p) || !above(u.coolantTemperatureC(), t)) {
                    out = "boiler at " + u.workingPressureKgfCm2().toPlainString() + " kgf/cm² and "
                            + u.coolantTemperatureC().toPlainString() + " °C: must be above " + p.toPlainString()
                            + " kgf/cm² and above " + t.toPlainString() + " °C";
                }
            } else if (rule.pressureKinds().contains(u.kind())) {
                if (u.workingPressureKgfCm2() == null) {
                    missing = "the working pressure is needed";
                } else if (!above(u.workingPressureKgfCm2(), p)) {
                    out = "working pressure " + u.workingPressureKgfCm2().toPlainString() + " kgf/cm² is not above "
                            + p.toPlainString() + " kgf/cm²";
                }
            }
            if (out != null) {
                status = status.worst(Status.NOT_ELIGIBLE);
                issues.add(new Finding.Issue(u.ref(), u.description() + ": outside the licence's scope — " + out));
                remedies.add(u.ref()
                        + ": remove it from the application (no licence under item 4 is needed or available for it)");
            } else if (missing != null) {
                status = status.worst(Status.MISSING_EVIDENCE);
                issues.add(new Finding.Issue(u.ref(), u.description() + ": " + missing));
                remedies.add(
                        u.ref() + ": state " + missing.replace(" is needed", "").replace(" are both needed", ""));
            } else {
                inScope++;
            }
        }
        var figures = List.of(
                inScope + " of " + units.size() + " declared unit(s) within the scope",
                "boilers: pressure > " + p.toPlainString() + " kgf/cm² and temperature > " + t.toPlainString()
                        + " °C; vessels and pipelines: pressure > " + p.toPlainString() + " kgf/cm²");
        var summary = switch (status) {
            case MET -> "all declared equipment is within item 4's scope";
            case NOT_ELIGIBLE -> "some declared equipment is outside item 4's scope";
            default -> "the scope cannot be decided for some equipment";
        };
        return Findings.of(r, status, summary, figures, issues, remedies);
    }

    private static boolean above(BigDecimal value, BigDecimal limit) {
        return value.compareTo(limit) > 0;
    }
}
