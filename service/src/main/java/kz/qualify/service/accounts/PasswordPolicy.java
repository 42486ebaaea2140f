package kz.qualify.service.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kz.qualify.assessment.Text;
import org.jspecify.annotations.Nullable;

/**
 * What a new password must be: at least 12 characters (length is what makes a password hard to
 * guess; no rules about digits and symbols, which only make people write passwords down), at most 72
 * bytes in UTF-8 (what BCrypt hashes; anything longer could not be checked in full), and not the
 * username.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    /** A password made for someone who will be told it once: 18 random bytes, 24 characters (Base64url). */
    static String generate() {
        var bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is wrong with {@code candidate} as the password of {@code username}, or null when it is acceptable. */
    static @Nullable String problem(String username, String candidate) {
        var text = text(username, candidate);
        return text == null ? null : text.en();
    }

    /** {@link #problem}, in English and Russian. */
    static @Nullable Text text(String username, String candidate) {
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            return Text.of(
                    "must be at least " + MIN_LENGTH + " characters",
                    "должен содержать не менее " + MIN_LENGTH + " символов");
        }
        if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Text.of(
                    "must be at most " + MAX_BYTES + " bytes in UTF-8 (72 Latin or 36 Cyrillic letters)",
                    "должен занимать не более " + MAX_BYTES + " байт в UTF-8 (72 латинские или 36 кириллических букв)");
        }
        if (candidate.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Text.of("must not be the username", "не должен совпадать с именем пользователя");
        }
        return null;
    }
}
