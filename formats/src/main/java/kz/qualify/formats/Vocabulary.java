package kz.qualify.formats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.qualify.law.Edition;
import kz.qualify.law.Editions;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Provision;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The codes a dossier may use, by list, over every edition we hold (a dossier is read before we know
 * the date it is assessed on, so any edition's code is accepted and the evaluator judges the rest).
 *
 * <p>An edition's vocabulary is one flat map, so the lists are derived from where the edition uses
 * each code: an asset category is a code some rule asks for as an asset, a service function one it
 * asks for as a service, and so on; sub-activities, works and equipment kinds come from the
 * activities. Codes no rule names (a copy of an order, "other") are document kinds.
 */
final class Vocabulary {

    /** The lists of codes; the problems' words name each by its constant ({@code {list, select, …}}). */
    enum CodeList {
        SUB_ACTIVITY,
        WORK,
        EQUIPMENT_KIND,
        ASSET_CATEGORY,
        SERVICE_FUNCTION,
        PROGRAMME_KIND,
        CONTRACT_KIND,
        PERMIT_KIND,
        DOCUMENT_KIND
    }

    /** What an activity (annex item) lets a dossier declare, over every edition. */
    record ActivityCodes(int item, Set<String> subActivities, Set<String> works, Set<String> equipmentKinds) {}

    private final Map<CodeList, Set<String>> lists = new EnumMap<>(CodeList.class);
    private final Map<Integer, ActivityCodes> activities = new LinkedHashMap<>();

    Vocabulary(Editions editions) {
        for (var list : CodeList.values()) lists.put(list, new TreeSet<>());
        var all = new TreeSet<String>();
        var byItem = new LinkedHashMap<Integer, List<Set<String>>>();
        for (Edition edition : editions.all()) {
            all.addAll(edition.vocabulary().keySet());
            for (var activity : edition.activities()) {
                var sets = byItem.computeIfAbsent(
                        activity.item(),
                        i -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
                activity.subActivities().forEach(s -> sets.get(0).add(s.code()));
                activity.works().forEach(t -> sets.get(1).add(t.code()));
                activity.equipmentKinds().forEach(t -> sets.get(2).add(t.code()));
            }
            for (var requirement : edition.requirements()) collect(requirement);
        }
        byItem.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> activities.put(
                        e.getKey(),
                        new ActivityCodes(
                                e.getKey(),
                                Set.copyOf(e.getValue().get(0)),
                                Set.copyOf(e.getValue().get(1)),
                                Set.copyOf(e.getValue().get(2)))));
        for (var a : activities.values()) {
            lists.get(CodeList.SUB_ACTIVITY).addAll(a.subActivities());
            lists.get(CodeList.WORK).addAll(a.works());
            lists.get(CodeList.EQUIPMENT_KIND).addAll(a.equipmentKinds());
        }
        var claimed = new TreeSet<String>();
        lists.values().forEach(claimed::addAll);
        for (var code : all) {
            if (!claimed.contains(code)) lists.get(CodeList.DOCUMENT_KIND).add(code);
        }
    }

    private void collect(Requirement requirement) {
        lists.get(CodeList.DOCUMENT_KIND).addAll(requirement.documents());
        switch (requirement.rule()) {
            case Rule.ProvisionRule rule -> {
                for (var need : rule.needs()) {
                    for (var provision : need.anyOf()) {
                        var list = switch (provision) {
                            case Provision.Asset a -> CodeList.ASSET_CATEGORY;
                            case Provision.Service s -> CodeList.SERVICE_FUNCTION;
                            case Provision.Programme p -> CodeList.PROGRAMME_KIND;
                            case Provision.Contract c -> CodeList.CONTRACT_KIND;
                            case Provision.Permit p -> CodeList.PERMIT_KIND;
                            case Provision.Document d -> CodeList.DOCUMENT_KIND;
                        };
                        lists.get(list).add(provision.code());
                    }
                }
            }
            case Rule.WorkingCapitalRule rule ->
                lists.get(CodeList.DOCUMENT_KIND).add(rule.certificateDocument());
            case Rule.EquipmentScopeRule rule -> {
                lists.get(CodeList.EQUIPMENT_KIND).addAll(rule.listedKinds());
                lists.get(CodeList.EQUIPMENT_KIND).addAll(rule.boilerKinds());
                lists.get(CodeList.EQUIPMENT_KIND).addAll(rule.pressureKinds());
            }
            case Rule.LegalFormRule rule -> {}
            case Rule.StaffRule rule -> {}
        }
    }

    boolean contains(CodeList list, String code) {
        return lists.get(list).contains(code);
    }

    Set<String> codes(CodeList list) {
        return lists.get(list);
    }

    @Nullable
    ActivityCodes activity(int item) {
        return activities.get(item);
    }

    Set<Integer> activityItems() {
        return activities.keySet();
    }

    /** The activities under which a sub-activity code is declared. */
    List<Integer> activitiesWithSubActivity(String code) {
        var items = new ArrayList<Integer>();
        for (var a : activities.values()) if (a.subActivities().contains(code)) items.add(a.item());
        return items;
    }

    /** Why {@code code} is not in {@code list}: what it is instead, or what is known, and the nearest code. */
    Message unknown(CodeList list, String code, Set<String> known) {
        CodeList other = null;
        for (var l : CodeList.values()) {
            if (l != list && lists.get(l).contains(code)) {
                other = l;
                break;
            }
        }
        var hint = DossierReader.hint(Suggestion.nearest(code, known));
        var allowed = Arg.text("allowed", String.join(", ", sorted(known)));
        var codeArg = Arg.text("code", code);
        var listArg = Arg.choice("list", list.name());
        return other != null
                ? Message.of(
                        "problem.code.otherList", codeArg, Arg.choice("other", other.name()), listArg, hint, allowed)
                : Message.of("problem.code.unknown", listArg, codeArg, hint, allowed);
    }

    static List<String> sorted(Set<String> codes) {
        return new TreeSet<>(codes).stream().toList();
    }
}
