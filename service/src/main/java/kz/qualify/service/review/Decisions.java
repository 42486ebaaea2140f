package kz.qualify.service.review;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decisions made, one per application, with their reasons as JSON. */
@Repository
class Decisions {

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long applicationId, long submissionId, String outcome, String reasonsJson, String officer) {
        jdbc.sql("""
                INSERT INTO decisions (application_id, submission_id, outcome, reasons, officer, decided_at)
                VALUES (:a, :s, :o, :r, :by, :now)""")
                .param("a", applicationId)
                .param("s", submissionId)
                .param("o", outcome)
                .param("r", reasonsJson)
                .param("by", officer)
                .param("now", OffsetDateTime.now())
                .update();
    }

    Optional<String> reasons(long applicationId) {
        return jdbc.sql("SELECT reasons FROM decisions WHERE application_id = :a")
                .param("a", applicationId)
                .query(String.class)
                .optional();
    }

    Optional<String> refusal(long applicationId) {
        return jdbc.sql("SELECT reasons FROM decisions WHERE application_id = :a AND outcome = 'REFUSED'")
                .param("a", applicationId)
                .query(String.class)
                .optional();
    }

    Optional<String> officer(long applicationId) {
        return jdbc.sql("SELECT officer FROM decisions WHERE application_id = :a")
                .param("a", applicationId)
                .query(String.class)
                .optional();
    }
}
