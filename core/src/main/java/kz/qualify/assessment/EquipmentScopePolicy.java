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

    /** Why a unit cannot be judged yet: what to state, in each language. */
    private record Missing(Text why, Text state) {}

    static Finding evaluate(Requirement r, Rule.EquipmentScopeRule rule, Evaluator.Context context) {
        var units = context.dossier().equipment();
        if (units.isEmpty()) {
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
        Status status = Status.MET;
        var issues = new ArrayList<Finding.Issue>();
        var remedies = new ArrayList<Text>();
        int inScope = 0;
        var p = rule.pressureAboveKgfCm2();
        var t = rule.boilerTemperatureAboveC();
        for (var u : units) {
            Text out = null;
            Missing missing = null;
            if (!rule.listedKinds().contains(u.kind())) {
                out = Text.of(
                        "kind '" + u.kind() + "' is not among the equipment item 4 lists",
                        "вид «" + u.kind() + "» не входит в перечень оборудования пункта 4");
            } else if (u.singleTechnologicalProcess()) {
                out = Text.of(
                        "equipment used within a single technological process is excluded",
                        "оборудование, используемое в едином технологическом процессе, исключено");
            } else if (rule.boilerKinds().contains(u.kind())) {
                if (u.workingPressureKgfCm2() == null || u.coolantTemperatureC() == null) {
                    missing = new Missing(
                            Text.of(
                                    "a boiler's working pressure and coolant temperature are both needed",
                                    "для котла нужны и рабочее давление, и температура теплоносителя"),
                            Text.of(
                                    "a boiler's working pressure and coolant temperature",
                                    "рабочее давление и температуру теплоносителя котла"));
                } else if (!above(u.workingPressureKgfCm2(), p) || !above(u.coolantTemperatureC(), t)) {
                    out = Text.of(
                            "boiler at " + u.workingPressureKgfCm2().toPlainString() + " kgf/cm² and "
                                    + u.coolantTemperatureC().toPlainString() + " °C: must be above "
                                    + p.toPlainString() + " kgf/cm² and above " + t.toPlainString() + " °C",
                            "котёл на " + ru(u.workingPressureKgfCm2()) + " кгс/см² и " + ru(u.coolantTemperatureC())
                                    + " °С: должно быть выше " + ru(p) + " кгс/см² и выше " + ru(t) + " °С");
                }
            } else if (rule.pressureKinds().contains(u.kind())) {
                if (u.workingPressureKgfCm2() == null) {
                    missing = new Missing(
                            Text.of("the working pressure is needed", "нужно рабочее давление"),
                            Text.of("the working pressure", "рабочее давление"));
                } else if (!above(u.workingPressureKgfCm2(), p)) {
                    out = Text.of(
                            "working pressure " + u.workingPressureKgfCm2().toPlainString() + " kgf/cm² is not above "
                                    + p.toPlainString() + " kgf/cm²",
                            "рабочее давление " + ru(u.workingPressureKgfCm2()) + " кгс/см² не выше " + ru(p)
                                    + " кгс/см²");
                }
            }
            if (out != null) {
                status = status.worst(Status.NOT_ELIGIBLE);
                issues.add(Finding.Issue.of(
                        u.ref(),
                        Text.of(
                                        u.description() + ": outside the licence's scope — ",
                                        u.description() + ": вне сферы действия лицензии — ")
                                .plus(out)));
                remedies.add(Text.same(u.ref())
                        .plus(Text.of(
                                ": remove it from the application (no licence under item 4 is needed or available"
                                        + " for it)",
                                ": исключите его из заявления (лицензия по пункту 4 для него не нужна и не"
                                        + " выдаётся)")));
            } else if (missing != null) {
                status = status.worst(Status.MISSING_EVIDENCE);
                issues.add(Finding.Issue.of(
                        u.ref(), Text.same(u.description() + ": ").plus(missing.why())));
                remedies.add(Text.same(u.ref())
                        .plus(Text.of(": state ", ": укажите "))
                        .plus(missing.state()));
            } else {
                inScope++;
            }
        }
        var figures = List.of(
                Text.of(
                        inScope + " of " + units.size() + " declared unit(s) within the scope",
                        "в сфере действия: " + inScope + " из " + units.size() + " заявленных единиц"),
                Text.of(
                        "boilers: pressure > " + p.toPlainString() + " kgf/cm² and temperature > "
                                + t.toPlainString() + " °C; vessels and pipelines: pressure > " + p.toPlainString()
                                + " kgf/cm²",
                        "котлы: давление > " + ru(p) + " кгс/см² и температура > " + ru(t)
                                + " °С; сосуды и трубопроводы: давление > " + ru(p) + " кгс/см²"));
        var summary = switch (status) {
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
        return Findings.of(r, status, summary, figures, issues, remedies);
    }

    private static boolean above(BigDecimal value, BigDecimal limit) {
        return value.compareTo(limit) > 0;
    }

    /** A measure as Russian writes it: a decimal comma. */
    private static String ru(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
