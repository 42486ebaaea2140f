package kz.qualify.service.licences;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.deadlines.StatutoryDeadlines;
import kz.qualify.service.web.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The issued licences. Numbers come from a database sequence, so any instance issues unique ones. */
@Repository
public class Licences {

    private static final RowMapper<Licence> ROW = (rs, n) -> new Licence(
            rs.getString("number"),
            rs.getLong("application_id"),
            rs.getString("holder"),
            rs.getString("tax_id"),
            rs.getInt("activity"),
            split(rs.getString("sub_activities")),
            rs.getObject("issued_on", LocalDate.class),
            rs.getString("edition_id"),
            Licence.Status.valueOf(rs.getString("status")),
            rs.getString("status_reason"),
            rs.getLong("version"),
            names(rs.getString("authority")),
            scope(rs.getString("scope")));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, String> names(@Nullable String json) {
        if (json == null || json.isBlank()) return Map.of();
        var out = new java.util.LinkedHashMap<String, String>();
        JSON.readTree(json)
                .properties()
                .forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }

    private static Licence.Scope scope(@Nullable String json) {
        return json == null || json.isBlank() ? Licence.Scope.NONE : JSON.readValue(json, Licence.Scope.class);
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final StatutoryDeadlines days;
    private final Clock clock;

    Licences(JdbcClient jdbc, AuditTrail audit, StatutoryDeadlines days, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.days = days;
        this.clock = clock;
    }

    private static List<String> split(@Nullable String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    /** Issues a licence for an approved application (joins the decision's transaction). */
    @Transactional
    public Licence issue(
            String officer,
            long applicationId,
            long organisationId,
            String holder,
            String taxId,
            int activity,
            List<String> subActivities,
            LocalDate issuedOn,
            String editionId,
            Map<String, String> authority,
            Licence.Scope scope) {
        long next =
                jdbc.sql("SELECT nextval('licence_numbers')").query(Long.class).single();
        var number = "%02d-967-%06d".formatted(activity, next);
        jdbc.sql("""
                INSERT INTO licences (number, application_id, organisation_id, holder, tax_id, activity, sub_activities,
                                      issued_on, edition_id, status, version, authority, scope)
                VALUES (:n, :app, :org, :holder, :tax, :act, :subs, :on, :ed, 'ACTIVE', 1, :authority, :scope)""")
                .param("n", number)
                .param("app", applicationId)
                .param("org", organisationId)
                .param("holder", holder)
                .param("tax", taxId)
                .param("act", activity)
                .param("subs", String.join(",", subActivities))
                .param("on", issuedOn)
                .param("ed", editionId)
                .param("authority", JSON.writeValueAsString(new java.util.TreeMap<>(authority)))
                .param("scope", JSON.writeValueAsString(scope))
                .update();
        event(number, Licence.Event.Kind.ISSUED, issuedOn, null, officer);
        var licence = find(number).orElseThrow();
        audit.append(officer, "licence.issued", "licence", number, null, licence);
        return licence;
    }

    private void event(String number, Licence.Event.Kind kind, LocalDate on, @Nullable String reason, String officer) {
        jdbc.sql("""
                INSERT INTO licence_events (licence_number, event, reason, happened_on, happened_at, officer)
                VALUES (:n, :e, :r, :on, :at, :by)""")
                .param("n", number)
                .param("e", kind.name())
                .param("r", reason)
                .param("on", on)
                .param("at", java.time.OffsetDateTime.now(clock))
                .param("by", officer)
                .update();
    }

    /** The licence's status history, oldest first: public, without the officers' logins. */
    public List<Licence.Event> history(String number) {
        return jdbc.sql("SELECT * FROM licence_events WHERE licence_number = :n ORDER BY happened_at, id")
                .param("n", number)
                .query((rs, i) -> new Licence.Event(
                        Licence.Event.Kind.valueOf(rs.getString("event")),
                        rs.getObject("happened_on", LocalDate.class),
                        rs.getString("reason")))
                .list();
    }

    public Optional<Licence> find(String number) {
        return jdbc.sql("SELECT * FROM licences WHERE number = :n")
                .param("n", number)
                .query(ROW)
                .optional();
    }

    public Optional<Licence> ofApplication(long applicationId) {
        return jdbc.sql("SELECT * FROM licences WHERE application_id = :a")
                .param("a", applicationId)
                .query(ROW)
                .optional();
    }

    /** The public registry: by BIN/IIN (exact), name (contains, any case), activity and status. */
    public Page<Licence> search(
            @Nullable String taxId,
            @Nullable String name,
            @Nullable Integer activity,
            Licence.@Nullable Status status,
            Page.Request request) {
        var where = new StringBuilder(" WHERE 1=1");
        var params = new HashMap<String, Object>();
        if (taxId != null && !taxId.isBlank()) {
            where.append(" AND tax_id = :tax");
            params.put("tax", taxId.strip());
        }
        if (name != null && !name.isBlank()) {
            where.append(" AND LOWER(holder) LIKE :name");
            params.put(
                    "name",
                    "%" + name.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (activity != null) {
            where.append(" AND activity = :act");
            params.put("act", activity);
        }
        if (status != null) {
            where.append(" AND status = :st");
            params.put("st", status.name());
        }
        return request.select(jdbc, "licences" + where, params, "number", ROW);
    }

    /** Changes a licence's status (suspension, revocation, reinstatement) if the version still matches. */
    @Transactional
    public Optional<Licence> changeStatus(
            String officer,
            String number,
            long expectedVersion,
            Licence.Status to,
            String reason,
            java.util.Set<Licence.Status> from) {
        var before = jdbc.sql("SELECT * FROM licences WHERE number = :n FOR UPDATE")
                .param("n", number)
                .query(ROW)
                .optional();
        if (before.isEmpty()) return Optional.empty();
        var b = before.get();
        if (expectedVersion >= 0 && b.version() != expectedVersion) {
            throw kz.qualify.service.web.Etags.stale();
        }
        if (!from.contains(b.status())) {
            throw kz.qualify.service.web.ApiException.conflict(
                    "invalid-transition",
                    Message.of("api.licence.invalidTransition", Arg.label("from", b.status()), Arg.label("to", to)));
        }
        jdbc.sql("UPDATE licences SET status = :s, status_reason = :r, version = version + 1 WHERE number = :n")
                .param("s", to.name())
                .param("r", reason)
                .param("n", number)
                .update();
        var kind = switch (to) {
            case SUSPENDED -> Licence.Event.Kind.SUSPENDED;
            case REVOKED -> Licence.Event.Kind.REVOKED;
            case ACTIVE -> Licence.Event.Kind.RESUMED;
        };
        event(number, kind, days.today(), reason, officer);
        var after = find(number).orElseThrow();
        audit.append(officer, "licence." + to.name().toLowerCase(Locale.ROOT), "licence", number, b, after);
        return Optional.of(after);
    }
}
