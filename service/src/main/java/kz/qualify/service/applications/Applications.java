package kz.qualify.service.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
            rs.getObject("legal_date", LocalDate.class),
            rs.getString("submitted_by"),
            instant(rs, "submitted_at"));

    private final JdbcClient jdbc;
    private final Clock clock;

    Applications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
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
                lines(rs.getString("return_reasons")),
                rs.getObject("filed_on", LocalDate.class),
                rs.getObject("first_filed_on", LocalDate.class),
                rs.getObject("check_due", LocalDate.class),
                rs.getObject("decision_due", LocalDate.class),
                rs.getInt("filings"));
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
        var now = now();
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

    /**
     * Applications of one organisation (or, when null, every filed one: never a draft not yet filed),
     * optionally in some states, oldest first.
     */
    public Page<Application> page(@Nullable Long organisationId, Set<ApplicationState> states, Page.Request request) {
        var where = new StringBuilder(" WHERE 1=1");
        var params = new HashMap<String, Object>();
        if (organisationId == null) where.append(" AND filed_on IS NOT NULL");
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

    /** How a queue is ordered; the deadline first by default, so the overdue rise to the top. */
    public enum QueueOrder {
        DEADLINE("a.decision_due %s NULLS LAST, a.filed_on, a.id"),
        FILED("a.filed_on %s, a.id"),
        APPLICANT("LOWER(o.name) %s, a.id"),
        UPDATED("a.updated_at %s, a.id");

        private final String sql;

        QueueOrder(String sql) {
            this.sql = sql;
        }

        String sql(boolean descending) {
            return sql.formatted(descending ? "DESC" : "ASC");
        }
    }

    /** A filed application in a queue, with the applicant's name and BIN/IIN. */
    public record Queued(Application application, String applicant, String taxId) {}

    /**
     * Filed applications (never an unfiled draft) in some states, whose applicant's name contains
     * {@code search} (any case) or whose BIN/IIN starts with it, in {@code order}.
     */
    public Page<Queued> queue(
            Set<ApplicationState> states,
            @Nullable String search,
            QueueOrder order,
            boolean descending,
            Page.Request request) {
        var where = new StringBuilder(" WHERE a.filed_on IS NOT NULL");
        var params = new HashMap<String, Object>();
        if (!states.isEmpty()) {
            where.append(" AND a.state IN (:states)");
            params.put("states", states.stream().map(Enum::name).toList());
        }
        if (search != null && !search.isBlank()) {
            // LIKE's wildcards are taken out of what was typed: a search is for words and digits
            var words = search.strip()
                    .toLowerCase(java.util.Locale.ROOT)
                    .replace("%", "")
                    .replace("_", "");
            where.append(" AND (LOWER(o.name) LIKE :name OR o.tax_id LIKE :tax)");
            params.put("name", "%" + words + "%");
            params.put("tax", words + "%");
        }
        var from = "applications a JOIN organisations o ON o.id = a.organisation_id" + where;
        long total = jdbc.sql("SELECT COUNT(*) FROM " + from)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT a.*, o.name AS applicant_name, o.tax_id AS applicant_tax_id FROM " + from
                        + " ORDER BY " + order.sql(descending) + " LIMIT :l OFFSET :o")
                .params(params)
                .param("l", request.size())
                .param("o", (long) request.page() * request.size())
                .query((rs, n) ->
                        new Queued(map(rs, n), rs.getString("applicant_name"), rs.getString("applicant_tax_id")))
                .list();
        return request.of(items, total);
    }

    /** Changes the dossier if the version still matches; false when it does not. */
    boolean updateDossier(long id, long expectedVersion, String dossier, List<String> subActivities) {
        return jdbc.sql("""
                UPDATE applications SET dossier = :d, sub_activities = :subs, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :v""")
                        .param("d", dossier)
                        .param("subs", String.join(",", subActivities))
                        .param("now", now())
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
                .param("now", now())
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
            LocalDate legalDate,
            String by,
            Filing filing) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO submissions (application_id, number, dossier, assessment, verdict, edition_id, rules_version,
                                         legal_date, submitted_by, submitted_at, filed_on, check_due, decision_due)
                VALUES (:app, :n, :d, :a, :v, :e, :r, :date, :by, :at, :on, :check, :decision)""")
                .param("app", applicationId)
                .param("n", number)
                .param("d", dossier)
                .param("a", assessment)
                .param("v", verdict)
                .param("e", editionId)
                .param("r", rulesVersion)
                .param("date", legalDate)
                .param("by", by)
                .param("at", filing.at())
                .param("on", filing.on())
                .param("check", filing.checkDue())
                .param("decision", filing.decisionDue())
                .update(keys, "id");
        jdbc.sql("""
                UPDATE applications SET filed_on = :on, first_filed_on = COALESCE(first_filed_on, :on),
                                        check_due = :check, decision_due = :decision, filings = filings + 1
                WHERE id = :app""")
                .param("on", filing.on())
                .param("check", filing.checkDue())
                .param("decision", filing.decisionDue())
                .param("app", applicationId)
                .update();
        return keys.getKeyAs(Long.class);
    }

    /**
     * When a filing arrived and the last days of the terms it started.
     *
     * @param at the moment, on the service's clock
     * @param on the licensor's day it arrived
     */
    record Filing(OffsetDateTime at, LocalDate on, LocalDate checkDue, LocalDate decisionDue) {}

    /** The service's clock, for the moment of a filing. */
    OffsetDateTime clockNow() {
        return now();
    }

    /** Filed applications whose deadlines are not computed yet (filed before the clock was kept). */
    List<Long> withoutDeadlines() {
        return jdbc.sql("SELECT id FROM applications WHERE filed_on IS NOT NULL AND decision_due IS NULL")
                .query(Long.class)
                .list();
    }

    /** Sets the latest filing's deadlines computed after the fact. */
    void setDeadlines(long applicationId, LocalDate checkDue, LocalDate decisionDue) {
        jdbc.sql("UPDATE applications SET check_due = :c, decision_due = :d WHERE id = :a")
                .param("c", checkDue)
                .param("d", decisionDue)
                .param("a", applicationId)
                .update();
        jdbc.sql("""
                UPDATE submissions SET check_due = :c, decision_due = :d
                WHERE application_id = :a AND number = (SELECT MAX(number) FROM submissions WHERE application_id = :a)""")
                .param("c", checkDue)
                .param("d", decisionDue)
                .param("a", applicationId)
                .update();
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

    /** The terms recorded as passed for an application, in the order they passed. */
    public List<DeadlinePassed> recorded(long applicationId) {
        return jdbc.sql("SELECT * FROM deadlines_passed WHERE application_id = :a ORDER BY passed_on, id")
                .param("a", applicationId)
                .query((rs, n) -> new DeadlinePassed(
                        rs.getLong("application_id"),
                        rs.getInt("filing"),
                        rs.getString("term"),
                        rs.getObject("last_day", LocalDate.class),
                        rs.getObject("passed_on", LocalDate.class),
                        rs.getString("consequence")))
                .list();
    }

    /** Applications waiting for the licensor whose decision is due by {@code until}. */
    public List<Application> waitingWithDecisionDueBy(LocalDate until) {
        return jdbc.sql("""
                SELECT * FROM applications
                WHERE state IN ('SUBMITTED', 'RESUBMITTED', 'UNDER_REVIEW') AND decision_due <= :until
                ORDER BY decision_due, id""").param("until", until).query(ROW).list();
    }
}
