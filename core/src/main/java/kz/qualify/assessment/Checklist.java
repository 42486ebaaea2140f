package kz.qualify.assessment;

import java.util.List;
import java.util.Set;
import kz.qualify.law.Edition;
import kz.qualify.rules.Applicability;
import kz.qualify.rules.Need;
import kz.qualify.rules.Provision;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/**
 * What an applicant must prepare for an activity: every requirement of the item that applies to
 * the declared sub-activities and works, with what to provide and the documents to present.
 */
public final class Checklist {

    private Checklist() {}

    /**
     * One line of the checklist.
     *
     * @param requirement the requirement
     * @param provide what to have, one line per need ("электрические сети: an asset …")
     * @param provideRu the same lines in Russian
     * @param documents codes of the documents to present
     */
    public record Line(Requirement requirement, List<String> provide, List<String> provideRu, List<String> documents) {}

    /** The lines for an item; with nothing declared, requirements that depend on declarations are listed too. */
    public static List<Line> of(Edition edition, int activity, Set<String> subActivities, Set<String> works) {
        boolean declaredNothing = subActivities.isEmpty() && works.isEmpty();
        return edition.requirementsOf(activity).stream()
                .filter(r -> declaredNothing && !(r.applicability() instanceof Applicability.Always)
                        || r.applicability().appliesTo(subActivities, works))
                .map(r -> {
                    var provide = provide(r, edition);
                    return new Line(
                            r,
                            provide.stream().map(Text::en).toList(),
                            provide.stream().map(Text::ru).toList(),
                            evidence(r));
                })
                .toList();
    }

    private static List<Text> provide(Requirement r, Edition edition) {
        return switch (r.rule()) {
            case Rule.LegalFormRule rule ->
                List.of(Text.of(
                        "apply as one of "
                                + rule.allowed().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toList(),
                        "заявитель — "
                                + String.join(
                                        ", ",
                                        rule.allowed().stream()
                                                .sorted()
                                                .map(LegalFormPolicy::russian)
                                                .toList())));
            case Rule.ProvisionRule rule ->
                rule.needs().stream().map(n -> describe(n, edition)).toList();
            case Rule.StaffRule rule -> {
                var lines = new java.util.ArrayList<Text>();
                if (rule.minSharePercent() != null) {
                    lines.add(
                            Text.of(
                                    "at least " + rule.minSharePercent()
                                            + " % of production staff are qualified managers and specialists",
                                    "не менее " + rule.minSharePercent()
                                            + " % производственного персонала — квалифицированные технические руководители и специалисты"));
                }
                lines.add(Text.of("managers: ", "руководители: ")
                        .plus(rule.managers().wording()));
                lines.add(Text.of("specialists: ", "специалисты: ")
                        .plus(rule.specialists().wording()));
                yield lines;
            }
            case Rule.WorkingCapitalRule rule ->
                List.of(Text.of(
                        "working capital of at least " + rule.minMrp()
                                + " МРП at the МРП in force on the assessment date, confirmed by a bank certificate",
                        "оборотные средства не менее " + rule.minMrp()
                                + " МРП по МРП, действующему на дату оценки, подтверждённые банковской справкой"));
            case Rule.EquipmentScopeRule rule -> {
                var p = rule.pressureAboveKgfCm2().toPlainString();
                var t = rule.boilerTemperatureAboveC().toPlainString();
                yield List.of(Text.of(
                        "declare each unit of equipment with its kind; boilers with working pressure (> " + p
                                + " kgf/cm²) and coolant temperature (> " + t
                                + " °C); vessels and pipelines with working pressure",
                        "укажите каждую единицу оборудования с его видом; для котлов — рабочее давление (> "
                                + p.replace('.', ',') + " кгс/см²) и температуру теплоносителя (> "
                                + t.replace('.', ',') + " °С); для сосудов и трубопроводов — рабочее давление"));
            }
        };
    }

    private static Text describe(Need need, Edition edition) {
        var options = need.anyOf().stream()
                .map(p -> describe(
                        p,
                        Text.of(
                                edition.label(p.code()) + " [" + p.code() + "]",
                                "«" + edition.labelRu(p.code()) + "»")))
                .toList();
        return Text.same(need.label() + ": ")
                .plus(Text.join(Text.of(" OR ", " ИЛИ "), options))
                .plus(
                        need.absence() == Need.Absence.NEEDS_REVIEW
                                ? Text.of(
                                        " (where applicable; the officer judges)",
                                        " (где это применимо; оценивает должностное лицо лицензиара)")
                                : Text.same(""));
    }

    private static Text describe(Provision p, Text name) {
        return switch (p) {
            case Provision.Asset a ->
                Text.of("asset ", "имущество ")
                        .plus(name)
                        .plus(Text.of(
                                ", owned or on another legal basis, with a copy of the title document",
                                " в собственности или на ином законном основании, с копией правоустанавливающего"
                                        + " документа"));
            case Provision.Service s ->
                Text.of("service ", "служба ")
                        .plus(name)
                        .plus(Text.of(
                                ", with a copy of the order establishing it",
                                " с копией приказа о её создании (о назначении ответственных лиц)"));
            case Provision.Programme pr ->
                Text.of("approved programme ", "утверждённая программа ")
                        .plus(name)
                        .plus(
                                pr.onSchedule()
                                        ? Text.of(
                                                ", implemented on schedule", ", реализуемая в соответствии с графиком")
                                        : Text.same(""));
            case Provision.Contract c ->
                (c.protocolOfIntentAccepted()
                                ? Text.of("contract or protocol of intent ", "договор или протокол намерений ")
                                : Text.of("contract ", "договор "))
                        .plus(name)
                        .plus(
                                c.backupSupply()
                                        ? Text.of(
                                                " with backup supply in case of accidents",
                                                " с резервным замещением на случай аварий")
                                        : Text.same(""))
                        .plus(Text.of(", with a copy", ", с копией"));
            case Provision.Permit pe ->
                Text.of("licence or permit ", "лицензия или разрешение ")
                        .plus(name)
                        .plus(Text.of(", with a copy", ", с копией"));
            case Provision.Document d ->
                Text.of("document ", "документ ")
                        .plus(name)
                        .plus(
                                d.certifiedByHead()
                                        ? Text.of(
                                                ", signed by the head and sealed",
                                                ", заверенный печатью и подписью первого руководителя")
                                        : Text.same(""));
        };
    }

    private static List<String> evidence(Requirement r) {
        var docs = new java.util.LinkedHashSet<>(r.documents());
        if (r.rule() instanceof Rule.ProvisionRule rule) {
            for (var need : rule.needs()) {
                for (var p : need.anyOf()) {
                    switch (p) {
                        case Provision.Asset a -> docs.add("title-document");
                        case Provision.Service s -> docs.add("order");
                        case Provision.Programme pr -> docs.add("approved-programme");
                        case Provision.Contract c -> docs.add("contract-copy");
                        case Provision.Permit pe -> docs.add("permit-copy");
                        case Provision.Document d -> docs.add(d.code());
                    }
                }
            }
        }
        if (r.rule() instanceof Rule.WorkingCapitalRule rule) docs.add(rule.certificateDocument());
        return List.copyOf(docs);
    }
}
