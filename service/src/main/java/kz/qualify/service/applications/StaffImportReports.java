package kz.qualify.service.applications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last staff table import's report of each application (one per application: a later import replaces it). */
@Repository
class StaffImportReports {

    /**
     * A kept report.
     *
     * @param report the report as the import answered it (JSON)
     */
    record Kept(String filename, String report, String importedBy, Instant importedAt) {}

    private final JdbcClient jdbc;

    StaffImportReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the report, replacing the one before; in the import's transaction (the row is locked by it). */
    void keep(long applicationId, String filename, String report, String by, OffsetDateTime at) {
        jdbc.sql("DELETE FROM staff_import_reports WHERE application_id = :a")
                .param("a", applicationId)
                .update();
        jdbc.sql("""
                INSERT INTO staff_import_reports (application_id, filename, report, imported_by, imported_at)
                VALUES (:a, :name, :report, :by, :at)""")
                .param("a", applicationId)
                .param("name", filename.length() > 300 ? filename.substring(0, 300) : filename)
                .param("report", report)
                .param("by", by)
                .param("at", at)
                .update();
    }

    Optional<Kept> of(long applicationId) {
        return jdbc.sql("SELECT * FROM staff_import_reports WHERE application_id = :a")
                .param("a", applicationId)
                .query((rs, n) -> new Kept(
                        rs.getString("filename"),
                        rs.getString("report"),
                        rs.getString("imported_by"),
                        rs.getObject("imported_at", OffsetDateTime.class).toInstant()))
                .optional();
    }
}
