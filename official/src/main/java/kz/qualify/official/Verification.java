package kz.qualify.official;

import java.net.URI;
import java.util.Locale;

/**
 * Where anyone checks the document: the public page of the service for this document, printed as
 * the short address and encoded in the QR code. The service decides it; the engine only prints it.
 *
 * @param url an absolute http(s) address of at most 200 characters, so that the QR code stays small
 *     enough to scan from paper
 */
public record Verification(URI url) {

    static final int MAXIMUM_LENGTH = 200;

    public Verification {
        Checks.present(url, "verification.url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
            throw new IllegalArgumentException("verification.url: '" + url + "' is not an absolute http(s) address");
        }
        if (url.toString().length() > MAXIMUM_LENGTH) {
            throw new IllegalArgumentException("verification.url: longer than " + MAXIMUM_LENGTH + " characters ("
                    + url.toString().length() + ")");
        }
    }

    public static Verification of(String url) {
        return new Verification(URI.create(Checks.text(url, "verification.url")));
    }
}
