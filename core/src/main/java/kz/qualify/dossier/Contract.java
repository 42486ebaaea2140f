package kz.qualify.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A contract, or a protocol of intent where the law accepts one.
 *
 * @param ref the dossier's id
 * @param kind the vocabulary code of its kind
 * @param counterparty the other party
 * @param number its number
 * @param date when it was signed
 * @param validUntil its end, or null if open-ended
 * @param protocolOfIntent true for a protocol of intent rather than a contract
 * @param backupSupply whether it provides backup supply in case of accidents; null if not stated
 * @param document the id of its copy in the dossier
 */
public record Contract(
        String ref,
        String kind,
        String counterparty,
        @Nullable String number,
        @Nullable LocalDate date,
        @Nullable LocalDate validUntil,
        boolean protocolOfIntent,
        @Nullable Boolean backupSupply,
        @Nullable String document) {}
