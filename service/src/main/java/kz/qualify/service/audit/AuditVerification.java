package kz.qualify.service.audit;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qualify.service.QualifyProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit chain from the first entry and names the first link that does not hold: an entry
 * missing, a link to the previous entry broken, content that does not match its hash, an entry not
 * authenticated by the audit key, or one that differs from — or is missing after — a checkpoint of
 * the head kept outside the database. What this detects and what it cannot is set out in
 * service/README.md, "The audit trail".
 */
@Service
public class AuditVerification {

    private final JdbcClient jdbc;
    private final ObjectProvider<AuditKey> serviceKey;
    private final Path keyFile;
    private final Path checkpointFile;

    AuditVerification(JdbcClient jdbc, ObjectProvider<AuditKey> serviceKey, QualifyProperties properties) {
        this.jdbc = jdbc;
        this.serviceKey = serviceKey;
        this.keyFile = properties.auditKeyFile();
        this.checkpointFile = properties.auditCheckpointFile();
    }

    /**
     * The outcome of a verification.
     *
     * @param intact whether every link holds
     * @param keyed whether there is an audit key: without one (a trail from before the key, on a
     *     store the service has not run on since) only the hashes could be checked
     * @param checked how many entries were checked
     * @param authenticated how many of them carry an authentication code made with the audit key (the
     *     others were written before there was a key, and are held by the first checkpoint)
     * @param checkpoints how many checkpoints of the head were compared with the chain
     * @param firstBroken the sequence number of the first broken entry, or null (intact, or the
     *     checkpoints themselves are at fault)
     * @param reason why it is broken, or null
     */
    public record Result(
            boolean intact,
            boolean keyed,
            long checked,
            long authenticated,
            int checkpoints,
            @Nullable Long firstBroken,
            @Nullable String reason) {

        public String describe() {
            if (!intact) {
                return firstBroken == null
                        ? "audit chain BROKEN: " + reason
                        : "audit chain BROKEN at entry " + firstBroken + ": " + reason + " (" + entries(checked)
                                + " checked before it)";
            }
            if (!keyed) {
                return "audit chain intact: " + entries(checked) + " verified by their hashes only: there is no"
                        + " audit key yet (the service makes one at its next start)";
            }
            var legacy = checked - authenticated;
            return "audit chain intact: " + entries(checked) + " verified, " + authenticated
                    + " authenticated by the audit key"
                    + (legacy > 0
                            ? " (the " + entries(legacy) + " written before the key existed are held by its first"
                                    + " checkpoint)"
                            : "")
                    + ", " + checkpoints + (checkpoints == 1 ? " checkpoint" : " checkpoints") + " matched";
        }

        private static String entries(long n) {
            return n + (n == 1 ? " entry" : " entries");
        }
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Result verify() {
        // the key and the checkpoints first, the chain after: every checkpoint read then names an
        // entry that the chain, read later, must have
        var key = Optional.ofNullable(serviceKey.getIfAvailable()).or(() -> AuditKey.read(keyFile));
        if (key.isEmpty()) return verifyWithoutKey();
        var reading = AuditCheckpoints.read(checkpointFile, key.get());
        var checkpoints = reading.checkpoints();
        if (reading.problem() != null) return broken(0, 0, checkpoints.size(), null, reading.problem());
        var head = head();
        if (checkpoints.isEmpty() && head.seq() > 0) {
            return broken(
                    0,
                    0,
                    0,
                    null,
                    "there are no checkpoints of the chain in " + checkpointFile
                            + ", so entries removed from its end could not be told");
        }
        var walker = new Walker(key.get(), checkpoints);
        for (var checkpoint : checkpoints) {
            if (checkpoint.seq() == 0 && !checkpoint.hash().equals(AuditTrail.GENESIS)) {
                return broken(
                        0,
                        0,
                        checkpoints.size(),
                        1L,
                        "the checkpoint on line " + checkpoint.line() + " of " + checkpointFile
                                + " says the chain began otherwise");
            }
        }
        walk(walker);
        if (walker.broken != null) {
            return broken(walker.checked, walker.authenticated, checkpoints.size(), walker.broken, walker.reason);
        }
        var beyond = checkpoints.stream().filter(c -> c.seq() > walker.lastSeq).findFirst();
        if (beyond.isPresent()) {
            return broken(
                    walker.checked,
                    walker.authenticated,
                    checkpoints.size(),
                    walker.lastSeq + 1,
                    "the chain ends at entry " + walker.lastSeq + " but the checkpoint of "
                            + beyond.get().at() + " recorded entry "
                            + beyond.get().seq() + " (entries were removed from its end)");
        }
        return headMatches(head, walker)
                .orElseGet(() ->
                        new Result(true, true, walker.checked, walker.authenticated, checkpoints.size(), null, null));
    }

    /**
     * A chain from before the audit key, on a store the service has not started on since: only the
     * hashes can be checked. If anything says a key was used, its absence is an error, not a reason
     * to check less.
     */
    private Result verifyWithoutKey() {
        var head = head();
        long authenticated = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE mac IS NOT NULL")
                .query(Long.class)
                .single();
        if (head.keyId() != null || authenticated > 0) {
            throw new AuditUnverifiable("the audit key " + keyFile
                    + " is missing: the trail's entries were authenticated with it and cannot be verified without it"
                    + " (give its place with --qualify.audit.key-file=…)");
        }
        var walker = new Walker(null, List.of());
        walk(walker);
        var result = walker.broken != null
                ? broken(walker.checked, 0, 0, walker.broken, walker.reason)
                : headMatches(head, walker).orElseGet(() -> new Result(true, true, walker.checked, 0, 0, null, null));
        // the same outcome, said of a trail that has no key yet
        return new Result(result.intact(), false, result.checked(), 0, 0, result.firstBroken(), result.reason());
    }

    private static Result broken(
            long checked, long authenticated, int checkpoints, @Nullable Long at, @Nullable String reason) {
        return new Result(false, true, checked, authenticated, checkpoints, at, reason);
    }

    private Optional<Result> headMatches(Head head, Walker walker) {
        if (head.seq() == walker.lastSeq && head.hash().equals(walker.lastHash)) return Optional.empty();
        return Optional.of(broken(
                walker.checked,
                walker.authenticated,
                walker.checkpoints.size(),
                walker.lastSeq + 1,
                "the chain head names entry " + head.seq() + " but the log ends at " + walker.lastSeq
                        + " (entries removed or the head altered)"));
    }

    private record Head(long seq, String hash, @Nullable String keyId) {}

    private Head head() {
        return jdbc.sql("SELECT seq, hash, key_id FROM audit_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .single();
    }

    private void walk(Walker walker) {
        jdbc.sql("SELECT seq, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash, mac "
                        + "FROM audit_log ORDER BY seq")
                .query((RowCallbackHandler) walker);
    }

    private final class Walker implements RowCallbackHandler {
        private final @Nullable AuditKey key;
        private final List<AuditCheckpoints.Checkpoint> checkpoints;
        private final Map<Long, List<AuditCheckpoints.Checkpoint>> bySeq = new HashMap<>();
        /** Entries after this one must be authenticated: the first checkpoint, taken when the key came. */
        private final long keyedAfter;

        long checked;
        long authenticated;
        long lastSeq;
        String lastHash = AuditTrail.GENESIS;

        @Nullable
        Long broken;

        @Nullable
        String reason;

        Walker(@Nullable AuditKey key, List<AuditCheckpoints.Checkpoint> checkpoints) {
            this.key = key;
            this.checkpoints = checkpoints;
            for (var c : checkpoints)
                bySeq.computeIfAbsent(c.seq(), s -> new ArrayList<>()).add(c);
            this.keyedAfter = checkpoints.stream()
                    .mapToLong(AuditCheckpoints.Checkpoint::seq)
                    .min()
                    .orElse(0);
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (broken != null) return;
            var e = new AuditTrail.Entry(
                    rs.getLong(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11));
            if (e.seq() != lastSeq + 1) {
                fail(lastSeq + 1, "entry " + (lastSeq + 1) + " is missing (next stored is " + e.seq() + ")");
            } else if (!e.prevHash().equals(lastHash)) {
                fail(e.seq(), "its previous-hash does not match the hash of entry " + lastSeq);
            } else if (!AuditTrail.hash(e).equals(e.hash())) {
                fail(e.seq(), "its content does not match its hash (the entry was altered)");
            } else if (key != null
                    && e.mac() != null
                    && !key.authenticateEntry(e.hash()).equals(e.mac().strip())) {
                fail(
                        e.seq(),
                        "its authentication code was not made with the audit key " + key.file()
                                + ": the entry was forged or rewritten"
                                + (authenticated == 0 ? ", or this is not the key the trail was written with" : ""));
            } else if (key != null && e.mac() == null && e.seq() > keyedAfter) {
                fail(
                        e.seq(),
                        "it carries no authentication code, though every entry after " + keyedAfter
                                + " was written with the audit key");
            } else if (!matchesCheckpoints(e)) {
                // reason set by matchesCheckpoints
            } else {
                checked++;
                if (e.mac() != null) authenticated++;
                lastSeq = e.seq();
                lastHash = e.hash();
            }
        }

        private boolean matchesCheckpoints(AuditTrail.Entry e) {
            for (var c : bySeq.getOrDefault(e.seq(), List.of())) {
                if (!c.hash().equals(e.hash())) {
                    fail(
                            e.seq(),
                            "it is not the entry the checkpoint of " + c.at() + " recorded (line " + c.line() + " of "
                                    + checkpointFile + ")");
                    return false;
                }
            }
            return true;
        }

        private void fail(long seq, String why) {
            broken = seq;
            reason = why;
        }
    }
}
