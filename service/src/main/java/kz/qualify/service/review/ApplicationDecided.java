package kz.qualify.service.review;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An officer decided an application: published in the decision's transaction, for what follows its
 * commit (the licence or the reasoned refusal as official documents).
 *
 * @param submission the number of the filing decided
 * @param approved a licence was issued (else the application was refused)
 * @param licenceNumber the licence issued, when approved
 * @param officer the account of the officer who decided
 * @param on the date of the decision
 */
public record ApplicationDecided(
        long applicationId,
        int submission,
        boolean approved,
        @Nullable String licenceNumber,
        String officer,
        LocalDate on) {}
