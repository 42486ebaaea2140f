package kz.qualify.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.qualify.dossier.LegalForm;
import kz.qualify.law.Activity;
import kz.qualify.law.ClauseRef;
import kz.qualify.law.Edition;
import kz.qualify.law.Editions;
import kz.qualify.law.Publication;
import kz.qualify.law.Term;
import kz.qualify.rules.Applicability;
import kz.qualify.rules.Need;
import kz.qualify.rules.Provision;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/**
 * A small edition built in code, so the reader's tests do not move when the catalog's rules file
 * does: seven activities, item 3's sub-activities, item 4's works and equipment, and one
 * requirement per kind of provision so every code list has members.
 */
final class TestEdition {

    private TestEdition() {}

    static Editions editions() {
        return new Editions(List.of(edition()));
    }

    static Edition edition() {
        var terms = new ArrayList<Term>();
        for (var code : List.of(
                "3.a5",
                "3.a16",
                "oil-gas-processing-design",
                "design",
                "manufacture",
                "commissioning",
                "installation",
                "repair",
                "boiler",
                "pressure-vessel",
                "drilling",
                "electric-networks",
                "substations",
                "production-base",
                "consumer-office",
                "operation-maintenance",
                "labour-safety",
                "dispatch-service",
                "repair-plan",
                "safety-programme",
                "dispatch-contract",
                "generation-supply-contract",
                "explosives-storage-permit",
                "title-document",
                "order",
                "bank-certificate",
                "staffing-schedule",
                "contract-copy",
                "approved-programme",
                "permit-copy",
                "other")) {
            terms.add(new Term(code));
        }
        var sub = List.of(
                new Activity.SubActivity("3.a5", 5),
                new Activity.SubActivity("3.a16", 16),
                new Activity.SubActivity("oil-gas-processing-design", 0));
        var works = terms.stream()
                .filter(t -> Set.of("design", "manufacture", "commissioning", "installation", "repair")
                        .contains(t.code()))
                .toList();
        var kinds = terms.stream()
                .filter(t -> Set.of("boiler", "pressure-vessel", "drilling").contains(t.code()))
                .toList();
        var activities = new ArrayList<Activity>();
        for (int item = 1; item <= 7; item++) {
            activities.add(new Activity(
                    item, item == 3 ? sub : List.of(), item == 4 ? works : List.of(), item == 4 ? kinds : List.of()));
        }
        var requirements = List.of(
                provision(
                        "1.1",
                        List.of(
                                new Provision.Asset("electric-networks"), new Provision.Asset("substations"),
                                new Provision.Asset("production-base"), new Provision.Asset("consumer-office")),
                        List.of("staffing-schedule")),
                provision(
                        "1.2",
                        List.of(
                                new Provision.Service("operation-maintenance"),
                                new Provision.Service("labour-safety"),
                                new Provision.Service("dispatch-service")),
                        List.of()),
                provision(
                        "1.4",
                        List.of(
                                new Provision.Programme("repair-plan", true),
                                new Provision.Programme("safety-programme", true)),
                        List.of()),
                provision(
                        "7.2",
                        List.of(
                                new Provision.Contract("dispatch-contract", true, false),
                                new Provision.Contract("generation-supply-contract", true, true)),
                        List.of()),
                provision("3.2", List.of(new Provision.Permit("explosives-storage-permit")), List.of()),
                new Requirement(
                        "7.3",
                        ClauseRef.subitem(7, 3),
                        "capital",
                        "оборотных средств",
                        "",
                        new Applicability.Always(),
                        new Rule.WorkingCapitalRule(10_000, "bank-certificate"),
                        List.of()),
                new Requirement(
                        "4#scope",
                        ClauseRef.item(4),
                        "scope",
                        "котлов",
                        "",
                        new Applicability.Always(),
                        new Rule.EquipmentScopeRule(
                                Set.of("boiler", "pressure-vessel", "drilling"),
                                Set.of("boiler"),
                                Set.of("pressure-vessel"),
                                new BigDecimal("0.7"),
                                new BigDecimal("115")),
                        List.of()),
                new Requirement(
                        "1#legal-form",
                        ClauseRef.item(1),
                        "form",
                        "распространяются",
                        "",
                        new Applicability.Always(),
                        new Rule.LegalFormRule(Set.of(LegalForm.LEGAL_ENTITY)),
                        List.of()));
        var publication = new Publication("test act", LocalDate.of(2012, 8, 14), Publication.Certainty.ASSUMED, "test");
        return new Edition(
                "test-edition",
                "test",
                "test-act",
                publication,
                null,
                LocalDate.of(2012, 9, 5),
                LocalDate.of(2013, 2, 9),
                "test",
                activities,
                Edition.vocabularyOf(terms),
                requirements);
    }

    private static Requirement provision(String id, List<Provision> provisions, List<String> documents) {
        var needs = provisions.stream().map(p -> new Need(p.code(), List.of(p))).toList();
        return new Requirement(
                id,
                ClauseRef.parse(id),
                id,
                "quote " + id,
                "",
                new Applicability.Always(),
                new Rule.ProvisionRule(needs),
                documents);
    }
}
