package kz.qualify.service.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qualify.service.web.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The applications and their submissions. */
@Repository
public class Applications {

    private static final RowMapper<Application> ROW = Applications::map;
    private static final RowMapper<Submission> SUBMISSION = (rs, n) -> new Submission(
            rs.getLong("id"),
            rs.getLong("application_id"),
            rs.getInt("number"),
            rs.getString("dossier"),
            rs.getString("assessment"),
            rs.getString("verdict"),
            rs.getString("edition_id"),
            rs.getString("rules_version"),
            rs.getObject("legal_date", java.time.LocalDate.class),
            rs.getString("submitted_by"),
            instant(rs, "submitted_at"));

    private final JdbcClient jdbc;

    Applications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Application map(ResultSet rs, int n) throws SQLException {
        return new Application(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getInt("activity"),
                split(rs.getString("sub_activities")),
                ApplicationState.valueOf(rs.getString("state")),
                rs.getLong("version"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                lines(rs.getString("return_reasons")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static List<String> split(@Nullable String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static List<String> lines(@Nullable String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    long create(long organisationId, int activity, List<String> subActivities, String dossier, String createdBy) {
        var keys = new GeneratedKeyHolder();
        var now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO applications (organisation_id, activity, sub_activities, state, dossier, version, created_by,
                                          created_at, updated_at)
                VALUES (:org, :activity, :subs, 'DRAFT', :dossier, 1, :by, :now, :now)""")
                .param("org", organisationId)
                .param("activity", activity)
                .param("subs", String.join(",", subActivities))
                .param("dossier", dossier)
                .param("by", createdBy)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public Optional<Application> find(long id) {
        return jdbc.sql("SELECT * FROM applications WHERE id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    /** Reads and locks the row for the rest of the transaction. */
    Optional<Application> lock(long id) {
        return jdbc.sql("SELECT * FROM applications WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    public String dossier(long id) {
        return jdbc.sql("SELECT dossier FROM applications WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** Applications of one organisation (or all when null), optionally in some states, oldest first. */
    public Page<Application> page(@Nullable Long organisationId, Set<ApplicationState> states, Page.Request request) {
        var where = new StringBuilder(" WHERE 1=1");
        var params = new HashMap<String, Object>();
        if (organisationId != null) {
            where.append(" AND organisation_id = :org");
            params.put("org", organisationId);
        }
        if (!states.isEmpty()) {
            where.append(" AND state IN (:states)");
            params.put("states", states.stream().map(Enum::name).toList());
        }
        return request.select(jdbc, "applications" + where, params, "updated_at, id", ROW);
    }

    /** Changes the dossier if the version still matches; false when it does not. */
    boolean updateDossier(long id, long expectedVersion, String dossier, List<String> subActivities) {
        return jdbc.sql("""
                UPDATE applications SET dossier = :d, sub_activities = :subs, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :v""")
                        .param("d", dossier)
                        .param("subs", String.join(",", subActivities))
                        .param("now", OffsetDateTime.now())
                        .param("id", id)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    /** Moves a (locked) application to a new state. */
    void changeState(long id, ApplicationState to, @Nullable List<String> returnReasons) {
        jdbc.sql("""
                UPDATE applications SET state = :s, return_reasons = :r, version = version + 1, updated_at = :now
                WHERE id = :id""")
                .param("s", to.name())
                .param("r", returnReasons == null ? null : String.join("\n", returnReasons))
                .param("now", OffsetDateTime.now())
                .param("id", id)
                .update();
    }

    long fileSubmission(
            long applicationId,
            int number,
            String dossier,
            String assessment,
            String verdict,
            @Nullable String editionId,
            @Nullable String rulesVersion,
            java.time.LocalDate legalDate,
            String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO submissions (application_id, number, dossier, assessment, verdict, edition_id, rules_version,
                                         legal_date, submitted_by, submitted_at)
                VALUES (:app, :n, :d, :a, :v, :e, :r, :date, :by, :now)""")
                .param("app", applicationId)
                .param("n", number)
                .param("d", dossier)
                .param("a", assessment)
                .param("v", verdict)
                .param("e", editionId)
                .param("r", rulesVersion)
                .param("date", legalDate)
                .param("by", by)
                .param("now", OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public List<Submission> submissions(long applicationId) {
        return new ArrayList<>(jdbc.sql("SELECT * FROM submissions WHERE application_id = :a ORDER BY number")
                .param("a", applicationId)
                .query(SUBMISSION)
                .list());
    }

    public Optional<Submission> latestSubmission(long applicationId) {
        return jdbc.sql("SELECT * FROM submissions WHERE application_id = :a ORDER BY number DESC LIMIT 1")
                .param("a", applicationId)
                .query(SUBMISSION)
                .optional();
    }

    public Optional<Submission> submission(long applicationId, int number) {
        return jdbc.sql("SELECT * FROM submissions WHERE application_id = :a AND number = :n")
                .param("a", applicationId)
                .param("n", number)
                .query(SUBMISSION)
                .optional();
    }
}
