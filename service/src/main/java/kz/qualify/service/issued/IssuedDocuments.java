package kz.qualify.service.issued;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kz.qualify.official.Language;
import kz.qualify.official.OfficialDocument;
import kz.qualify.official.SignedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The issued documents and their bytes. */
@Repository
class IssuedDocuments {

    /** Crockford's base-32 alphabet without I, L, O, U: a code read off paper cannot be mistyped into another. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /** 10 characters of 5 bits: 2^50 codes, so a code cannot be guessed from another. */
    static final int CODE_LENGTH = 10;

    private static final String COLUMNS = "id, code, kind, number, language, application_id, organisation_id, occasion,"
            + " licence_number, signed_by, decided_on, sha256, file_name, size, issued_at";

    private static final RowMapper<IssuedDocument> ROW = (rs, n) -> new IssuedDocument(
            rs.getLong("id"),
            rs.getString("code"),
            OfficialDocument.Kind.valueOf(rs.getString("kind")),
            rs.getString("number"),
            Language.of(rs.getString("language")),
            rs.getLong("application_id"),
            rs.getLong("organisation_id"),
            rs.getInt("occasion"),
            rs.getString("licence_number"),
            rs.getString("signed_by"),
            rs.getObject("decided_on", java.time.LocalDate.class),
            rs.getString("sha256"),
            rs.getString("file_name"),
            rs.getLong("size"),
            rs.getObject("issued_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    IssuedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String newCode() {
        var code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        return new String(code);
    }

    /**
     * Stores a signed document in a transaction of its own (the decision it documents is already
     * committed). When another request stored the same document meanwhile, that one is kept and
     * returned: a document is issued once per language.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public IssuedDocument store(Issue issue, SignedDocument signed, Instant now) {
        var bytes = signed.pdf();
        jdbc.sql("INSERT INTO issued_documents (code, kind, number, language, application_id, organisation_id,"
                        + " occasion, licence_number, signed_by, decided_on, sha256, file_name, size, issued_at, content)"
                        + " VALUES"
                        + " (:code, :kind, :number, :language, :app, :org, :occasion, :licence, :by, :on, :sha,"
                        + " :file, :size, :at, :content) ON CONFLICT DO NOTHING")
                .param("code", issue.code())
                .param("kind", issue.kind().name())
                .param("number", issue.number())
                .param("language", issue.language().tag())
                .param("app", issue.applicationId())
                .param("org", issue.organisationId())
                .param("occasion", issue.occasion())
                .param("licence", issue.licenceNumber())
                .param("by", issue.signedBy())
                .param("on", issue.decidedOn())
                .param("sha", signed.sha256())
                .param("file", signed.fileName())
                .param("size", (long) bytes.length)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("content", bytes)
                .update();
        // a conflict: the same document issued meanwhile by a concurrent request, which is kept
        return find(issue.applicationId(), issue.kind(), issue.occasion(), issue.language())
                .orElseThrow(() -> new IllegalStateException("issued document " + issue.code() + " not stored"));
    }

    /** What is known of a document before it is rendered: enough to store it. */
    record Issue(
            String code,
            OfficialDocument.Kind kind,
            String number,
            Language language,
            long applicationId,
            long organisationId,
            int occasion,
            @Nullable String licenceNumber,
            @Nullable String signedBy,
            java.time.LocalDate decidedOn) {}

    Optional<IssuedDocument> find(long applicationId, OfficialDocument.Kind kind, int occasion, Language language) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_documents WHERE application_id = :a AND kind = :k"
                        + " AND occasion = :o AND language = :l")
                .param("a", applicationId)
                .param("k", kind.name())
                .param("o", occasion)
                .param("l", language.tag())
                .query(ROW)
                .optional();
    }

    /** Any language version of the document, the first issued first. */
    List<IssuedDocument> versions(long applicationId, OfficialDocument.Kind kind, int occasion) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_documents WHERE application_id = :a AND kind = :k"
                        + " AND occasion = :o ORDER BY id")
                .param("a", applicationId)
                .param("k", kind.name())
                .param("o", occasion)
                .query(ROW)
                .list();
    }

    Optional<IssuedDocument> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_documents WHERE code = :c")
                .param("c", code)
                .query(ROW)
                .optional();
    }

    List<IssuedDocument> ofApplication(long applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_documents WHERE application_id = :a ORDER BY id")
                .param("a", applicationId)
                .query(ROW)
                .list();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM issued_documents WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }
}
