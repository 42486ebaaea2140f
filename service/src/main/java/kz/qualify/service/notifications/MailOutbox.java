package kz.qualify.service.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qualify.service.accounts.Account;
import kz.qualify.service.accounts.Accounts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The e-mails waiting to be sent, kept in the notices' table ({@code mail_due_at}): each is tried
 * once its transaction commits and, while the SMTP server refuses it, again after a pause that doubles
 * from {@code qualify.mail.retry-backoff} (1 minute) up to {@code qualify.mail.retry-backoff-max} (6
 * hours), at most {@code qualify.mail.max-attempts} times (10: about a day) — then it is given up with
 * its last error kept beside the notice, which stays in the inbox.
 *
 * <p>A try first claims the mail by moving its due time past the try (a conditional update), so two
 * instances, or the first try racing a sweep, never send one notice twice.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Long enough for one SMTP conversation with its time-outs (application.properties). */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final NotificationMailer mailer;
    private final Clock clock;
    private final Duration backoff;
    private final Duration backoffMax;
    private final int maxAttempts;

    MailOutbox(
            JdbcClient jdbc,
            Accounts accounts,
            NotificationMailer mailer,
            Clock clock,
            @Value("${qualify.mail.retry-backoff:1m}") Duration backoff,
            @Value("${qualify.mail.retry-backoff-max:6h}") Duration backoffMax,
            @Value("${qualify.mail.max-attempts:10}") int maxAttempts) {
        if (backoff.isNegative() || backoff.isZero() || backoffMax.compareTo(backoff) < 0) {
            throw new IllegalArgumentException(
                    "qualify.mail.retry-backoff must be positive and at most qualify.mail.retry-backoff-max");
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("qualify.mail.max-attempts must be 1 to 100, not " + maxAttempts);
        }
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
        this.backoff = backoff;
        this.backoffMax = backoffMax;
        this.maxAttempts = maxAttempts;
    }

    /** A mail waiting in the outbox, as read for one try. */
    private record Waiting(
            long id, String recipient, Notification.Kind kind, Map<String, String> facts, int attempts) {}

    /**
     * The first try, once the notice's transaction has committed, on a thread of its own: a slow or
     * absent SMTP server never holds up the request that gave the notice.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void given(Notifications.Given given) {
        if (given.recipient().profile().email() == null) return;
        Thread.ofVirtual().name("mail-" + given.id()).start(() -> {
            try {
                send(given.id());
            } catch (RuntimeException e) {
                log.warn("the first try to e-mail the notice {} failed; the outbox tries again", given.id(), e);
            }
        });
    }

    /** Tries every mail that is due now; how many went out. */
    public int sendDue() {
        var due = jdbc.sql("SELECT id FROM notifications WHERE mail_due_at <= :now ORDER BY mail_due_at, id")
                .param("now", OffsetDateTime.now(clock))
                .query(Long.class)
                .list();
        int sent = 0;
        for (long id : due) if (send(id)) sent++;
        return sent;
    }

    /** Tries one notice's mail if it is due and no one else is trying it; whether it went out. */
    public boolean send(long id) {
        var now = OffsetDateTime.now(clock);
        var claimed = jdbc.sql("""
                UPDATE notifications SET mail_due_at = :claim
                WHERE id = :id AND mail_due_at <= :now AND emailed_at IS NULL""")
                .param("claim", now.plus(CLAIM))
                .param("id", id)
                .param("now", now)
                .update();
        if (claimed == 0) return false;
        var mail = jdbc.sql("SELECT id, recipient, kind, facts, mail_attempts FROM notifications WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Waiting(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        Notification.Kind.valueOf(rs.getString("kind")),
                        facts(rs.getString("facts")),
                        rs.getInt("mail_attempts")))
                .single();
        var account = accounts.findByUsername(mail.recipient()).filter(Account::enabled);
        if (account.isEmpty() || account.get().profile().email() == null) {
            // no one to write to any more: nothing to keep trying
            settle(id, null, mail.attempts(), null);
            return false;
        }
        try {
            mailer.send(mail.id(), account.get(), mail.kind(), mail.facts());
        } catch (RuntimeException e) {
            int attempts = mail.attempts() + 1;
            var error = String.valueOf(e.getMessage());
            if (attempts >= maxAttempts) {
                log.error(
                        "the notice {} could not be e-mailed after {} tries and is given up (it stays in the inbox): {}",
                        id,
                        attempts,
                        error);
                settle(id, null, attempts, error);
            } else {
                var next = OffsetDateTime.now(clock).plus(pause(attempts));
                log.warn("the notice {} could not be e-mailed (try {}); next try at {}: {}", id, attempts, next, error);
                settle(id, next, attempts, error);
            }
            return false;
        }
        jdbc.sql("""
                UPDATE notifications SET emailed_at = :at, mail_due_at = NULL, mail_error = NULL
                WHERE id = :id""").param("at", OffsetDateTime.now(clock)).param("id", id).update();
        return true;
    }

    /** The pause after the n-th failed try: the backoff doubled n − 1 times, capped. */
    Duration pause(int failedTries) {
        var pause = backoff;
        for (int i = 1; i < failedTries && pause.compareTo(backoffMax) < 0; i++) pause = pause.multipliedBy(2);
        return pause.compareTo(backoffMax) > 0 ? backoffMax : pause;
    }

    private void settle(long id, @Nullable OffsetDateTime next, int attempts, @Nullable String error) {
        jdbc.sql("UPDATE notifications SET mail_due_at = :next, mail_attempts = :n, mail_error = :e WHERE id = :id")
                .param("next", next)
                .param("n", attempts)
                .param("e", error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
                .param("id", id)
                .update();
    }

    private static Map<String, String> facts(String json) {
        var facts = new LinkedHashMap<String, String>();
        JSON.readTree(json)
                .properties()
                .forEach(e -> facts.put(e.getKey(), e.getValue().asString()));
        return facts;
    }

    /** The ids of the mails still waiting (for the tests and the operators' eyes). */
    public List<Long> waiting() {
        return jdbc.sql("SELECT id FROM notifications WHERE mail_due_at IS NOT NULL ORDER BY id")
                .query(Long.class)
                .list();
    }
}
