package kz.qualify.service.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The absences the officers accepted, per filing and need. */
@Repository
class AcceptedAbsences {

    private static final RowMapper<AcceptedAbsence> ROW = (rs, n) -> new AcceptedAbsence(
            rs.getString("requirement_id"),
            rs.getString("slot"),
            rs.getString("reason"),
            rs.getString("officer"),
            rs.getObject("accepted_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    AcceptedAbsences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AcceptedAbsence> of(long submissionId) {
        return jdbc.sql("SELECT * FROM accepted_absences WHERE submission_id = :s ORDER BY requirement_id, slot")
                .param("s", submissionId)
                .query(ROW)
                .list();
    }

    Optional<AcceptedAbsence> find(long submissionId, String requirementId, String slot) {
        return jdbc.sql("""
                SELECT * FROM accepted_absences WHERE submission_id = :s AND requirement_id = :r AND slot = :k""")
                .param("s", submissionId)
                .param("r", requirementId)
                .param("k", slot)
                .query(ROW)
                .optional();
    }

    /** Records the acceptance, or replaces the reason of one already recorded. */
    void accept(long submissionId, String requirementId, String slot, String reason, String officer) {
        int n = jdbc.sql("""
                UPDATE accepted_absences SET reason = :why, officer = :by, accepted_at = :now
                WHERE submission_id = :s AND requirement_id = :r AND slot = :k""")
                .param("why", reason)
                .param("by", officer)
                .param("now", OffsetDateTime.now())
                .param("s", submissionId)
                .param("r", requirementId)
                .param("k", slot)
                .update();
        if (n == 0) {
            jdbc.sql("""
                    INSERT INTO accepted_absences (submission_id, requirement_id, slot, reason, officer, accepted_at)
                    VALUES (:s, :r, :k, :why, :by, :now)""")
                    .param("why", reason)
                    .param("by", officer)
                    .param("now", OffsetDateTime.now())
                    .param("s", submissionId)
                    .param("r", requirementId)
                    .param("k", slot)
                    .update();
        }
    }

    boolean withdraw(long submissionId, String requirementId, String slot) {
        return jdbc.sql("DELETE FROM accepted_absences WHERE submission_id = :s AND requirement_id = :r AND slot = :k")
                        .param("s", submissionId)
                        .param("r", requirementId)
                        .param("k", slot)
                        .update()
                > 0;
    }
}
