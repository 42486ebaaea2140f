package kz.qualify.service.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;

/**
 * What someone who can write to the database but cannot read the audit key can do to the trail: all
 * of it with SQL — rewrite an entry and recompute every later hash and the head,
 * cut entries off the end, or strip the authentication codes.
 */
public final class Forger {

    private final Connection db;

    public Forger(Connection db) {
        this.db = db;
    }

    /** Rewrites entry {@code seq}'s state after, then re-links and re-hashes it and every later entry and the head. */
    public void rewrite(long seq, String after) throws SQLException {
        try (var s = db.prepareStatement("UPDATE audit_log SET after_json = ? WHERE seq = ?")) {
            s.setString(1, after);
            s.setLong(2, seq);
            if (s.executeUpdate() != 1) throw new IllegalStateException("no entry " + seq);
        }
        rehashFrom(seq);
    }

    /** Deletes the entries after {@code keep} and moves the head back to it, as if they had never been. */
    public void truncateAfter(long keep) throws SQLException {
        try (var s = db.prepareStatement("DELETE FROM audit_log WHERE seq > ?")) {
            s.setLong(1, keep);
            s.executeUpdate();
        }
        String hash;
        try (var s = db.prepareStatement("SELECT hash FROM audit_log WHERE seq = ?")) {
            s.setLong(1, keep);
            try (var rs = s.executeQuery()) {
                rs.next();
                hash = rs.getString(1);
            }
        }
        setHead(keep, hash);
    }

    /** Removes every authentication code and the key's id, so the trail looks written before there was a key. */
    public void stripAuthentication() throws SQLException {
        try (var s = db.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET mac = NULL");
            s.executeUpdate("UPDATE audit_head SET key_id = NULL");
        }
    }

    private void rehashFrom(long seq) throws SQLException {
        var entries = new ArrayList<AuditTrail.Entry>();
        try (var s = db.prepareStatement(
                "SELECT seq, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash, mac "
                        + "FROM audit_log WHERE seq >= ? ORDER BY seq")) {
            s.setLong(1, seq);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditTrail.Entry(
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
                            rs.getString(11)));
                }
            }
        }
        var prev = entries.getFirst().prevHash();
        String hash = prev;
        for (var e : entries) {
            var relinked = new AuditTrail.Entry(
                    e.seq(),
                    e.at(),
                    e.actor(),
                    e.action(),
                    e.entity(),
                    e.entityId(),
                    e.before(),
                    e.after(),
                    prev,
                    "",
                    null);
            hash = AuditTrail.hash(relinked);
            try (var s = db.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                s.setString(1, prev);
                s.setString(2, hash);
                s.setLong(3, e.seq());
                s.executeUpdate();
            }
            prev = hash;
        }
        setHead(entries.getLast().seq(), hash);
    }

    private void setHead(long seq, String hash) throws SQLException {
        try (var s = db.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            s.setLong(1, seq);
            s.setString(2, hash);
            s.executeUpdate();
        }
    }
}
