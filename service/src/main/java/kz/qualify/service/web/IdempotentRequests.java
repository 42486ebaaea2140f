package kz.qualify.service.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys: a request carrying a key the same user has used before is answered with the
 * stored response and changes nothing. The key is claimed inside the transaction that does the work,
 * so it is stored exactly when the work is; a concurrent retry waits on the key's row and then
 * replays.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    public static String requireKey(@Nullable String key) {
        if (key == null || key.isBlank()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "idempotency-key-required",
                    "submission needs an Idempotency-Key header, so a retried request never files twice",
                    List.of(new ApiException.FieldProblem(HEADER, "required header is missing")));
        }
        if (key.length() > 200) throw ApiException.invalid(HEADER, "must be at most 200 characters");
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
        try {
            jdbc.sql("""
                    INSERT INTO idempotency_keys (username, idem_key, request_hash, status, created_at)
                    VALUES (:u, :k, :h, 0, :now)""")
                    .param("u", user)
                    .param("k", key)
                    .param("h", requestHash)
                    .param("now", OffsetDateTime.now())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyUsed();
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
        var found = row.orElseThrow(() -> ApiException.conflict(
                "idempotency-in-progress", "a request with this Idempotency-Key is in progress; retry shortly"));
        if (!found.hash().equals(requestHash)) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused",
                    "this Idempotency-Key was used for a different request",
                    List.of(new ApiException.FieldProblem(HEADER, "was used for a different request")));
        }
        return found.response();
    }
}
