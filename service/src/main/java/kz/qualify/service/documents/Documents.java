package kz.qualify.service.documents;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kz.qualify.service.assessment.Attached;
import kz.qualify.service.assessment.Attachments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The documents' metadata; their bytes are in the {@link DocumentStore}. A deleted or replaced
 * document keeps its row, marked removed, so that an earlier filing still shows what it held.
 */
@Repository
public class Documents implements Attachments {

    private static final RowMapper<StoredDocument> ROW = (rs, n) -> {
        var removed = rs.getObject("removed_at", OffsetDateTime.class);
        var replacedBy = rs.getObject("replaced_by", Long.class);
        return new StoredDocument(
                rs.getLong("id"),
                rs.getLong("application_id"),
                rs.getString("requirement_id"),
                rs.getString("slot"),
                rs.getString("filename"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256").strip(),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                removed == null ? null : removed.toInstant(),
                replacedBy);
    };

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The content of a new document; where it goes (requirement and slot) and who uploaded it. */
    record Upload(
            @Nullable String requirementId,
            @Nullable String slot,
            String filename,
            String mediaType,
            long size,
            String sha256,
            String by) {}

    long add(long applicationId, Upload u) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO documents (application_id, requirement_id, slot, filename, media_type, size_bytes, sha256,
                                       uploaded_by, uploaded_at)
                VALUES (:app, :req, :slot, :name, :type, :size, :sha, :by, :now)""")
                .param("app", applicationId)
                .param("req", u.requirementId())
                .param("slot", u.slot())
                .param("name", u.filename())
                .param("type", u.mediaType())
                .param("size", u.size())
                .param("sha", u.sha256())
                .param("by", u.by())
                .param("now", OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Marks a current document removed (and by which document it was replaced, if one); false if it was not current. */
    boolean remove(long id, @Nullable Long replacedBy) {
        return jdbc.sql("""
                        UPDATE documents SET removed_at = :now, replaced_by = :by
                        WHERE id = :id AND removed_at IS NULL""")
                        .param("now", OffsetDateTime.now())
                        .param("by", replacedBy)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** A document, current or removed (an earlier filing may name it). */
    public Optional<StoredDocument> find(long id) {
        return jdbc.sql("SELECT * FROM documents WHERE id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    /** The application's current documents, in upload order. */
    public List<StoredDocument> of(long applicationId) {
        return jdbc.sql("SELECT * FROM documents WHERE application_id = :a AND removed_at IS NULL ORDER BY id")
                .param("a", applicationId)
                .query(ROW)
                .list();
    }

    /** Every document the application ever had, removed ones too, in upload order. */
    public List<StoredDocument> ever(long applicationId) {
        return jdbc.sql("SELECT * FROM documents WHERE application_id = :a ORDER BY id")
                .param("a", applicationId)
                .query(ROW)
                .list();
    }

    @Override
    public List<Attached> attachedTo(long applicationId) {
        return of(applicationId).stream()
                .map(d -> new Attached(d.id(), d.requirementId(), d.slot(), d.filename(), d.sha256()))
                .toList();
    }
}
