package kz.qualify.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The deployment's settings ({@code qualify.*}).
 *
 * @param dataDir where the embedded database and the document store live
 * @param legalDate the date the law is applied on, when the deployment operates on a fixed legal
 *     date; otherwise the filing date (today)
 * @param demo whether to create demo data at start
 * @param demoPassword the demo accounts' password; generated and logged once when unset
 * @param maxDocumentSize the largest document accepted
 * @param admin the first administrator
 * @param idempotencyKeyTtl how long a submission's Idempotency-Key is remembered: a retry within it
 *     replays the first answer, after it the key is forgotten (and purged)
 * @param purgeInterval how often expired idempotency keys and stale login-failure records are deleted
 * @param loginThrottle when repeated failed logins lock a username out
 */
@ConfigurationProperties("qualify")
public record QualifyProperties(
        Path dataDir,
        @Nullable LocalDate legalDate,
        boolean demo,
        @Nullable String demoPassword,
        DataSize maxDocumentSize,
        Admin admin,
        @DefaultValue("24h") Duration idempotencyKeyTtl,
        @DefaultValue("10m") Duration purgeInterval,
        @DefaultValue LoginThrottle loginThrottle) {

    public QualifyProperties {
        if (dataDir == null) dataDir = Path.of("data", "qualify");
        if (maxDocumentSize == null) maxDocumentSize = DataSize.ofMegabytes(20);
        if (admin == null) admin = new Admin(null, null);
        requirePositive("qualify.idempotency-key-ttl", idempotencyKeyTtl);
        requirePositive("qualify.purge-interval", purgeInterval);
    }

    /** The first administrator, created at start when no administrator exists. */
    public record Admin(@Nullable String username, @Nullable String password) {}

    /**
     * Login throttling: {@code maxFailures} failed logins for one username within {@code window}
     * (counted from the first of them) lock that username out for {@code lockout}, even with the
     * right password.
     */
    public record LoginThrottle(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockout) {
        public LoginThrottle {
            if (maxFailures < 1) {
                throw new IllegalArgumentException("qualify.login-throttle.max-failures must be at least 1");
            }
            requirePositive("qualify.login-throttle.window", window);
            requirePositive("qualify.login-throttle.lockout", lockout);
        }
    }

    private static void requirePositive(String property, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be a positive duration, not " + value);
        }
    }
}
