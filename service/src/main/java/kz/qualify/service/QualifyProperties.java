package kz.qualify.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
 * @param audit where the audit trail's key and the checkpoints of its head are kept, outside the
 *     database
 * @param allowedOrigins origins besides the service's own (as a browser writes them,
 *     {@code https://licensing.example.kz}) whose pages may send state-changing requests; empty by
 *     default: a request that a browser sends from another site changes nothing
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
        @DefaultValue LoginThrottle loginThrottle,
        @DefaultValue Audit audit,
        @Nullable List<String> allowedOrigins) {

    public QualifyProperties {
        if (dataDir == null) dataDir = Path.of("data", "qualify");
        if (audit == null) audit = new Audit(null, null, Duration.ofMinutes(1));
        audit = audit.in(dataDir);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        if (maxDocumentSize == null) maxDocumentSize = DataSize.ofMegabytes(20);
        if (admin == null) admin = new Admin(null, null);
        requirePositive("qualify.idempotency-key-ttl", idempotencyKeyTtl);
        requirePositive("qualify.purge-interval", purgeInterval);
    }

    /**
     * The audit trail's protection outside the database (service/README.md, "The audit trail").
     *
     * @param keyFile the HMAC key the entries and checkpoints are authenticated with; made, readable
     *     by its owner only, at the first start when missing (default {@code <data-dir>/audit.key})
     * @param checkpointFile the append-only file the chain's head is written to, authenticated, at
     *     start, every {@code checkpointInterval} when it moved, and at shutdown (default
     *     {@code <data-dir>/audit-checkpoints})
     * @param checkpointInterval how often the head is checkpointed: entries appended since the last
     *     checkpoint could be removed from the end of the chain without verification noticing
     */
    public record Audit(
            @Nullable Path keyFile,
            @Nullable Path checkpointFile,
            @DefaultValue("1m") Duration checkpointInterval) {
        public Audit {
            requirePositive("qualify.audit.checkpoint-interval", checkpointInterval);
        }

        Audit in(Path dataDir) {
            return new Audit(
                    keyFile == null ? dataDir.resolve("audit.key") : keyFile,
                    checkpointFile == null ? dataDir.resolve("audit-checkpoints") : checkpointFile,
                    checkpointInterval);
        }
    }

    /** The audit key's file (see {@link Audit#keyFile}). */
    public Path auditKeyFile() {
        return java.util.Objects.requireNonNull(audit.keyFile());
    }

    /** The audit checkpoints' file (see {@link Audit#checkpointFile}). */
    public Path auditCheckpointFile() {
        return java.util.Objects.requireNonNull(audit.checkpointFile());
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
