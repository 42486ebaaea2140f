package kz.qualify.service;

import static kz.qualify.service.ProblemDetailsIT.assertProblem;
import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.EvidenceFiles;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import kz.qualify.testsupport.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * A decision as the law wants it, over HTTP on a clock set to Friday 14 December 2012 while the law is
 * applied as on 1 November 2012: the decision's date is the day decided; it names the officer by full
 * name and position (an officer without them cannot decide) and the licensing authority; a refusal
 * states a point the officer rejected as not met on the officer's judgment, with the right to appeal
 * and where; the licence is issued on the decision's date by the authority, with a public status
 * history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionsIT {

    static final Instant DECEMBER_14 = Instant.parse("2012-12-14T06:00:00Z");

    Databases db;
    Instance instance;
    MovableClock clock;
    Api admin;
    Api officer;

    @BeforeAll
    void start() {
        db = Databases.h2();
        clock = MovableClock.startingAt(DECEMBER_14);
        instance = clock.startInstance(db);
        admin = instance.admin();
        officer = Fixtures.newOfficer(admin, "decider");
        var named = officer.put(
                "/api/me/profile",
                json(
                        "fullName",
                        "Жаксылыков Марат Серикович",
                        "position",
                        "Главный эксперт",
                        "email",
                        "m.zhaksylykov@example.kz",
                        "preferredLanguage",
                        "kk"));
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    long underReview(Fixtures.Org org, boolean capital) {
        var created = org.applicant().post("/api/applications", json("activity", 7));
        long id = created.json().get("id").asLong();
        var dossier = Fixtures.item7Dossier(org.bin(), org.name(), capital);
        var edited = org.applicant().put("/api/applications/" + id + "/dossier", dossier, "If-Match", created.etag());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        EvidenceFiles.attachClaimed(org.applicant(), id, dossier);
        assertThat(org.applicant().submit(id, key()).status()).isEqualTo(201);
        assertThat(officer.post("/api/applications/" + id + "/review/start", "").status())
                .isEqualTo(200);
        EvidenceFiles.acceptEveryDocument(officer, id);
        return id;
    }

    void judge(Api who, long id, String subject, String outcome, String comment) {
        var r = who.put(
                "/api/applications/" + id + "/judgments/" + subject, json("outcome", outcome, "comment", comment));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void anOfficerWithoutAFullNameAndPositionCannotDecide() {
        var unnamed = Fixtures.newOfficer(admin, "unnamed");
        assertThat(unnamed.put("/api/me/profile", json()).status()).isEqualTo(200);
        assertThat(unnamed.get("/api/me").json().get("profile").get("fullName").isNull())
                .isTrue();
        var org = Fixtures.organisation(admin, "ТОО «Безымянный»");
        var created = org.applicant().post("/api/applications", json("activity", 7));
        long id = created.json().get("id").asLong();
        var dossier = Fixtures.item7Dossier(org.bin(), org.name(), true);
        org.applicant().put("/api/applications/" + id + "/dossier", dossier, "If-Match", created.etag());
        EvidenceFiles.attachClaimed(org.applicant(), id, dossier);
        org.applicant().submit(id, key());
        unnamed.post("/api/applications/" + id + "/review/start", "");
        EvidenceFiles.acceptEveryDocument(unnamed, id);
        judge(unnamed, id, "requirement:7.1", "ACCEPTED", "соответствует");
        var refused = unnamed.speaking("ru").post("/api/applications/" + id + "/decision", json("outcome", "APPROVE"));
        assertProblem(refused, 409);
        assertThat(refused.json().get("type").asString()).endsWith("/officer-unnamed");
        assertThat(refused.json().get("detail").asString()).contains("должность");
        // the profile is checked: a bad e-mail or language is refused naming the field
        var bad = unnamed.put("/api/me/profile", json("email", "not an address", "preferredLanguage", "de"));
        assertProblem(bad, 400);
        assertThat(bad.body()).contains("email").contains("preferredLanguage");
    }

    @Test
    void aRefusalIsDatedSignedNamesTheAuthorityAndTheRightToAppeal() {
        var org = Fixtures.organisation(admin, "ИП Отказов");
        long id = underReview(org, false);
        judge(officer, id, "requirement:7.1", "REJECTED", "у инженера нет высшего образования по специальности");
        var refused = officer.post("/api/applications/" + id + "/decision", json("outcome", "REFUSE"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);

        var decision = org.applicant().speaking("ru").get("/api/applications/" + id + "/decision");
        assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
        var d = decision.json();
        assertThat(d.get("decidedOn").asString())
                .as("the day decided, not the legal date")
                .isEqualTo("2012-12-14");
        assertThat(d.get("legalDate").asString()).isEqualTo(Instance.LEGAL_DATE);
        assertThat(d.get("officerName").asString()).isEqualTo("Жаксылыков Марат Серикович");
        assertThat(d.get("officerPosition").asString()).isEqualTo("Главный эксперт");
        assertThat(d.get("authorityName").asString()).contains("Лицензиар");
        assertThat(d.get("appeal").asString()).contains("обжаловать").contains("в суд");
        var judged = ground(d, "7.1");
        assertThat(judged.get("basis").asString()).isEqualTo("OFFICER");
        assertThat(judged.get("status").asString())
                .as("a point the officer rejected is a ground not met, no longer one for the officer's judgment")
                .isEqualTo("NOT_MET");
        assertThat(judged.get("officerComment").asString()).contains("высшего образования");
        assertThat(ground(d, "7.3").get("basis").asString()).isEqualTo("RULES");

        var kazakh = org.applicant().speaking("kk").get("/api/applications/" + id + "/decision");
        assertThat(kazakh.json().get("appeal").asString()).contains("шағымдануға");
        assertThat(kazakh.json().get("authorityName").asString()).contains("уәкілетті");
    }

    static JsonNode ground(JsonNode decision, String clause) {
        return decision.get("unmetRequirements")
                .valueStream()
                .filter(g -> g.get("clause").asString().equals(clause))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ground " + clause + " in " + decision));
    }

    @Test
    void theLicenceIsIssuedOnTheDecisionDateByTheAuthorityWithAPublicStatusHistory() {
        clock.set(DECEMBER_14);
        var org = Fixtures.organisation(admin, "ТОО «Лицензиат»");
        long id = underReview(org, true);
        judge(officer, id, "requirement:7.1", "ACCEPTED", "инженер соответствует");
        var approved = officer.post("/api/applications/" + id + "/decision", json("outcome", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        var number = approved.json().get("licence").get("number").asString();

        var licence = admin.anonymous().get("/api/registry/licences/" + number).json();
        assertThat(licence.get("issuedOn").asString()).isEqualTo("2012-12-14");
        assertThat(licence.get("authority").get("ru").asString()).contains("Лицензиар");
        assertThat(licence.get("authority").get("kk").asString()).isNotBlank();
        assertThat(licence.get("scope").get("works").size()).isZero();
        var decision =
                org.applicant().get("/api/applications/" + id + "/decision").json();
        assertThat(decision.get("decidedOn").asString()).isEqualTo("2012-12-14");
        assertThat(decision.has("appeal"))
                .as("an approval needs no appeal notice")
                .isFalse();

        clock.set(Instant.parse("2012-12-20T06:00:00Z"));
        assertThat(officer.post("/api/licences/" + number + "/suspend", json("reason", "предписание не исполнено"))
                        .status())
                .isEqualTo(200);
        clock.set(Instant.parse("2012-12-27T06:00:00Z"));
        assertThat(officer.post("/api/licences/" + number + "/reinstate", json("reason", "предписание исполнено"))
                        .status())
                .isEqualTo(200);
        clock.set(Instant.parse("2013-01-10T06:00:00Z"));
        assertThat(officer.post("/api/licences/" + number + "/revoke", json("reason", "решение суда"))
                        .status())
                .isEqualTo(200);

        var history = admin.anonymous().get("/api/registry/licences/" + number + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()
                        .valueStream()
                        .map(e -> e.get("kind").asString() + " " + e.get("on").asString()))
                .containsExactly(
                        "ISSUED 2012-12-14", "SUSPENDED 2012-12-20", "RESUMED 2012-12-27", "REVOKED 2013-01-10");
        assertThat(history.json().get(1).get("reason").asString()).isEqualTo("предписание не исполнено");
        assertThat(history.body())
                .as("the public history names no officer's login")
                .doesNotContain("decider");
        assertProblem(admin.anonymous().get("/api/registry/licences/NO-SUCH/history"), 404);
        clock.set(DECEMBER_14);
    }
}
