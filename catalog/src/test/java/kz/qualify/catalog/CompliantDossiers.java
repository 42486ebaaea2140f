package kz.qualify.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.qualify.dossier.Applicant;
import kz.qualify.dossier.Asset;
import kz.qualify.dossier.Contract;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.Education;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.EquipmentUnit;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.LegalBasis;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.OrderRef;
import kz.qualify.dossier.Permit;
import kz.qualify.dossier.Programme;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.ServiceUnit;
import kz.qualify.dossier.StaffMember;
import kz.qualify.dossier.TaxId;
import kz.qualify.dossier.WorkingCapital;
import kz.qualify.law.Edition;
import kz.qualify.law.Money;
import kz.qualify.rules.Provision;
import kz.qualify.rules.Rule;

/**
 * Builds, from the edition itself, a dossier that provides everything an item asks for: the first
 * alternative of every need with its evidence, every listed document, and a staff table that
 * satisfies the strictest staff rule of the edition. Tests then take one thing away or change one
 * figure and watch the finding move.
 */
final class CompliantDossiers {

    static final LocalDate SIGNED = LocalDate.of(2012, 6, 1);

    private CompliantDossiers() {}

    static String bin() {
        var base = "12034000451";
        for (int last = 0; last <= 9; last++) {
            if (TaxId.isValid(base + last)) return base + last;
        }
        throw new IllegalStateException();
    }

    static Dossier of(Edition edition, int activity, Set<String> subActivities, Set<String> works) {
        var documents = new ArrayList<Document>();
        var assets = new ArrayList<Asset>();
        var services = new ArrayList<ServiceUnit>();
        var programmes = new ArrayList<Programme>();
        var contracts = new ArrayList<Contract>();
        var permits = new ArrayList<Permit>();
        WorkingCapital capital = null;
        for (var r : edition.requirementsOf(activity)) {
            for (var kind : r.documents()) documents.add(doc(documents, kind));
            if (r.rule() instanceof Rule.ProvisionRule rule) {
                for (var need : rule.needs()) {
                    var p = need.anyOf().getFirst();
                    switch (p) {
                        case Provision.Asset a -> {
                            var title = doc(documents, "title-document");
                            documents.add(title);
                            assets.add(new Asset(
                                    "A" + assets.size(), a.code(), a.code(), LegalBasis.OWNERSHIP, title.id()));
                        }
                        case Provision.Service s -> {
                            var order = doc(documents, "order");
                            documents.add(order);
                            services.add(new ServiceUnit(
                                    "S" + services.size(),
                                    s.code(),
                                    s.code(),
                                    new OrderRef("1-" + services.size(), SIGNED, order.id())));
                        }
                        case Provision.Programme pr -> {
                            var d = doc(documents, "approved-programme");
                            documents.add(d);
                            programmes.add(new Programme(
                                    "P" + programmes.size(), pr.code(), pr.code(), SIGNED, "director", true, d.id()));
                        }
                        case Provision.Contract c -> {
                            var d = doc(documents, "contract-copy");
                            documents.add(d);
                            contracts.add(new Contract(
                                    "C" + contracts.size(),
                                    c.code(),
                                    "Counterparty LLP",
                                    "7",
                                    SIGNED,
                                    null,
                                    false,
                                    true,
                                    d.id()));
                        }
                        case Provision.Permit pe -> {
                            var d = doc(documents, "permit-copy");
                            documents.add(d);
                            permits.add(new Permit("L" + permits.size(), pe.code(), "0001", SIGNED, null, d.id()));
                        }
                        case Provision.Document d ->
                            documents.add(new Document(
                                    "D" + documents.size(),
                                    d.code(),
                                    d.code(),
                                    SIGNED,
                                    Document.Signatory.FIRST_HEAD,
                                    true,
                                    null));
                    }
                }
            }
            if (r.rule() instanceof Rule.WorkingCapitalRule) {
                var cert = doc(documents, "bank-certificate");
                documents.add(cert);
                capital = new WorkingCapital(Money.tenge(1_000_000_000), "Halyk Bank", SIGNED, cert.id());
            }
        }
        var equipment = activity == 4
                ? List.of(new EquipmentUnit(
                        "E1", "boiler", "steam boiler", new BigDecimal("1.4"), new BigDecimal("194"), false))
                : List.<EquipmentUnit>of();
        return new Dossier(
                new Applicant(LegalForm.LEGAL_ENTITY, new TaxId(bin()), "Test Energy LLP"),
                activity,
                subActivities,
                works,
                equipment,
                staff(activity, 10, 10),
                assets,
                services,
                programmes,
                contracts,
                permits,
                capital,
                documents);
    }

    private static Document doc(List<Document> existing, String kind) {
        return new Document("D" + existing.size(), kind, kind, SIGNED, Document.Signatory.FIRST_HEAD, true, null);
    }

    /** The manager's field that item asks for: electric power (1), oil and gas (5), technical otherwise. */
    static EducationField managerField(int activity) {
        return switch (activity) {
            case 1 -> EducationField.ELECTRIC_POWER;
            case 5 -> EducationField.OIL_AND_GAS;
            default -> EducationField.MECHANICAL_AND_OTHER_TECHNICAL;
        };
    }

    /** One qualified manager, then qualified specialists up to {@code qualified}, then workers up to {@code total}. */
    static List<StaffMember> staff(int activity, int qualified, int total) {
        var staff = new ArrayList<StaffMember>();
        for (int i = 0; i < total; i++) {
            boolean ok = i < qualified;
            staff.add(
                    i == 0
                            ? manager("row " + (i + 1), managerField(activity), 120)
                            : ok ? specialist("row " + (i + 1), 24) : worker("row " + (i + 1)));
        }
        return staff;
    }

    static StaffMember manager(String ref, EducationField field, int months) {
        return new StaffMember(
                ref,
                "Manager " + ref,
                "главный инженер",
                Role.MANAGER,
                true,
                new Education(EducationLevel.HIGHER, field, "specialty", null),
                new Experience(months));
    }

    static StaffMember specialist(String ref, int months) {
        return new StaffMember(
                ref,
                "Specialist " + ref,
                "инженер",
                Role.SPECIALIST,
                true,
                new Education(
                        EducationLevel.TECHNICAL_VOCATIONAL,
                        EducationField.MECHANICAL_AND_OTHER_TECHNICAL,
                        "техник",
                        null),
                new Experience(months));
    }

    static StaffMember unqualifiedSpecialist(String ref) {
        return new StaffMember(
                ref,
                "Specialist " + ref,
                "инженер",
                Role.SPECIALIST,
                true,
                new Education(EducationLevel.GENERAL_SECONDARY, EducationField.NON_TECHNICAL, "—", null),
                new Experience(2));
    }

    static StaffMember worker(String ref) {
        return new StaffMember(
                ref,
                "Worker " + ref,
                "электромонтер",
                Role.WORKER,
                true,
                Education.of(EducationLevel.GENERAL_SECONDARY, EducationField.NON_TECHNICAL),
                new Experience(12));
    }
}
