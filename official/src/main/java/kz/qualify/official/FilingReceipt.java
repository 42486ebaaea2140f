package kz.qualify.official;

import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * The receipt for a filed application: what was filed, when, under which number, with the SHA-256
 * of each document received. Issued by the authority's system on filing; it has no signing
 * official, only the authority's seal.
 *
 * @param number the receipt's number
 * @param filedAt when the application was received, with the offset of the authority's time zone
 * @param applicant the applicant
 * @param applicationNumber the number the application was registered under
 * @param activity the activity applied for, worded
 * @param scope the sub-activities or kinds of work applied for, worded; may be empty
 * @param documents each document received; at least one
 */
public record FilingReceipt(
        String number,
        OffsetDateTime filedAt,
        Language language,
        Authority authority,
        Party applicant,
        String applicationNumber,
        String activity,
        List<String> scope,
        List<ReceivedDocument> documents,
        Verification verification)
        implements OfficialDocument {

    public FilingReceipt {
        number = Checks.text(number, "filingReceipt.number");
        Checks.present(filedAt, "filingReceipt.filedAt");
        Checks.present(language, "filingReceipt.language");
        Checks.present(authority, "filingReceipt.authority");
        Checks.present(applicant, "filingReceipt.applicant");
        applicationNumber = Checks.text(applicationNumber, "filingReceipt.applicationNumber");
        activity = Checks.text(activity, "filingReceipt.activity");
        scope = Checks.texts(scope, "filingReceipt.scope");
        documents = Checks.atLeastOne(documents, "filingReceipt.documents");
        Checks.present(verification, "filingReceipt.verification");
    }

    /**
     * One document received with the application.
     *
     * @param title what it is, worded (e.g. "Сведения о квалифицированных специалистах")
     * @param fileName the file's name as uploaded
     * @param size its size in bytes
     * @param sha256 the SHA-256 of its bytes, 64 hexadecimal digits
     */
    public record ReceivedDocument(String title, String fileName, long size, String sha256) {
        public ReceivedDocument {
            title = Checks.text(title, "filingReceipt.documents[].title");
            fileName = Checks.text(fileName, "filingReceipt.documents[].fileName");
            if (size < 0) {
                throw new IllegalArgumentException("filingReceipt.documents[].size: negative (" + size + ")");
            }
            sha256 = Checks.text(sha256, "filingReceipt.documents[].sha256").toLowerCase(java.util.Locale.ROOT);
            if (sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
                throw new IllegalArgumentException(
                        "filingReceipt.documents[].sha256: '" + sha256 + "' is not 64 hexadecimal digits");
            }
        }
    }
}
