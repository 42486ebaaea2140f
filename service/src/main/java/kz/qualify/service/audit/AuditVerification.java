package kz.qualify.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Walks the audit chain from the first entry and names the first link that does not hold. */
@Service
public class AuditVerification {

    private final JdbcClient jdbc;

    AuditVerification(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The outcome of a verification.
     *
     * @param intact whether every link holds
     * @param checked how many entries were checked
     * @param firstBroken the sequence number of the first broken entry, or null
     * @param reason why it is broken, or null
     */
    public record Result(
            boolean intact,
            long checked,
            @Nullable Long firstBroken,
            @Nullable String reason) {
        public String describe() {
            return intact
                    ? "audit chain intact: " + checked + " entries verified"
                    : "audit chain BROKEN at entry " + firstBroken + ": " + reason + " (" + checked
                            + " entries checked before it)";
        }
    }

    @Transactional(readOnly = true)
    public Result verify() {
        var walker = new Walker();
        jdbc.sql("SELECT seq, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash "
                        + "FROM audit_log ORDER BY seq")
                .query((RowCallbackHandler) walker);
        if (walker.broken == null) {
            var head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
                    .query((rs, n) -> new AuditTrail.Head(rs.getLong(1), rs.getString(2)))
                    .single();
            if (head.seq() != walker.lastSeq || !head.hash().equals(walker.lastHash)) {
                return new Result(
                        false,
                        walker.checked,
                        walker.lastSeq + 1,
                        "the chain head names entry " + head.seq() + " but the log ends at " + walker.lastSeq
                                + " (entries removed or the head altered)");
            }
            return new Result(true, walker.checked, null, null);
        }
        return new Result(false, walker.checked, walker.broken, walker.reason);
    }

    private static final class Walker implements RowCallbackHandler {
        long checked;
        long lastSeq;
        String lastHash = AuditTrail.GENESIS;

        @Nullable
        Long broken;

        @Nullable
        String reason;

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
                    rs.getString(10));
            if (e.seq() != lastSeq + 1) {
                fail(lastSeq + 1, "entry " + (lastSeq + 1) + " is missing (next stored is " + e.seq() + ")");
            } else if (!e.prevHash().equals(lastHash)) {
                fail(e.seq(), "its previous-hash does not match the hash of entry " + lastSeq);
            } else if (!AuditTrail.hash(e).equals(e.hash())) {
                fail(e.seq(), "its content does not match its hash (the entry was altered)");
            } else {
                checked++;
                lastSeq = e.seq();
                lastHash = e.hash();
            }
        }

        private void fail(long seq, String why) {
            broken = seq;
            reason = why;
        }
    }
}
