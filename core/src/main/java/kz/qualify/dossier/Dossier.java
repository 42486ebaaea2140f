package kz.qualify.dossier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything an applicant states for one licensed activity: who they are, what they declare, their
 * staff, assets, services, programmes, contracts, permits, working capital and documents.
 *
 * @param applicant who applies
 * @param activity the annex item of the licensed activity (1…7)
 * @param subActivities declared sub-activities (item 3), as vocabulary codes
 * @param works declared kinds of work (item 4)
 * @param equipment declared equipment (item 4)
 */
public record Dossier(
        Applicant applicant,
        int activity,
        Set<String> subActivities,
        Set<String> works,
        List<EquipmentUnit> equipment,
        List<StaffMember> staff,
        List<Asset> assets,
        List<ServiceUnit> services,
        List<Programme> programmes,
        List<Contract> contracts,
        List<Permit> permits,
        @Nullable WorkingCapital workingCapital,
        List<Document> documents) {

    public Dossier {
        Objects.requireNonNull(applicant, "applicant");
        if (activity < 1) throw new IllegalArgumentException("activity must be an annex item number, was " + activity);
        subActivities = Set.copyOf(subActivities);
        works = Set.copyOf(works);
        equipment = List.copyOf(equipment);
        staff = List.copyOf(staff);
        assets = List.copyOf(assets);
        services = List.copyOf(services);
        programmes = List.copyOf(programmes);
        contracts = List.copyOf(contracts);
        permits = List.copyOf(permits);
        documents = List.copyOf(documents);
    }

    public Optional<Document> document(@Nullable String id) {
        if (id == null) return Optional.empty();
        for (var d : documents) {
            if (d.id().equals(id)) return Optional.of(d);
        }
        return Optional.empty();
    }

    public boolean hasDocumentOfKind(String kind) {
        for (var d : documents) {
            if (d.kind().equals(kind)) return true;
        }
        return false;
    }

    /** The same dossier with another staff list (staff imported from a table). */
    public Dossier withStaff(List<StaffMember> newStaff) {
        return new Dossier(
                applicant,
                activity,
                subActivities,
                works,
                equipment,
                newStaff,
                assets,
                services,
                programmes,
                contracts,
                permits,
                workingCapital,
                documents);
    }
}
