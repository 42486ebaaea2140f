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
        return toBuilder().staff(newStaff).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy of a dossier with some parts replaced; the record's constructor validates the result. */
    public static final class Builder {
        private Applicant applicant;
        private final int activity;
        private Set<String> subActivities;
        private Set<String> works;
        private List<EquipmentUnit> equipment;
        private List<StaffMember> staff;
        private List<Asset> assets;
        private List<ServiceUnit> services;
        private List<Programme> programmes;
        private List<Contract> contracts;
        private List<Permit> permits;
        private @Nullable WorkingCapital workingCapital;
        private List<Document> documents;

        private Builder(Dossier d) {
            applicant = d.applicant;
            activity = d.activity;
            subActivities = d.subActivities;
            works = d.works;
            equipment = d.equipment;
            staff = d.staff;
            assets = d.assets;
            services = d.services;
            programmes = d.programmes;
            contracts = d.contracts;
            permits = d.permits;
            workingCapital = d.workingCapital;
            documents = d.documents;
        }

        public Builder applicant(Applicant value) {
            applicant = value;
            return this;
        }

        public Builder subActivities(Set<String> value) {
            subActivities = value;
            return this;
        }

        public Builder works(Set<String> value) {
            works = value;
            return this;
        }

        public Builder equipment(List<EquipmentUnit> value) {
            equipment = value;
            return this;
        }

        public Builder staff(List<StaffMember> value) {
            staff = value;
            return this;
        }

        public Builder assets(List<Asset> value) {
            assets = value;
            return this;
        }

        public Builder services(List<ServiceUnit> value) {
            services = value;
            return this;
        }

        public Builder programmes(List<Programme> value) {
            programmes = value;
            return this;
        }

        public Builder contracts(List<Contract> value) {
            contracts = value;
            return this;
        }

        public Builder permits(List<Permit> value) {
            permits = value;
            return this;
        }

        public Builder workingCapital(@Nullable WorkingCapital value) {
            workingCapital = value;
            return this;
        }

        public Builder documents(List<Document> value) {
            documents = value;
            return this;
        }

        public Dossier build() {
            return new Dossier(
                    applicant,
                    activity,
                    subActivities,
                    works,
                    equipment,
                    staff,
                    assets,
                    services,
                    programmes,
                    contracts,
                    permits,
                    workingCapital,
                    documents);
        }
    }
}
