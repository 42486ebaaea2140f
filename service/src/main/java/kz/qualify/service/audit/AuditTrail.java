package kz.qualify.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the hash-chained audit log. Each entry's hash is SHA-256 over the previous
 * entry's hash and the entry's canonical fields, and its authentication code is the HMAC of that hash
 * under the audit key, which is kept outside the database ({@link AuditKey}); the chain head is one
 * locked row, so two instances on one database append one after the other and never fork the chain.
 * Appending joins the caller's transaction: the entry is written exactly when the change it records
 * is.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    // absent only in the read-only verification mode (--verify-audit), which never appends
    private final ObjectProvider<AuditKey> key;

    AuditTrail(JdbcClient jdbc, JsonMapper json, ObjectProvider<AuditKey> key) {
        this.jdbc = jdbc;
        this.json = json;
        this.key = key;
    }

    /**
     * Records a change.
     *
     * @param actor who made it (a username, or "system")
     * @param action what was done ("application.submitted")
     * @param entity the kind of thing changed ("application")
     * @param entityId its id
     * @param before its state before (serialised as JSON), or null when created
     * @param after its state after, or null when deleted
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long append(
            String actor,
            String action,
            String entity,
            String entityId,
            @Nullable Object before,
            @Nullable Object after) {
        var head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        var entry = new Entry(
                head.seq() + 1,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                actor,
                action,
                entity,
                entityId,
                toJson(before),
                toJson(after),
                head.hash(),
                "");
        var hash = hash(entry);
        jdbc.sql("""
                INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash, mac)
                VALUES (:seq, :at, :actor, :action, :entity, :entityId, :before, :after, :prev, :hash, :mac)""")
                .param("seq", entry.seq())
                .param("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                .param("actor", actor)
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("before", entry.before())
                .param("after", entry.after())
                .param("prev", entry.prevHash())
                .param("hash", hash)
                .param("mac", key.getObject().authenticateEntry(hash))
                .update();
        jdbc.sql("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                .param("seq", entry.seq())
                .param("hash", hash)
                .update();
        return entry.seq();
    }

    /**
     * Who last did {@code action} to an entity, as the chain records it: the one place a moment that
     * keeps no column of its own (a return for completion) still names its officer.
     */
    public Optional<String> lastActor(String action, String entity, String entityId) {
        return jdbc.sql("""
                SELECT actor FROM audit_log WHERE action = :action AND entity = :entity AND entity_id = :entityId
                ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY""")
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId)
                .query(String.class)
                .optional();
    }

    private @Nullable String toJson(@Nullable Object value) {
        if (value == null) return null;
        if (value instanceof String s) return s;
        return json.writeValueAsString(value);
    }

    record Head(long seq, String hash) {}

    /** One stored entry; {@code mac} is null on entries written before the audit key existed. */
    record Entry(
            long seq,
            Instant at,
            String actor,
            String action,
            String entity,
            String entityId,
            @Nullable String before,
            @Nullable String after,
            String prevHash,
            String hash,
            @Nullable String mac) {

        Entry(
                long seq,
                Instant at,
                String actor,
                String action,
                String entity,
                String entityId,
                @Nullable String before,
                @Nullable String after,
                String prevHash,
                String hash) {
            this(seq, at, actor, action, entity, entityId, before, after, prevHash, hash, null);
        }
    }

    /** SHA-256 over the previous hash and the canonical fields, each length-prefixed so no two entries collide. */
    static String hash(Entry e) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            for (var field : new String[] {
                e.prevHash(),
                Long.toString(e.seq()),
                e.at().toString(),
                e.actor(),
                e.action(),
                e.entity(),
                e.entityId(),
                e.before(),
                e.after()
            }) {
                if (field == null) {
                    md.update((byte) 0);
                } else {
                    var bytes = field.getBytes(StandardCharsets.UTF_8);
                    md.update((byte) 1);
                    md.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                    md.update((byte) ':');
                    md.update(bytes);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
