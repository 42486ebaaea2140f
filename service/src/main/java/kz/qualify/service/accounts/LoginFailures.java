package kz.qualify.service.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import kz.qualify.service.QualifyProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed logins per username, kept in the database so that every instance counts the same failures
 * and honours the same lock-out. Usernames that have no account are counted too: a lock-out must not
 * tell an outsider which usernames exist.
 *
 * <p>Only failures write here, and the first successful login after failures (it deletes the
 * record). A successful login with nothing recorded reads the record in the same query that reads
 * the account ({@link Accounts#credentials}) and writes nothing, so authenticated traffic costs no
 * more than it did before throttling.
 */
@Repository
class LoginFailures {

    private static final Logger log = LoggerFactory.getLogger(LoginFailures.class);

    /** The longest username an account can have; longer ones cannot log in and are not recorded. */
    static final int MAX_USERNAME = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final LockoutPolicy policy;

    LoginFailures(JdbcClient jdbc, TransactionTemplate tx, Clock clock, QualifyProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.policy = LockoutPolicy.of(properties.loginThrottle());
    }

    /** Maps {@code failures}, {@code window_start} and {@code locked_until}; null when the row is absent (outer join). */
    static @Nullable FailedLogins map(ResultSet rs) throws SQLException {
        int count = rs.getInt("failures");
        if (rs.wasNull()) return null;
        var lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        return new FailedLogins(
                count,
                rs.getObject("window_start", OffsetDateTime.class).toInstant(),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }

    Optional<FailedLogins> find(String username) {
        if (username.length() > MAX_USERNAME) return Optional.empty();
        return jdbc.sql("SELECT failures, window_start, locked_until FROM login_failures WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /**
     * Counts one failed login and returns the record after it. The row is created if absent and then
     * locked, in one short transaction, so two instances counting failures for the same username at
     * the same moment count both.
     */
    FailedLogins recordFailure(String username, Instant now) {
        if (username.length() > MAX_USERNAME) return policy.afterFailure(null, now);
        var after = tx.execute(status -> {
            jdbc.sql("""
                    INSERT INTO login_failures (username, failures, window_start) VALUES (:u, 0, :now)
                    ON CONFLICT DO NOTHING""").param("u", username).param("now", utc(now)).update();
            var current = jdbc.sql(
                            "SELECT failures, window_start, locked_until FROM login_failures WHERE username = :u FOR UPDATE")
                    .param("u", username)
                    .query((rs, n) -> map(rs))
                    .single();
            var next = policy.afterFailure(current, now);
            jdbc.sql(
                            "UPDATE login_failures SET failures = :c, window_start = :s, locked_until = :l WHERE username = :u")
                    .param("c", next.count())
                    .param("s", utc(next.since()))
                    .param("l", next.lockedUntil() == null ? null : utc(next.lockedUntil()))
                    .param("u", username)
                    .update();
            return next;
        });
        if (after == null) throw new IllegalStateException("no result from the failure transaction");
        if (after.lockedUntil() != null && after.count() == policy.maxFailures()) {
            log.warn(
                    "login for '{}' locked out until {} after {} failed attempts",
                    username,
                    after.lockedUntil(),
                    after.count());
        }
        return after;
    }

    /**
     * Forgets the failures after a successful login — unless the username was locked out meanwhile (by
     * failures on another instance), which a success must not lift.
     */
    void clear(String username, Instant now) {
        jdbc.sql("DELETE FROM login_failures WHERE username = :u AND (locked_until IS NULL OR locked_until <= :now)")
                .param("u", username)
                .param("now", utc(now))
                .update();
    }

    /** Forgets every failure and lock-out of the username (a password reset at the server's console). */
    void forget(String username) {
        jdbc.sql("DELETE FROM login_failures WHERE username = :u")
                .param("u", username)
                .update();
    }

    /**
     * Deletes the records that no longer matter: their window has passed and they lock nothing. Runs
     * every {@code qualify.purge-interval} on the scheduler's thread; a conditional DELETE, safe to run
     * on several instances at once.
     */
    @Scheduled(fixedDelayString = "${qualify.purge-interval:10m}", initialDelayString = "${qualify.purge-interval:10m}")
    int purgeStale() {
        var now = now(clock);
        int deleted = jdbc.sql("""
                DELETE FROM login_failures
                WHERE window_start <= :windowFloor AND (locked_until IS NULL OR locked_until <= :now)""")
                .param("windowFloor", utc(now.minus(policy.window())))
                .param("now", utc(now))
                .update();
        if (deleted > 0) log.debug("purged {} stale login-failure records", deleted);
        return deleted;
    }

    LockoutPolicy policy() {
        return policy;
    }

    /**
     * The time now, in whole milliseconds: the database keeps microseconds and rounds what is finer,
     * which would move a lock-out's end or a window's by a fraction past the moment computed here.
     */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
