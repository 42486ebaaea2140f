package kz.qualify.service.issued;

import kz.qualify.official.Pkcs12Seal;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Opens the configured keystore ({@code qualify.seal.keystore}) once at start, so that a wrong
 * password, a missing file or an alias without a private key stops the service before it serves
 * anything — not at the first document an applicant or officer asks for. The seal itself is still
 * made on the first document ({@link SealConfiguration}); the command-line modes check nothing.
 */
@Component
@Profile("!command")
class SealCheck {

    SealCheck(IssuingSettings settings) {
        var configured = settings.seal();
        if (configured.keystore() == null) return;
        var password = configured.password() == null
                ? new char[0]
                : configured.password().toCharArray();
        try {
            Pkcs12Seal.open(configured.keystore(), password, configured.alias());
        } catch (IllegalArgumentException e) {
            throw new SealUnavailable(
                    "qualify.seal.keystore (" + configured.keystore() + ", alias qualify.seal.alias='"
                            + configured.alias() + "') cannot be used: " + reason(e),
                    e);
        }
    }

    /** What Pkcs12Seal found wrong, on one line and without repeating the path it already named. */
    private static String reason(IllegalArgumentException e) {
        var message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
        int colon = message.indexOf(": ");
        return colon >= 0 && message.startsWith("seal keystore ") ? message.substring(colon + 2) : message;
    }

    /** The configured keystore cannot be opened; {@link SealFailureAnalyzer} says so in one line. */
    static final class SealUnavailable extends RuntimeException {
        SealUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
