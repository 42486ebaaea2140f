package kz.qualify.service.licences;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An issued licence as the registry shows it.
 *
 * @param issuedOn the day the licence was decided (the licensor's day)
 * @param authority the licensing authority that issued it, named by language (kk, ru, en); empty
 *     for licences issued before the service kept it
 * @param scope the kinds of work and the equipment it covers (item 4)
 */
public record Licence(
        String number,
        long applicationId,
        String holder,
        String taxId,
        int activity,
        List<String> subActivities,
        LocalDate issuedOn,
        String editionId,
        Status status,
        @Nullable String statusReason,
        long version,
        Map<String, String> authority,
        Scope scope) {

    public Licence {
        subActivities = List.copyOf(subActivities);
        authority = Map.copyOf(authority);
    }

    /**
     * What the licence allows within its activity (item 4 of the decree's annex): the kinds of work
     * and the equipment, as filed and approved.
     */
    public record Scope(List<String> works, List<Equipment> equipment) {
        public static final Scope NONE = new Scope(List.of(), List.of());

        public Scope {
            works = List.copyOf(works);
            equipment = List.copyOf(equipment);
        }
    }

    /** A unit of equipment in the scope: its kind, description and limits. */
    public record Equipment(
            String kind,
            String description,
            @Nullable BigDecimal workingPressureKgfCm2,
            @Nullable BigDecimal coolantTemperatureC,
            boolean singleTechnologicalProcess) {}

    /**
     * One change of the licence's standing, public in the registry.
     *
     * @param on the licensor's day it happened
     * @param reason why (suspension, resumption, revocation); null for the issue
     */
    public record Event(Kind kind, LocalDate on, @Nullable String reason) {
        public enum Kind {
            ISSUED,
            SUSPENDED,
            RESUMED,
            REVOKED
        }
    }

    /** A licence's standing. */
    public enum Status {
        ACTIVE,
        SUSPENDED,
        REVOKED
    }
}
