package kz.qualify.service.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys: a request carrying a key the same user has used before is answered with the
 * stored response and changes nothing. The key is claimed inside the transaction that does the work,
 * so it is stored exactly when the work is; a concurrent retry waits on the key's row and then
 * replays ({@link #once}).
 *
 * <p>A key is remembered for {@code qualify.idempotency-key-ttl} from its first use (24 hours by
 * default: far longer than any client retries, short enough that the table does not grow forever).
 * Past that it is forgotten — a request reusing it is new — whether or not the periodic purge has
 * deleted its row yet.
 */
@Component
public class IdempotentRequests {

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

    public static final String HEADER = "Idempotency-Key";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration ttl;

    // the setting by name, not through QualifyProperties (which validates it): web is below every module
    IdempotentRequests(JdbcClient jdbc, Clock clock, @Value("${qualify.idempotency-key-ttl:24h}") Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A stored response. */
    public record Response(
            int status, @Nullable String body, @Nullable String etag) {}

    /** Thrown inside the work's transaction when the key was used before; the caller replays. */
    public static final class AlreadyUsed extends RuntimeException {
        AlreadyUsed() {
            super("idempotency key already used", null, false, false);
        }
    }

    /**
     * Thrown inside the work's transaction when another request holds the key in a transaction not
     * yet committed and the database would not wait for it any longer (H2 gives up after its lock
     * timeout, 2 s; PostgreSQL waits). The transaction is rolled back; {@link #once} tries again.
     */
    static final class Busy extends RuntimeException {
        Busy(Throwable cause) {
            super("idempotency key held by a request in progress", cause, false, false);
        }
    }

    /**
     * How long a request waits for another one holding its key before it is answered 409 (retry
     * later): long enough for any filing the service completes, short enough that a client is not
     * left hanging by one that never completes.
     */
    static final Duration WAIT_FOR_HOLDER = Duration.ofSeconds(10);

    /**
     * Runs {@code work} (a transaction that starts with {@link #claim}) once per key: a request
     * whose key was used before gets the stored response; one whose key is held by a request still
     * in progress waits for it and then gets its response (or runs the work itself, if that request
     * failed and stored nothing); after {@link #WAIT_FOR_HOLDER} it is answered 409 problem+json.
     * Never a 5xx for a retry: issue 10 saw concurrent retries with one key answered 500 on H2.
     */
    public Response once(String user, String key, String requestHash, Supplier<Response> work) {
        long deadline = System.nanoTime() + WAIT_FOR_HOLDER.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                return work.get();
            } catch (AlreadyUsed used) {
                return replay(user, key, requestHash);
            } catch (Busy busy) {
                if (System.nanoTime() - deadline > 0) {
                    throw ApiException.conflict("idempotency-in-progress", Message.of("api.idempotency.inProgress"));
                }
                log.debug("idempotency key of {} held by a request in progress; trying again", user);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(20L << Math.min(attempt, 4), 250L)); // a request thread is virtual: cheap
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.conflict("idempotency-in-progress", Message.of("api.idempotency.inProgress"));
        }
    }

    public static String requireKey(@Nullable String key) {
        if (key == null || key.isBlank()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "idempotency-key-required",
                    Message.of("api.idempotency.required"),
                    List.of(ApiException.FieldProblem.of(HEADER, Message.of("api.header.missing"))));
        }
        if (key.length() > 200)
            throw ApiException.invalid(HEADER, Message.of("api.idempotency.tooLong", Arg.count("max", 200)));
        return key;
    }

    public static String fingerprint(String... parts) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            for (var p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims the key within the current transaction, or throws {@link AlreadyUsed}. */
    public void claim(String user, String key, String requestHash) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored: the database rounds finer times
        // an expired key the purge has not reached yet is forgotten here, so expiry does not depend on the purge
        jdbc.sql("DELETE FROM idempotency_keys WHERE username = :u AND idem_key = :k AND created_at < :cutoff")
                .param("u", user)
                .param("k", key)
                .param("cutoff", utc(now.minus(ttl)))
                .update();
        try {
            jdbc.sql("""
                    INSERT INTO idempotency_keys (username, idem_key, request_hash, status, created_at)
                    VALUES (:u, :k, :h, 0, :now)""")
                    .param("u", user)
                    .param("k", key)
                    .param("h", requestHash)
                    .param("now", utc(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyUsed();
        } catch (PessimisticLockingFailureException | QueryTimeoutException e) {
            // H2 retries an insert that meets another transaction's uncommitted row of the same key
            // until its lock timeout, then fails with "Timeout trying to lock table" (error 50200,
            // which reaches here as a QueryTimeoutException)
            throw new Busy(e);
        }
    }

    /** Stores the response for the claimed key (same transaction as {@link #claim}). */
    public void complete(String user, String key, Response response) {
        jdbc.sql("UPDATE idempotency_keys SET status = :s, body = :b, etag = :e WHERE username = :u AND idem_key = :k")
                .param("s", response.status())
                .param("b", response.body())
                .param("e", response.etag())
                .param("u", user)
                .param("k", key)
                .update();
    }

    /**
     * The stored response for a replayed key.
     *
     * @throws ApiException 422 when the key was used for a different request
     */
    public Response replay(String user, String key, String requestHash) {
        record Row(String hash, Response response) {}
        Optional<Row> row = jdbc.sql("SELECT request_hash, status, body, etag FROM idempotency_keys "
                        + "WHERE username = :u AND idem_key = :k")
                .param("u", user)
                .param("k", key)
                .query((rs, n) ->
                        new Row(rs.getString(1).strip(), new Response(rs.getInt(2), rs.getString(3), rs.getString(4))))
                .optional();
        var found = row.orElseThrow(
                () -> ApiException.conflict("idempotency-in-progress", Message.of("api.idempotency.inProgress")));
        if (!found.hash().equals(requestHash)) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused",
                    Message.of("api.idempotency.reused"),
                    List.of(ApiException.FieldProblem.of(HEADER, Message.of("api.idempotency.usedElsewhere"))));
        }
        return found.response();
    }

    /**
     * Deletes the keys past their retention. Runs every {@code qualify.purge-interval} on the
     * scheduler's thread, never in a request: one conditional DELETE in its own short transaction,
     * touching only rows no request can still replay, so instances sharing a database may run it at
     * the same time.
     */
    @Scheduled(fixedDelayString = "${qualify.purge-interval:10m}", initialDelayString = "${qualify.purge-interval:10m}")
    public int purgeExpired() {
        int deleted = jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < :cutoff")
                .param(
                        "cutoff",
                        utc(clock.instant().truncatedTo(ChronoUnit.MILLIS).minus(ttl)))
                .update();
        if (deleted > 0) log.debug("purged {} expired idempotency keys", deleted);
        return deleted;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
