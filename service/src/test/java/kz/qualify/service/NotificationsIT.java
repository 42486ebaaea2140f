package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import kz.qualify.service.applications.DeadlineWatch;
import kz.qualify.service.notifications.DeadlineNear;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import kz.qualify.testsupport.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Notifications over HTTP and by e-mail through a real SMTP server in the test's process (GreenMail):
 * the applicant hears of the filing and the return with its reasons, the officers of the new filing,
 * of the decision drawing near (once) and of the term that passed; each in the inbox and, where the
 * account has an address, by e-mail in the account's language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsIT {

    static final Instant DECEMBER_14 = Instant.parse("2012-12-14T06:00:00Z");

    GreenMail smtp;
    Databases db;
    Instance instance;
    MovableClock clock;
    Api admin;
    Api officer;
    Fixtures.Org org;

    @BeforeAll
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        db = Databases.h2();
        clock = MovableClock.startingAt(DECEMBER_14);
        var properties = new HashMap<String, Object>(clock.properties());
        properties.put("qualify.mail.enabled", "true");
        properties.put("qualify.mail.from", "licensing@example.kz");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(smtp.getSmtp().getPort()));
        instance = Instance.start(db, properties, MovableClock.Use.class);
        admin = instance.admin();
        officer = Fixtures.newOfficer(admin, "notified");
        assertThat(officer.put(
                                "/api/me/profile",
                                json(
                                        "fullName", "Бекова Алия",
                                        "position", "Эксперт",
                                        "email", "officer@example.kz",
                                        "preferredLanguage", "kk"))
                        .status())
                .isEqualTo(200);
        org = Fixtures.organisation(admin, "ТОО «Уведомляемый»");
        assertThat(org.applicant()
                        .put("/api/me/profile", json("email", "applicant@example.kz", "preferredLanguage", "ru"))
                        .status())
                .isEqualTo(200);
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
        assertThat(org.applicant().submit(id, key()).status()).isEqualTo(201);
        return id;
    }

    static List<JsonNode> inbox(Api who, long applicationId) {
        var r = who.get("/api/notifications?size=200");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json()
                .get("items")
                .valueStream()
                .filter(n -> n.get("applicationId").asLong() == applicationId)
                .toList();
    }

    static List<String> kinds(List<JsonNode> notices) {
        return notices.stream().map(n -> n.get("kind").asString()).toList();
    }

    List<MimeMessage> mailTo(String address, String subjectPart) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address)
                                && m.getSubject().contains(subjectPart);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void aFilingAndAReturnAreToldInTheInboxesAndByMailInEachOnesLanguage() throws Exception {
        clock.set(DECEMBER_14);
        long id = file();
        assertThat(kinds(inbox(org.applicant(), id))).containsExactly("FILED");
        var news = inbox(officer, id);
        assertThat(kinds(news)).containsExactly("NEW_FILING");
        assertThat(news.get(0).get("facts").get("applicant").asString()).isEqualTo(org.name());

        assertThat(smtp.waitForIncomingEmail(20_000, 2)).isTrue();
        var toApplicant = mailTo("applicant@example.kz", "№ " + id);
        assertThat(toApplicant).hasSize(1);
        assertThat(toApplicant.get(0).getSubject()).isEqualTo("Заявление № " + id + " подано");
        var toOfficer = mailTo("officer@example.kz", "№ " + id);
        assertThat(toOfficer).hasSize(1);
        assertThat(toOfficer.get(0).getSubject())
                .as("in Kazakh, the officer's language")
                .contains("өтініш");
        assertThat(GreenMailUtil.getBody(toOfficer.get(0))).isNotBlank();

        officer.post("/api/applications/" + id + "/review/start", "");
        var returned =
                officer.post("/api/applications/" + id + "/return", json("reasons", List.of("нет справки банка")));
        assertThat(returned.status()).isEqualTo(200);
        var notices = inbox(org.applicant(), id);
        assertThat(kinds(notices)).containsExactly("RETURNED", "FILED");
        assertThat(notices.get(0).get("facts").get("reasons").asString()).isEqualTo("нет справки банка");
        assertThat(smtp.waitForIncomingEmail(20_000, 3)).isTrue();
        assertThat(mailTo("applicant@example.kz", "возвращено")).hasSize(1);

        assertThat(org.applicant()
                        .get("/api/notifications/unread")
                        .json()
                        .get("unread")
                        .asLong())
                .isPositive();
        org.applicant().post("/api/notifications/read", "");
        assertThat(org.applicant()
                        .get("/api/notifications/unread")
                        .json()
                        .get("unread")
                        .asLong())
                .isZero();
        assertThat(admin.get("/api/notifications?size=200").json().get("items").size())
                .as("an administrator's inbox holds none of the applicant's or officers' notices")
                .isZero();
    }

    @Test
    void officersAreWarnedOnceOfADecisionDrawingNearAndToldWhenTheTermPassed() {
        clock.set(DECEMBER_14);
        long id = file();
        var near = instance.bean(DeadlineNear.class);
        near.check();
        assertThat(kinds(inbox(officer, id))).doesNotContain("DEADLINE_NEAR");
        // due on Friday 11 January 2013: on Wednesday the 9th three working days are left
        clock.set(Instant.parse("2013-01-09T06:00:00Z"));
        near.check();
        near.check();
        var warned = inbox(officer, id).stream()
                .filter(n -> n.get("kind").asString().equals("DEADLINE_NEAR"))
                .toList();
        assertThat(warned).hasSize(1);
        assertThat(warned.get(0).get("facts").get("lastDay").asString()).isEqualTo("2013-01-11");
        assertThat(warned.get(0).get("facts").get("days").asString()).isEqualTo("3");

        clock.set(Instant.parse("2013-01-14T06:00:00Z"));
        instance.bean(DeadlineWatch.class).check();
        assertThat(kinds(inbox(officer, id))).contains("OVERDUE");
        clock.set(DECEMBER_14);
    }
}
