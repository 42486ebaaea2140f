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

    /**
     * The rules' words in the one language asked (issue 13): the assessment, the review points and the
     * refusal's grounds, with {@code Content-Language}; the machine fields alike in every language;
     * and the English what it was before the Russian twins left the answer.
     */
    @Test
    void theRulesWordsAreInTheLanguageAskedAndTheEnglishIsTheRecordsEnglish() {
        var org = Fixtures.organisation(admin, "ТОО «Три языка»");
        var created = org.applicant().post("/api/applications", json("activity", 7));
        long id = created.json().get("id").asLong();
        var dossier = Fixtures.item7Dossier(org.bin(), org.name(), false);
        org.applicant().put("/api/applications/" + id + "/dossier", dossier, "If-Match", created.etag());
        EvidenceFiles.attachClaimed(org.applicant(), id, dossier);
        var submitted = org.applicant().speaking("en").submit(id, key());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.header("Content-Language")).isEqualTo("en");

        // the English answer is the record's English: the stored filing without its Russian twins
        var answered = (tools.jackson.databind.node.ObjectNode)
                submitted.json().get("assessment").deepCopy();
        answered.withArray("findings").forEach(f -> ((tools.jackson.databind.node.ObjectNode) f).remove("evidence"));
        var stored = (tools.jackson.databind.node.ObjectNode) org.applicant()
                .get("/api/applications/" + id + "/submissions/1")
                .json()
                .get("assessment")
                .deepCopy();
        assertThat(stored.has("messageRu")).as("the record keeps its Russian").isTrue();
        stored.remove("messageRu");
        stored.withArray("findings").forEach(f -> ((tools.jackson.databind.node.ObjectNode) f).remove("ru"));
        assertThat(answered).isEqualTo(stored);

        var english = org.applicant().speaking("en").get("/api/applications/" + id + "/assessment");
        var kazakh = org.applicant().speaking("kk").get("/api/applications/" + id + "/assessment");
        var russian = org.applicant().get("/api/applications/" + id + "/assessment?lang=ru");
        assertThat(kazakh.header("Content-Language")).isEqualTo("kk");
        assertThat(russian.header("Content-Language")).isEqualTo("ru");
        var en = english.json();
        var kk = kazakh.json();
        assertThat(en.get("message").asString()).startsWith("1 requirement(s) not met");
        assertThat(kk.get("message").asString()).startsWith("орындалмаған талаптар: 1");
        assertThat(russian.json().get("message").asString()).startsWith("не выполнено требований: 1");
        for (var answer : java.util.List.of(en, kk, russian.json())) {
            assertThat(answer.has("messageRu")).isFalse();
            assertThat(answer.get("findings").valueStream()).noneMatch(f -> f.has("ru"));
            assertThat(answer.get("verdict")).isEqualTo(en.get("verdict"));
            assertThat(answer.get("counts")).isEqualTo(en.get("counts"));
            assertThat(answer.get("findings").valueStream().map(f -> f.get("clause") + " " + f.get("status")))
                    .containsExactlyElementsOf(en.get("findings")
                            .valueStream()
                            .map(f -> f.get("clause") + " " + f.get("status"))
                            .toList());
        }
        var capitalEn = finding(en, "7.3");
        var capitalKk = finding(kk, "7.3");
        assertThat(capitalKk.get("quote")).isEqualTo(capitalEn.get("quote"));
        assertThat(capitalKk.get("title").asString())
                .isNotEqualTo(capitalEn.get("title").asString());
        assertThat(capitalKk.get("figures").size())
                .isEqualTo(capitalEn.get("figures").size())
                .isPositive();
        assertThat(capitalKk.get("figures").get(0).asString())
                .isNotEqualTo(capitalEn.get("figures").get(0).asString());

        assertThat(officer.post("/api/applications/" + id + "/review/start", "").status())
                .isEqualTo(200);
        EvidenceFiles.acceptEveryDocument(officer, id);
        var points = officer.speaking("kk").get("/api/applications/" + id + "/review");
        assertThat(points.header("Content-Language")).isEqualTo("kk");
        var point = points.json()
                .get("points")
                .valueStream()
                .filter(p -> p.get("subject").asString().equals("requirement:7.1"))
                .findFirst()
                .orElseThrow();
        assertThat(point.has("ru")).isFalse();
        assertThat(point.get("summary").asString()).isNotBlank();
        var pointEn = officer.speaking("en")
                .get("/api/applications/" + id + "/review")
                .json()
                .get("points")
                .valueStream()
                .filter(p -> p.get("subject").asString().equals("requirement:7.1"))
                .findFirst()
                .orElseThrow();
        assertThat(pointEn.get("title").asString())
                .isNotEqualTo(point.get("title").asString());

        judge(officer, id, "requirement:7.1", "REJECTED", "нет высшего образования");
        var refused = officer.speaking("kk").post("/api/applications/" + id + "/decision", json("outcome", "REFUSE"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        var groundKk = ground(refused.json().get("refusal"), "7.3");
        assertThat(groundKk.has("ru")).isFalse();
        assertThat(groundKk.has("kk")).isFalse();
        assertThat(groundKk.get("figures").size())
                .as("the Kazakh refusal states the figures")
                .isPositive();
        var groundEn = ground(
                org.applicant()
                        .speaking("en")
                        .get("/api/applications/" + id + "/decision")
                        .json(),
                "7.3");
        assertThat(groundEn.get("figures")).isEqualTo(capitalEn.get("figures"));
        assertThat(groundEn.get("summary")).isEqualTo(capitalEn.get("summary"));
        assertThat(groundKk.get("figures")).isEqualTo(capitalKk.get("figures"));
    }

    static JsonNode finding(JsonNode assessment, String clause) {
        return assessment
                .get("findings")
                .valueStream()
                .filter(f -> f.get("clause").asString().equals(clause))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + clause + " in " + assessment));
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
