package kz.qualify.service.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The officers' judgments, per submission and subject. */
@Repository
class Judgments {

    private static final RowMapper<Judgment> ROW = (rs, n) -> new Judgment(
            rs.getString("subject"),
            Judgment.Outcome.valueOf(rs.getString("outcome")),
            rs.getString("comment"),
            rs.getString("officer"),
            rs.getObject("judged_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    Judgments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Judgment> of(long submissionId) {
        return jdbc.sql("SELECT * FROM judgments WHERE submission_id = :s ORDER BY subject")
                .param("s", submissionId)
                .query(ROW)
                .list();
    }

    Optional<Judgment> find(long submissionId, String subject) {
        return jdbc.sql("SELECT * FROM judgments WHERE submission_id = :s AND subject = :sub")
                .param("s", submissionId)
                .param("sub", subject)
                .query(ROW)
                .optional();
    }

    void record(long submissionId, String subject, Judgment.Outcome outcome, String comment, String officer) {
        int n = jdbc.sql("""
                UPDATE judgments SET outcome = :o, comment = :c, officer = :by, judged_at = :now
                WHERE submission_id = :s AND subject = :sub""")
                .param("o", outcome.name())
                .param("c", comment)
                .param("by", officer)
                .param("now", OffsetDateTime.now())
                .param("s", submissionId)
                .param("sub", subject)
                .update();
        if (n == 0) {
            jdbc.sql("""
                    INSERT INTO judgments (submission_id, subject, outcome, comment, officer, judged_at)
                    VALUES (:s, :sub, :o, :c, :by, :now)""")
                    .param("o", outcome.name())
                    .param("c", comment)
                    .param("by", officer)
                    .param("now", OffsetDateTime.now())
                    .param("s", submissionId)
                    .param("sub", subject)
                    .update();
        }
    }
}
