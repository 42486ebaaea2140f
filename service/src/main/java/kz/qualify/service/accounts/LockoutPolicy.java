package kz.qualify.service.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kz.qualify.service.QualifyProperties;
import org.jspecify.annotations.Nullable;

/**
 * When failed logins lock a username out: {@code maxFailures} failures within {@code window},
 * counted from the first of them, lock it for {@code lockout}. A lock-out holds even for the right
 * password — otherwise it would only slow the guessing down, not stop it — and once it ends the
 * count starts again. Decisions only: the state is in {@link LoginFailures}.
 */
record LockoutPolicy(int maxFailures, Duration window, Duration lockout) {

    LockoutPolicy {
        if (maxFailures < 1) throw new IllegalArgumentException("maxFailures must be at least 1");
        if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive");
        if (lockout.isNegative() || lockout.isZero()) throw new IllegalArgumentException("lockout must be positive");
    }

    static LockoutPolicy of(QualifyProperties.LoginThrottle settings) {
        return new LockoutPolicy(settings.maxFailures(), settings.window(), settings.lockout());
    }

    /** How much longer the username is locked out, or empty when it may log in. */
    Optional<Duration> lockedFor(@Nullable FailedLogins failed, Instant now) {
        if (failed == null || failed.lockedUntil() == null || !now.isBefore(failed.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failed.lockedUntil()));
    }

    /** The record after one more failure at {@code now}: counted in the current window, locking at the limit. */
    FailedLogins afterFailure(@Nullable FailedLogins failed, Instant now) {
        boolean freshWindow = failed == null
                || failed.count() == 0
                || !now.isBefore(failed.since().plus(window))
                || (failed.lockedUntil() != null && !now.isBefore(failed.lockedUntil()));
        int count = freshWindow ? 1 : failed.count() + 1;
        var since = freshWindow ? now : failed.since();
        return new FailedLogins(count, since, count >= maxFailures ? now.plus(lockout) : null);
    }
}
