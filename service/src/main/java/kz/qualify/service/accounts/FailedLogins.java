package kz.qualify.service.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The failed logins recorded for one username: how many since the window began and, once there were
 * too many, until when the username is locked out.
 */
record FailedLogins(int count, Instant since, @Nullable Instant lockedUntil) {

    FailedLogins {
        if (count < 0) throw new IllegalArgumentException("count must not be negative");
    }
}
