package kz.qualify.service.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qualify.service.accounts.Account;
import kz.qualify.service.accounts.Accounts;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The inboxes: notices given (in the caller's transaction), read and counted. */
@Service
public class Notifications {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean mail;

    Notifications(
            JdbcClient jdbc,
            Accounts accounts,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${qualify.mail.enabled:false}") boolean mail) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.mail = mail;
    }

    /** A notice given to an account, for the mailer once the transaction commits. */
    record Given(long id, Account recipient, Notification.Kind kind, Map<String, String> facts) {}

    /** Tells every enabled account with {@code role} (of one organisation, for applicants). */
    void tell(
            Actor.Role role,
            @Nullable Long organisationId,
            Notification.Kind kind,
            @Nullable Long applicationId,
            Map<String, String> facts,
            @Nullable String onceKey) {
        for (var account : accounts.enabled(role, organisationId)) {
            give(account, kind, applicationId, facts, onceKey);
        }
    }

    private void give(
            Account recipient,
            Notification.Kind kind,
            @Nullable Long applicationId,
            Map<String, String> facts,
            @Nullable String onceKey) {
        if (onceKey != null
                && jdbc.sql("SELECT COUNT(*) FROM notifications WHERE recipient = :r AND once_key = :k")
                                .param("r", recipient.username())
                                .param("k", onceKey)
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notifications (recipient, kind, application_id, facts, once_key, created_at, mail_due_at)
                VALUES (:r, :k, :a, :f, :once, :at, :due)""")
                .param("r", recipient.username())
                .param("k", kind.name())
                .param("a", applicationId)
                .param("f", JSON.writeValueAsString(new java.util.TreeMap<>(facts)))
                .param("once", onceKey)
                .param("at", OffsetDateTime.now(clock))
                // the e-mail is kept with the notice, in its transaction: a mail that cannot be sent now is not lost
                .param("due", mail && recipient.profile().email() != null ? OffsetDateTime.now(clock) : null)
                .update(keys, "id");
        events.publishEvent(new Given(keys.getKeyAs(Long.class), recipient, kind, facts));
    }

    private static Notification map(java.sql.ResultSet rs) throws java.sql.SQLException {
        var facts = new LinkedHashMap<String, String>();
        JSON.readTree(rs.getString("facts"))
                .properties()
                .forEach(e -> facts.put(e.getKey(), e.getValue().asString()));
        var read = rs.getObject("read_at", OffsetDateTime.class);
        return new Notification(
                rs.getLong("id"),
                Notification.Kind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("application_id", Long.class),
                facts,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant());
    }

    /** An account's inbox, newest first. */
    public Page<Notification> inbox(String username, boolean unreadOnly, Page.Request request) {
        var where = "notifications WHERE recipient = :r" + (unreadOnly ? " AND read_at IS NULL" : "");
        return request.select(jdbc, where, Map.of("r", username), "created_at DESC, id DESC", (rs, n) -> map(rs));
    }

    public long unread(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications WHERE recipient = :r AND read_at IS NULL")
                .param("r", username)
                .query(Long.class)
                .single();
    }

    /** Marks notices read (only the account's own; the others are not there for it). */
    public int markRead(String username, List<Long> ids) {
        if (ids.isEmpty()) {
            return jdbc.sql("UPDATE notifications SET read_at = :at WHERE recipient = :r AND read_at IS NULL")
                    .param("at", OffsetDateTime.now(clock))
                    .param("r", username)
                    .update();
        }
        return jdbc.sql(
                        "UPDATE notifications SET read_at = :at WHERE recipient = :r AND read_at IS NULL AND id IN (:ids)")
                .param("at", OffsetDateTime.now(clock))
                .param("r", username)
                .param("ids", ids)
                .update();
    }
}
