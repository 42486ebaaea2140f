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
                .map(r -> new Line(r, provide(r, edition), provideRu(r, edition), evidence(r)))
                .toList();
    }

    private static List<String> provide(Requirement r, Edition edition) {
        return switch (r.rule()) {
            case Rule.LegalFormRule rule ->
                List.of("apply as one of "
                        + rule.allowed().stream().map(Enum::name).sorted().toList());
            case Rule.ProvisionRule rule ->
                rule.needs().stream().map(n -> describe(n, edition)).toList();
            case Rule.StaffRule rule -> {
                var lines = new java.util.ArrayList<String>();
                if (rule.minSharePercent() != null) {
                    lines.add("at least " + rule.minSharePercent()
                            + " % of production staff are qualified managers and specialists");
                }
                lines.add("managers: " + rule.managers().wording());
                lines.add("specialists: " + rule.specialists().wording());
                yield lines;
            }
            case Rule.WorkingCapitalRule rule ->
                List.of("working capital of at least " + rule.minMrp()
                        + " МРП at the МРП in force on the assessment date, confirmed by a bank certificate");
            case Rule.EquipmentScopeRule rule ->
                List.of("declare each unit of equipment with its kind; boilers with working pressure (> "
                        + rule.pressureAboveKgfCm2().toPlainString() + " kgf/cm²) and coolant temperature (> "
                        + rule.boilerTemperatureAboveC().toPlainString()
                        + " °C); vessels and pipelines with working pressure");
        };
    }

    private static String describe(Need need, Edition edition) {
        var options = need.anyOf().stream()
                .map(p -> describe(p, edition.label(p.code()) + " [" + p.code() + "]"))
                .toList();
        return need.label() + ": " + String.join(" OR ", options)
                + (need.absence() == Need.Absence.NEEDS_REVIEW ? " (where applicable; the officer judges)" : "");
    }

    private static String describe(Provision p, String name) {
        return switch (p) {
            case Provision.Asset a ->
                "asset " + name + ", owned or on another legal basis, with a copy of the title document";
            case Provision.Service s -> "service " + name + ", with a copy of the order establishing it";
            case Provision.Programme pr ->
                "approved programme " + name + (pr.onSchedule() ? ", implemented on schedule" : "");
            case Provision.Contract c ->
                (c.protocolOfIntentAccepted() ? "contract or protocol of intent " : "contract ") + name
                        + (c.backupSupply() ? " with backup supply in case of accidents" : "") + ", with a copy";
            case Provision.Permit pe -> "licence or permit " + name + ", with a copy";
            case Provision.Document d ->
                "document " + name + (d.certifiedByHead() ? ", signed by the head and sealed" : "");
        };
    }

    private static List<String> provideRu(Requirement r, Edition edition) {
        return switch (r.rule()) {
            case Rule.LegalFormRule rule ->
                List.of("заявитель — "
                        + String.join(
                                ", ",
                                rule.allowed().stream()
                                        .sorted()
                                        .map(LegalFormPolicy::russian)
                                        .toList()));
            case Rule.ProvisionRule rule ->
                rule.needs().stream().map(n -> describeRu(n, edition)).toList();
            case Rule.StaffRule rule -> {
                var lines = new java.util.ArrayList<String>();
                if (rule.minSharePercent() != null) {
                    lines.add(
                            "не менее " + rule.minSharePercent()
                                    + " % производственного персонала — квалифицированные технические руководители и специалисты");
                }
                lines.add("руководители: " + rule.managers().wording());
                lines.add("специалисты: " + rule.specialists().wording());
                yield lines;
            }
            case Rule.WorkingCapitalRule rule ->
                List.of("оборотные средства не менее " + rule.minMrp()
                        + " МРП по МРП, действующему на дату оценки, подтверждённые банковской справкой");
            case Rule.EquipmentScopeRule rule ->
                List.of("укажите каждую единицу оборудования с его видом; для котлов — рабочее давление (> "
                        + rule.pressureAboveKgfCm2().toPlainString().replace('.', ',') + " кгс/см²) и температуру"
                        + " теплоносителя (> "
                        + rule.boilerTemperatureAboveC().toPlainString().replace('.', ',')
                        + " °С); для сосудов и трубопроводов — рабочее давление");
        };
    }

    private static String describeRu(Need need, Edition edition) {
        var options = need.anyOf().stream()
                .map(p -> {
                    var term = edition.vocabulary().get(p.code());
                    return describeRu(p, "«" + (term == null ? p.code() : term.ru()) + "»");
                })
                .toList();
        return need.label() + ": " + String.join(" ИЛИ ", options)
                + (need.absence() == Need.Absence.NEEDS_REVIEW
                        ? " (где это применимо; оценивает должностное лицо лицензиара)"
                        : "");
    }

    private static String describeRu(Provision p, String name) {
        return switch (p) {
            case Provision.Asset a ->
                "имущество " + name
                        + " в собственности или на ином законном основании, с копией правоустанавливающего документа";
            case Provision.Service s ->
                "служба " + name + " с копией приказа о её создании (о назначении ответственных лиц)";
            case Provision.Programme pr ->
                "утверждённая программа " + name + (pr.onSchedule() ? ", реализуемая в соответствии с графиком" : "");
            case Provision.Contract c ->
                (c.protocolOfIntentAccepted() ? "договор или протокол намерений " : "договор ") + name
                        + (c.backupSupply() ? " с резервным замещением на случай аварий" : "") + ", с копией";
            case Provision.Permit pe -> "лицензия или разрешение " + name + ", с копией";
            case Provision.Document d ->
                "документ " + name
                        + (d.certifiedByHead() ? ", заверенный печатью и подписью первого руководителя" : "");
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
