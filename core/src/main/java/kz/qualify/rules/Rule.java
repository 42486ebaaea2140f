package kz.qualify.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.qualify.dossier.LegalForm;
import org.jspecify.annotations.Nullable;

/** The kinds of check the annex asks for. Each requirement is one of these with its own figures. */
public sealed interface Rule {

    /** Who may hold the licence ("распространяются на физических лиц … и юридических лиц …"). */
    record LegalFormRule(Set<LegalForm> allowed) implements Rule {
        public LegalFormRule {
            if (allowed.isEmpty()) throw new IllegalArgumentException("no legal form allowed");
            allowed = Set.copyOf(allowed);
        }
    }

    /**
     * Something the applicant must have ("наличие"): each need is satisfied by any one of its
     * alternatives — an asset, a service, a programme, a contract, a permit or a document.
     */
    record ProvisionRule(List<Need> needs) implements Rule {
        public ProvisionRule {
            if (needs.isEmpty()) throw new IllegalArgumentException("a provision rule needs at least one need");
            needs = List.copyOf(needs);
        }
    }

    /**
     * The qualified staff: managers and specialists measured against their standards, and where the
     * item says so, a minimum share of all production staff.
     *
     * @param minSharePercent the least share of production staff that must be qualified managers and specialists, or null
     */
    record StaffRule(
            QualificationStandard managers,
            QualificationStandard specialists,
            @Nullable Integer minSharePercent) implements Rule {
        public StaffRule {
            Objects.requireNonNull(managers, "managers");
            Objects.requireNonNull(specialists, "specialists");
            if (minSharePercent != null && (minSharePercent < 1 || minSharePercent > 100)) {
                throw new IllegalArgumentException("share must be 1…100 %, was " + minSharePercent);
            }
        }
    }

    /** Working capital of at least so many МРП at the МРП in force on the assessment date, shown by a bank certificate. */
    record WorkingCapitalRule(long minMrp, String certificateDocument) implements Rule {
        public WorkingCapitalRule {
            if (minMrp <= 0) throw new IllegalArgumentException("minimum must be positive");
        }
    }

    /**
     * The equipment the licence can cover (item 4): listed kinds; boilers only above both the
     * pressure and the temperature; vessels and pipelines only above the pressure; both limits
     * strict; never equipment used within a single technological process.
     */
    record EquipmentScopeRule(
            Set<String> listedKinds,
            Set<String> boilerKinds,
            Set<String> pressureKinds,
            BigDecimal pressureAboveKgfCm2,
            BigDecimal boilerTemperatureAboveC)
            implements Rule {
        public EquipmentScopeRule {
            listedKinds = Set.copyOf(listedKinds);
            boilerKinds = Set.copyOf(boilerKinds);
            pressureKinds = Set.copyOf(pressureKinds);
            Objects.requireNonNull(pressureAboveKgfCm2, "pressureAboveKgfCm2");
            Objects.requireNonNull(boilerTemperatureAboveC, "boilerTemperatureAboveC");
        }
    }
}
