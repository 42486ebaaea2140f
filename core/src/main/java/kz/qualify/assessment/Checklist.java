package kz.qualify.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qualify.law.Edition;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Applicability;
import kz.qualify.rules.Need;
import kz.qualify.rules.Provision;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/**
 * What an applicant must prepare for an activity: every requirement of the item that applies to
 * the declared sub-activities and works, with what to provide and the documents to present.
 *
 * <p>What to provide is said as messages ({@code checklist.*} in the findings' bundles): the reader's
 * language words them, naming the needs, codes and legal forms from the edition's glossary.
 */
public final class Checklist {

    private Checklist() {}

    /**
     * One line of the checklist.
     *
     * @param requirement the requirement
     * @param provide what to have, one message per need ("электрические сети: an asset …")
     * @param documents codes of the documents to present
     */
    public record Line(Requirement requirement, List<Message> provide, List<String> documents) {
        public Line {
            provide = List.copyOf(provide);
            documents = List.copyOf(documents);
        }
    }

    /** The lines for an item; with nothing declared, requirements that depend on declarations are listed too. */
    public static List<Line> of(Edition edition, int activity, Set<String> subActivities, Set<String> works) {
        boolean declaredNothing = subActivities.isEmpty() && works.isEmpty();
        return edition.requirementsOf(activity).stream()
                .filter(r -> declaredNothing && !(r.applicability() instanceof Applicability.Always)
                        || r.applicability().appliesTo(subActivities, works))
                .map(r -> new Line(r, provide(r), evidence(r)))
                .toList();
    }

    private static List<Message> provide(Requirement r) {
        return switch (r.rule()) {
            case Rule.LegalFormRule rule -> List.of(whoMayApply(rule));
            case Rule.ProvisionRule rule -> {
                var lines = new ArrayList<Message>(rule.needs().size());
                for (int i = 0; i < rule.needs().size(); i++)
                    lines.add(need(r.id() + "/" + (i + 1), rule.needs().get(i)));
                yield lines;
            }
            case Rule.StaffRule rule -> {
                var lines = new ArrayList<Message>(3);
                if (rule.minSharePercent() != null)
                    lines.add(Message.of("checklist.staff.share", Arg.count("percent", rule.minSharePercent())));
                // the standards are the law's own words for them, quoted as they are
                lines.add(Message.of(
                        "checklist.staff.managers",
                        Arg.text("standard", rule.managers().wording())));
                lines.add(Message.of(
                        "checklist.staff.specialists",
                        Arg.text("standard", rule.specialists().wording())));
                yield lines;
            }
            case Rule.WorkingCapitalRule rule ->
                List.of(Message.of("checklist.workingCapital", Arg.count("mrp", rule.minMrp())));
            case Rule.EquipmentScopeRule rule ->
                List.of(Message.of(
                        "checklist.equipmentScope",
                        Arg.decimal("pressure", rule.pressureAboveKgfCm2()),
                        Arg.decimal("temperature", rule.boilerTemperatureAboveC())));
        };
    }

    /**
     * The forms that may apply, in the annex's order; {@code codes} are their constant names in
     * alphabetical order, which the English checklist has always printed.
     */
    private static Message whoMayApply(Rule.LegalFormRule rule) {
        var forms =
                rule.allowed().stream().sorted().map(f -> Arg.label("form", f)).toList();
        var codes = rule.allowed().stream()
                .map(Enum::name)
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
        return Message.of("checklist.legalForm", Arg.items("forms", "list.comma", forms), Arg.text("codes", codes));
    }

    /** A need and its alternatives, any one of which meets it. */
    private static Message need(String needId, Need need) {
        var options =
                need.anyOf().stream().map(p -> Arg.message("option", option(p))).toList();
        return Message.of(
                "checklist.need",
                Arg.need("need", needId),
                Arg.items("options", "list.OR", options),
                Arg.choice("review", need.absence() == Need.Absence.NEEDS_REVIEW));
    }

    private static Message option(Provision p) {
        var name = Arg.message(
                "name", Message.of("checklist.name", Arg.code("term", p.code()), Arg.text("code", p.code())));
        return switch (p) {
            case Provision.Asset a -> Message.of("checklist.asset", name);
            case Provision.Service s -> Message.of("checklist.service", name);
            case Provision.Programme pr ->
                Message.of("checklist.programme", name, Arg.choice("onSchedule", pr.onSchedule()));
            case Provision.Contract c ->
                Message.of(
                        "checklist.contract",
                        name,
                        Arg.choice("protocolOfIntent", c.protocolOfIntentAccepted()),
                        Arg.choice("backupSupply", c.backupSupply()));
            case Provision.Permit pe -> Message.of("checklist.permit", name);
            case Provision.Document d ->
                Message.of("checklist.document", name, Arg.choice("certified", d.certifiedByHead()));
        };
    }

    private static List<String> evidence(Requirement r) {
        var docs = new LinkedHashSet<>(r.documents());
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
