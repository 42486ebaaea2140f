package kz.qualify.service.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
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

    /** What is wrong with {@code candidate} as the password of {@code username}, or null when it is acceptable. */
    static @Nullable Message problem(String username, String candidate) {
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            return Message.of("api.password.tooShort", Arg.count("min", MIN_LENGTH));
        }
        if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Message.of("api.password.tooLong", Arg.count("max", MAX_BYTES));
        }
        if (candidate.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Message.of("api.password.isUsername");
        }
        return null;
    }
}
