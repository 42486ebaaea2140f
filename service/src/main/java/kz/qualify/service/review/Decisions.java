package kz.qualify.service.review;

import java.time.LocalDate;
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

    void record(
            long applicationId,
            long submissionId,
            String outcome,
            String reasonsJson,
            String officer,
            Signature signature,
            String authorityJson) {
        jdbc.sql("""
                INSERT INTO decisions (application_id, submission_id, outcome, reasons, officer, decided_at, decided_on,
                                       officer_name, officer_position, authority)
                VALUES (:a, :s, :o, :r, :by, :at, :on, :name, :position, :authority)""")
                .param("a", applicationId)
                .param("s", submissionId)
                .param("o", outcome)
                .param("r", reasonsJson)
                .param("by", officer)
                .param("at", signature.at())
                .param("on", signature.on())
                .param("name", signature.fullName())
                .param("position", signature.position())
                .param("authority", authorityJson)
                .update();
    }

    /**
     * Who decided, when, as the decision states it.
     *
     * @param on the licensor's day of the decision: the decision's date, and the licence's issue date
     */
    record Signature(OffsetDateTime at, LocalDate on, String fullName, String position) {}

    Optional<RecordedDecision> find(long applicationId) {
        return jdbc.sql("SELECT * FROM decisions WHERE application_id = :a")
                .param("a", applicationId)
                .query((rs, n) -> new RecordedDecision(
                        rs.getLong("application_id"),
                        rs.getString("outcome"),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                        rs.getString("officer"),
                        rs.getString("officer_name"),
                        rs.getString("officer_position"),
                        rs.getString("authority"),
                        rs.getString("reasons")))
                .optional();
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
