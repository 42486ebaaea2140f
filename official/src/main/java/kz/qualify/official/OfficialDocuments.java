package kz.qualify.official;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The engine: makes an official document into a signed PDF/A. Made once (it reads and compiles the
 * templates and reads the fonts) and then used from any number of threads.
 *
 * <pre>{@code
 * OfficialDocuments documents = new OfficialDocuments(Pkcs12Seal.open(path, password, alias), clock);
 * SignedDocument pdf = documents.issue(licence);   // pdf.pdf(), pdf.sha256(), pdf.fileName()
 * }</pre>
 */
public final class OfficialDocuments {

    private final Seal seal;
    private final Clock clock;
    private final Templates templates;
    private final Typesetter typesetter;
    private final PdfSigner signer;

    /**
     * @param seal the authority's seal, or a development seal ({@link Pkcs12Seal#development}); every
     *     document signed with a development seal says so on its first page and in its signature
     * @param clock the signing time's clock
     */
    public OfficialDocuments(Seal seal, Clock clock) {
        this.seal = Objects.requireNonNull(seal, "seal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.templates = new Templates();
        this.typesetter = new Typesetter();
        this.signer = new PdfSigner(seal);
    }

    /** The document typeset from its template in its language, as PDF/A-2b, signed with the seal. */
    public SignedDocument issue(OfficialDocument document) {
        Objects.requireNonNull(document, "document");
        Words words = templates.words(document.language());
        String xhtml = templates.fill(document.kind(), document.language(), TemplateFacts.of(document, words, seal));
        Instant now = clock.instant();
        byte[] pdf = typesetter.typeset(xhtml, now);
        String reason = seal.development() ? words.developmentReason() : words.reason();
        byte[] signed = signer.sign(pdf, reason, now);
        return new SignedDocument(signed, sha256(signed), fileName(document));
    }

    /** Whether documents are signed with a development key that certifies nothing. */
    public boolean development() {
        return seal.development();
    }

    static String fileName(OfficialDocument document) {
        // ASCII letters and digits only (\p{Alnum} is ASCII in Java), so the name needs no encoding in a
        // Content-Disposition header; a number written in Cyrillic letters keeps its digits.
        String number = document.number().replaceAll("[^\\p{Alnum}]+", "-").replaceAll("^-|-$", "");
        return document.kind().stem() + (number.isEmpty() ? "" : "-" + number) + "-"
                + document.language().tag() + ".pdf";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
