package kz.qualify.service.issued;

import java.time.Instant;
import java.time.LocalDate;
import kz.qualify.official.Language;
import kz.qualify.official.OfficialDocument;
import org.jspecify.annotations.Nullable;

/**
 * One official document as issued: one kind, for one filing of one application, in one language.
 * Its bytes are kept verbatim (read them with {@link IssuedDocuments#content}), so the SHA-256 shown
 * on the public page is the hash of exactly the file that was handed over.
 *
 * @param code the short public code of its verification page ({@code /v/<code>})
 * @param number the document's own number, as printed on it
 * @param occasion the number of the filing (submission) the document answers
 * @param licenceNumber for a licence, its number in the registry, where its standing is read
 * @param signedBy the account of the officer who took the decision, or null for a receipt
 * @param decidedOn the date of the decision (for a receipt, the day of filing)
 */
public record IssuedDocument(
        long id,
        String code,
        OfficialDocument.Kind kind,
        String number,
        Language language,
        long applicationId,
        long organisationId,
        int occasion,
        @Nullable String licenceNumber,
        @Nullable String signedBy,
        LocalDate decidedOn,
        String sha256,
        String fileName,
        long size,
        Instant issuedAt) {}
