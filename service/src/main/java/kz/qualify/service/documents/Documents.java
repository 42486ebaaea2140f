package kz.qualify.service.documents;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The documents' metadata; their bytes are in the {@link DocumentStore}. */
@Repository
public class Documents {

    private static final RowMapper<StoredDocument> ROW = (rs, n) -> new StoredDocument(
            rs.getLong("id"),
            rs.getLong("application_id"),
            rs.getString("requirement_id"),
            rs.getString("filename"),
            rs.getString("media_type"),
            rs.getLong("size_bytes"),
            rs.getString("sha256").strip(),
            rs.getString("uploaded_by"),
            rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(
            long applicationId,
            @Nullable String requirementId,
            String filename,
            String mediaType,
            long size,
            String sha256,
            String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO documents (application_id, requirement_id, filename, media_type, size_bytes, sha256,
                                       uploaded_by, uploaded_at)
                VALUES (:app, :req, :name, :type, :size, :sha, :by, :now)""")
                .param("app", applicationId)
                .param("req", requirementId)
                .param("name", filename)
                .param("type", mediaType)
                .param("size", size)
                .param("sha", sha256)
                .param("by", by)
                .param("now", OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public Optional<StoredDocument> find(long id) {
        return jdbc.sql("SELECT * FROM documents WHERE id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    public List<StoredDocument> of(long applicationId) {
        return jdbc.sql("SELECT * FROM documents WHERE application_id = :a ORDER BY id")
                .param("a", applicationId)
                .query(ROW)
                .list();
    }
}
