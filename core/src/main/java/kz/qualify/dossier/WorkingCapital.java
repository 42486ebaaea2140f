package kz.qualify.dossier;

import java.time.LocalDate;
import java.util.Objects;
import kz.qualify.law.Money;
import org.jspecify.annotations.Nullable;

/**
 * Working capital (оборотные средства) and the bank certificate confirming it.
 *
 * @param amount the amount confirmed
 * @param bank the bank that issued the certificate, or null if there is none
 * @param certificateDate the certificate's date, or null
 * @param certificateDocument the id of the certificate in the dossier, or null
 */
public record WorkingCapital(
        Money amount,
        @Nullable String bank,
        @Nullable LocalDate certificateDate,
        @Nullable String certificateDocument) {
    public WorkingCapital {
        Objects.requireNonNull(amount, "amount");
    }
}
