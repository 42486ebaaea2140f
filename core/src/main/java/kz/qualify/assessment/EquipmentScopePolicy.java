package kz.qualify.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.dossier.EquipmentUnit;
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
        record Outside(Text why) implements Scope {}

        /** Cannot be judged yet: why, and what to state. */
        record Undecided(Text why, Text state) implements Scope {}
    }

    private static final Scope WITHIN = new Scope.Within();

    static Finding evaluate(Requirement r, Rule.EquipmentScopeRule rule, Evaluator.Context context) {
        var units = context.dossier().equipment();
        if (units.isEmpty()) return noneDeclared(r);
        Status status = Status.MET;
        var issues = new ArrayList<Finding.Issue>();
        var remedies = new ArrayList<Text>();
        int inScope = 0;
        for (var u : units) {
            switch (scope(u, rule)) {
                case Scope.Within w -> inScope++;
                case Scope.Outside out -> {
                    status = status.worst(Status.NOT_ELIGIBLE);
                    issues.add(Finding.Issue.of(
                            u.ref(),
                            Text.of(
                                            u.description() + ": outside the licence's scope — ",
                                            u.description() + ": вне сферы действия лицензии — ")
                                    .plus(out.why())));
                    remedies.add(Text.same(u.ref())
                            .plus(Text.of(
                                    ": remove it from the application (no licence under item 4 is needed or available"
                                            + " for it)",
                                    ": исключите его из заявления (лицензия по пункту 4 для него не нужна и не"
                                            + " выдаётся)")));
                }
                case Scope.Undecided missing -> {
                    status = status.worst(Status.MISSING_EVIDENCE);
                    issues.add(Finding.Issue.of(
                            u.ref(), Text.same(u.description() + ": ").plus(missing.why())));
                    remedies.add(Text.same(u.ref())
                            .plus(Text.of(": state ", ": укажите "))
                            .plus(missing.state()));
                }
            }
        }
        return Findings.of(r, status, summary(status), figures(rule, inScope, units.size()), issues, remedies);
    }

    private static Finding noneDeclared(Requirement r) {
        return Findings.of(
                r,
                Status.MISSING_EVIDENCE,
                Text.of("no equipment is declared", "оборудование не заявлено"),
                List.of(),
                List.of(Finding.Issue.of("equipment", Text.of("none declared", "не заявлено"))),
                List.of(Text.of(
                        "declare the equipment to be designed, made, installed or repaired, with its kind"
                                + " (and working pressure and temperature for boilers, vessels and pipelines)",
                        "заявите оборудование, которое будет проектироваться, изготавливаться, монтироваться или"
                                + " ремонтироваться, с его видом (для котлов, сосудов и трубопроводов — с рабочим"
                                + " давлением и температурой)")));
    }

    /**
     * One unit: a kind item 4 lists, not within a single technological process, and above the
     * thresholds its kind has (a boiler both pressure and temperature, a vessel or pipeline pressure).
     */
    static Scope scope(EquipmentUnit u, Rule.EquipmentScopeRule rule) {
        if (!rule.listedKinds().contains(u.kind())) {
            return new Scope.Outside(Text.of(
                    "kind '" + u.kind() + "' is not among the equipment item 4 lists",
                    "вид «" + u.kind() + "» не входит в перечень оборудования пункта 4"));
        }
        if (u.singleTechnologicalProcess()) {
            return new Scope.Outside(Text.of(
                    "equipment used within a single technological process is excluded",
                    "оборудование, используемое в едином технологическом процессе, исключено"));
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
                    Text.of(
                            "a boiler's working pressure and coolant temperature are both needed",
                            "для котла нужны и рабочее давление, и температура теплоносителя"),
                    Text.of(
                            "a boiler's working pressure and coolant temperature",
                            "рабочее давление и температуру теплоносителя котла"));
        }
        if (!above(u.workingPressureKgfCm2(), p) || !above(u.coolantTemperatureC(), t)) {
            return new Scope.Outside(Text.of(
                    "boiler at " + u.workingPressureKgfCm2().toPlainString() + " kgf/cm² and "
                            + u.coolantTemperatureC().toPlainString() + " °C: must be above " + p.toPlainString()
                            + " kgf/cm² and above " + t.toPlainString() + " °C",
                    "котёл на " + ru(u.workingPressureKgfCm2()) + " кгс/см² и " + ru(u.coolantTemperatureC())
                            + " °С: должно быть выше " + ru(p) + " кгс/см² и выше " + ru(t) + " °С"));
        }
        return WITHIN;
    }

    /** A vessel or pipeline must work above the pressure threshold ("выше" is strict). */
    static Scope underPressure(EquipmentUnit u, Rule.EquipmentScopeRule rule) {
        var p = rule.pressureAboveKgfCm2();
        if (u.workingPressureKgfCm2() == null) {
            return new Scope.Undecided(
                    Text.of("the working pressure is needed", "нужно рабочее давление"),
                    Text.of("the working pressure", "рабочее давление"));
        }
        if (!above(u.workingPressureKgfCm2(), p)) {
            return new Scope.Outside(Text.of(
                    "working pressure " + u.workingPressureKgfCm2().toPlainString() + " kgf/cm² is not above "
                            + p.toPlainString() + " kgf/cm²",
                    "рабочее давление " + ru(u.workingPressureKgfCm2()) + " кгс/см² не выше " + ru(p) + " кгс/см²"));
        }
        return WITHIN;
    }

    private static List<Text> figures(Rule.EquipmentScopeRule rule, int inScope, int declared) {
        var p = rule.pressureAboveKgfCm2();
        var t = rule.boilerTemperatureAboveC();
        return List.of(
                Text.of(
                        inScope + " of " + declared + " declared unit(s) within the scope",
                        "в сфере действия: " + inScope + " из " + declared + " заявленных единиц"),
                Text.of(
                        "boilers: pressure > " + p.toPlainString() + " kgf/cm² and temperature > "
                                + t.toPlainString() + " °C; vessels and pipelines: pressure > " + p.toPlainString()
                                + " kgf/cm²",
                        "котлы: давление > " + ru(p) + " кгс/см² и температура > " + ru(t)
                                + " °С; сосуды и трубопроводы: давление > " + ru(p) + " кгс/см²"));
    }

    private static Text summary(Status status) {
        return switch (status) {
            case MET ->
                Text.of(
                        "all declared equipment is within item 4's scope",
                        "всё заявленное оборудование входит в сферу действия пункта 4");
            case NOT_ELIGIBLE ->
                Text.of(
                        "some declared equipment is outside item 4's scope",
                        "часть заявленного оборудования вне сферы действия пункта 4");
            default ->
                Text.of(
                        "the scope cannot be decided for some equipment",
                        "для части оборудования сферу действия определить нельзя");
        };
    }

    private static boolean above(BigDecimal value, BigDecimal limit) {
        return value.compareTo(limit) > 0;
    }

    /** A measure as Russian writes it: a decimal comma. */
    private static String ru(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
