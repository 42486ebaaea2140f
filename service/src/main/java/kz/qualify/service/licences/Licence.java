package kz.qualify.service.licences;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An issued licence as the registry shows it. */
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
        long version) {

    public Licence {
        subActivities = List.copyOf(subActivities);
    }

    /** A licence's standing. */
    public enum Status {
        ACTIVE,
        SUSPENDED,
        REVOKED
    }
}
