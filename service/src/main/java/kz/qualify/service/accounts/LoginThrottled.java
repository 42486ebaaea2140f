package kz.qualify.service.accounts;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused because its username is locked out after repeated failures; answered with 429. */
final class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("too many failed logins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the lock-out ends, at least one (for the {@code Retry-After} header). */
    long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
