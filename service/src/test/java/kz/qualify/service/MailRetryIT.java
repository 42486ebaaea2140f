package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import kz.qualify.testsupport.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A notice's e-mail while the SMTP server is down, on real PostgreSQL with GreenMail stopped and then
 * started on the configured port: the filing is answered all the same, the mail is kept, tried again
 * after a pause that doubles (on the test's clock), sent once when the server is back, and given up
 * after the set number of tries with its error kept, the notice staying in the inbox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailRetryIT {

    static final Instant DECEMBER_14 = Instant.parse("2012-12-14T06:00:00Z");

    int port;
    GreenMail smtp;
    Databases db;
    Instance instance;
    MovableClock clock;
    Fixtures.Org org;

    @BeforeAll
    void start() throws Exception {
        try (var free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        db = Databases.postgres();
        clock = MovableClock.startingAt(DECEMBER_14);
        var properties = new HashMap<String, Object>(clock.properties());
        properties.put("qualify.mail.enabled", "true");
        properties.put("qualify.mail.from", "licensing@example.kz");
        properties.put("qualify.mail.retry-interval", "300ms");
        properties.put("qualify.mail.retry-backoff", "1m");
        properties.put("qualify.mail.max-attempts", "3");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(port));
        instance = Instance.start(db, properties, MovableClock.Use.class);
        var admin = instance.admin();
        org = Fixtures.organisation(admin, "ТОО «Почта недоступна»");
        var profile = org.applicant()
                .put("/api/me/profile", json("email", "applicant@example.kz", "preferredLanguage", "ru"));
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
        if (smtp != null) smtp.stop();
    }

    long file() {
        var created = org.applicant().post("/api/applications", json("activity", 7));
        long id = created.json().get("id").asLong();
        org.applicant()
                .put(
                        "/api/applications/" + id + "/dossier",
                        Fixtures.item7Dossier(org.bin(), org.name(), true),
                        "If-Match",
                        created.etag());
        var filed = org.applicant().submit(id, key());
        assertThat(filed.status())
                .as("the filing is answered though the SMTP server is down")
                .isEqualTo(201);
        return id;
    }

    /** The applicant's FILED notice of an application, with its outbox columns. */
    Map<String, Object> mail(long applicationId) {
        return instance.jdbc().sql("""
                        SELECT id, mail_due_at, mail_attempts, mail_error, emailed_at FROM notifications
                        WHERE application_id = :a AND kind = 'FILED'""").param("a", applicationId).query().singleRow();
    }

    Map<String, Object> await(long applicationId, Predicate<Map<String, Object>> until) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var row = mail(applicationId);
            if (until.test(row)) return row;
            assertThat(System.nanoTime()).as("waiting for " + row).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    static int attempts(Map<String, Object> row) {
        return ((Number) row.get("mail_attempts")).intValue();
    }

    static Instant due(Map<String, Object> row) {
        var due = row.get("mail_due_at");
        return due instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) due).toInstant();
    }

    @Test
    @Order(1)
    void aMailRefusedByTheServerIsKeptTriedAgainWithBackoffAndSentOnceWhenItIsBack() throws Exception {
        long id = file();

        var first = await(id, row -> attempts(row) == 1);
        assertThat(row(first, "emailed_at")).isNull();
        assertThat(row(first, "mail_error")).isNotNull();
        assertThat(due(first)).as("a minute after the failed try").isEqualTo(DECEMBER_14.plus(Duration.ofMinutes(1)));
        Thread.sleep(1000);
        assertThat(attempts(mail(id)))
                .as("not tried again before the pause is over")
                .isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        var second = await(id, row -> attempts(row) == 2);
        assertThat(due(second)).as("the pause doubled").isEqualTo(DECEMBER_14.plus(Duration.ofMinutes(1 + 2)));

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        clock.advance(Duration.ofMinutes(2));
        assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
        var sent = await(id, row -> row.get("emailed_at") != null);
        assertThat(sent.get("mail_due_at")).isNull();
        assertThat(sent.get("mail_error")).isNull();
        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Заявление № " + id + " подано");

        clock.advance(Duration.ofHours(1));
        Thread.sleep(1000);
        assertThat(smtp.getReceivedMessages()).as("sent once, never again").hasSize(1);
    }

    @Test
    @Order(2)
    void aMailIsGivenUpAfterTheSetTriesAndTheNoticeStaysInTheInbox() throws Exception {
        smtp.stop();
        smtp = null;
        long id = file();
        await(id, row -> attempts(row) == 1);
        clock.advance(Duration.ofMinutes(1));
        await(id, row -> attempts(row) == 2);
        clock.advance(Duration.ofMinutes(2));
        var given = await(id, row -> attempts(row) == 3 && row.get("mail_due_at") == null);
        assertThat(given.get("emailed_at")).isNull();
        assertThat(given.get("mail_error")).as("the last error is kept").isNotNull();

        var inbox = org.applicant().get("/api/notifications?size=200").json().get("items");
        assertThat(inbox.valueStream().filter(n -> n.get("applicationId").asLong() == id))
                .extracting(n -> n.get("kind").asString())
                .containsExactly("FILED");
    }

    static Object row(Map<String, Object> row, String column) {
        return row.get(column);
    }
}
