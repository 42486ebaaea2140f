package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.qualify.service.audit.AuditVerification;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.EvidenceFiles;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The licensing flow end to end over HTTP, run once on the embedded default and once on the real
 * PostgreSQL (the subclasses choose the database).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LicensingFlow {

    Databases db;
    Instance instance;
    Api admin;
    Api officer;

    abstract Databases database();

    @BeforeAll
    void start() {
        db = database();
        instance = Instance.start(db);
        admin = instance.admin();
        officer = Fixtures.officer(admin, "officer-" + db.name().toLowerCase(java.util.Locale.ROOT));
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    /** The files each draft was given, by application id. */
    final Map<Long, List<EvidenceFiles.Uploaded>> files = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Creates an item-7 application, fills its dossier and attaches a file to each place where the
     * dossier claims a document; returns the application id.
     */
    long draft(Fixtures.Org org, boolean capital) {
        var created = org.applicant().post("/api/applications", json("activity", 7));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var dossier = Fixtures.item7Dossier(org.bin(), org.name(), capital);
        var edited = org.applicant().put("/api/applications/" + id + "/dossier", dossier, "If-Match", created.etag());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        files.put(id, EvidenceFiles.attachClaimed(org.applicant(), id, dossier));
        return id;
    }

    /** The review subjects of the files attached to a draft. */
    List<String> fileSubjects(long id) {
        return files.get(id).stream().map(EvidenceFiles.Uploaded::subject).toList();
    }

    JsonNode submit(Fixtures.Org org, long id) {
        var r = org.applicant().submit(id, key());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    void startReview(long id) {
        var r = officer.post("/api/applications/" + id + "/review/start", "");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void approvalIssuesALicenceThatThePublicRegistryLists() {
        var org = Fixtures.organisation(admin, "ТОО «Энергосбыт Север»");
        long id = draft(org, true);

        var live = org.applicant().get("/api/applications/" + id + "/assessment");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("verdict").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(live.json().get("asOf").asString()).isEqualTo(Instance.LEGAL_DATE);

        var doc = org.applicant()
                .upload(
                        "/api/applications/" + id + "/documents",
                        "справка.pdf",
                        Fixtures.pdf("bank certificate"),
                        Map.of("requirementId", "7.3"));
        assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
        assertThat(doc.json().get("sha256").asString()).hasSize(64);
        long docId = doc.json().get("id").asLong();

        var filed = submit(org, id);
        assertThat(filed.get("application").get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(filed.get("editionId").asString()).isEqualTo("decree-967-2012");
        assertThat(filed.get("legalDate").asString()).isEqualTo(Instance.LEGAL_DATE);

        var queue = officer.get("/api/review/queue?size=200");
        assertThat(queue.json().get("items").valueStream().map(a -> a.get("id").asLong()))
                .contains(id);
        startReview(id);

        var blocked = officer.post("/api/applications/" + id + "/decision", json("outcome", "APPROVE"));
        assertThat(blocked.status()).isEqualTo(409);
        var expected = new java.util.ArrayList<>(fileSubjects(id));
        expected.addAll(List.of("requirement:7.1", "document:" + docId));
        assertThat(blocked.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrderElementsOf(expected);

        var checklist = officer.get("/api/applications/" + id + "/review").json();
        assertThat(checklist.get("missing").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrderElementsOf(expected);
        judge(id, "requirement:7.1", "ACCEPTED", "директор и инженер — энергетики, соответствует");
        judge(id, "document:" + docId, "ACCEPTED", "справка банка подлинная");
        EvidenceFiles.acceptEveryDocument(officer, id);

        var approved = officer.post("/api/applications/" + id + "/decision", json("outcome", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        var number = approved.json().get("licence").get("number").asString();
        assertThat(number).matches("07-967-\\d{6}");

        var anonymous = admin.anonymous();
        var found = anonymous.get("/api/registry/licences?bin=" + org.bin());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("total").asLong()).isEqualTo(1);
        assertThat(anonymous
                        .get("/api/registry/licences?name=энергосбыт&activity=7&status=ACTIVE")
                        .json()
                        .get("items")
                        .valueStream()
                        .map(l -> l.get("number").asString()))
                .contains(number);
        var details = anonymous.get("/api/registry/licences/" + number).json();
        assertThat(details.get("holder").asString()).isEqualTo(org.name());
        assertThat(details.get("editionId").asString()).isEqualTo("decree-967-2012");
        // issued on the day decided (Astana time), not on the legal date the law was applied on
        assertThat(details.get("issuedOn").asString())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty"))
                        .toString());

        var suspended = officer.post("/api/licences/" + number + "/suspend", json("reason", "предписание № 5"));
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(anonymous
                        .get("/api/registry/licences/" + number)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUSPENDED");
        var revoked = officer.post("/api/licences/" + number + "/revoke", json("reason", "решение суда"));
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");

        var downloaded = org.applicant().get("/api/documents/" + docId + "/content");
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.body()).startsWith("%PDF-");

        var audit = admin.get("/api/audit/verify");
        assertThat(audit.json().get("intact").asBoolean()).as(audit.toString()).isTrue();
        var trail = officer.get("/api/audit?entity=application&entityId=" + id + "&size=100")
                .json();
        assertThat(trail.get("items").valueStream().map(e -> e.get("action").asString()))
                .contains(
                        "application.created",
                        "application.submitted",
                        "application.review-started",
                        "review.judged",
                        "application.approved");
    }

    void judge(long id, String subject, String outcome, String comment) {
        var r = officer.put(
                "/api/applications/" + id + "/judgments/" + subject, json("outcome", outcome, "comment", comment));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void refusalListsEveryUnmetRequirementWithItsClauseFiguresAndTheOfficersComments() {
        var org = Fixtures.organisation(admin, "ИП Нурланов");
        long id = draft(org, false);
        var filed = submit(org, id);
        assertThat(filed.get("assessment").get("verdict").asString()).isEqualTo("NON_COMPLIANT");
        startReview(id);
        judge(id, "requirement:7.1", "REJECTED", "образование инженера не соответствует");
        EvidenceFiles.acceptEveryDocument(officer, id);

        var approval = officer.post("/api/applications/" + id + "/decision", json("outcome", "APPROVE"));
        assertThat(approval.status()).isEqualTo(409);
        assertThat(approval.json().get("type").asString()).endsWith("approval-not-possible");

        var refused = officer.post(
                "/api/applications/" + id + "/decision", json("outcome", "REFUSE", "comment", "не соответствует п. 7"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        var grounds = refused.json().get("refusal").get("unmetRequirements");
        assertThat(grounds.valueStream().map(g -> g.get("clause").asString())).containsExactlyInAnyOrder("7.1", "7.3");
        var capital = grounds.valueStream()
                .filter(g -> g.get("clause").asString().equals("7.3"))
                .findFirst()
                .orElseThrow();
        assertThat(capital.get("citation").asString()).isEqualTo("п. 7 пп. 3)");
        assertThat(capital.get("status").asString()).isIn("NOT_MET", "MISSING_EVIDENCE");
        var staff = grounds.valueStream()
                .filter(g -> g.get("clause").asString().equals("7.1"))
                .findFirst()
                .orElseThrow();
        assertThat(staff.get("officerComment").asString()).isEqualTo("образование инженера не соответствует");

        assertThat(org.applicant()
                        .get("/api/applications/" + id)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("REFUSED");
        var stored = org.applicant().get("/api/applications/" + id + "/decision");
        assertThat(stored.json().get("unmetRequirements").size()).isEqualTo(2);
    }

    @Test
    void aReturnedApplicationIsCompletedResubmittedAndEveryFilingCanBeReplayed() {
        var org = Fixtures.organisation(admin, "ТОО «Возврат»");
        long id = draft(org, false);
        submit(org, id);
        startReview(id);
        var returned = officer.post(
                "/api/applications/" + id + "/return",
                json("reasons", List.of("нет справки банка об оборотных средствах")));
        assertThat(returned.status()).isEqualTo(200);
        var app = org.applicant().get("/api/applications/" + id);
        assertThat(app.json().get("state").asString()).isEqualTo("RETURNED");
        assertThat(app.json().get("returnReasons").get(0).asString()).contains("справки банка");

        var edited = org.applicant()
                .put(
                        "/api/applications/" + id + "/dossier",
                        Fixtures.item7Dossier(org.bin(), org.name(), true),
                        "If-Match",
                        app.etag());
        assertThat(edited.status()).isEqualTo(200);
        var refiled = submit(org, id);
        assertThat(refiled.get("application").get("state").asString()).isEqualTo("RESUBMITTED");
        assertThat(refiled.get("submission").asInt()).isEqualTo(2);

        var submissions =
                org.applicant().get("/api/applications/" + id + "/submissions").json();
        assertThat(submissions.valueStream().map(s -> s.get("verdict").asString()))
                .containsExactly("NON_COMPLIANT", "NEEDS_REVIEW");
        for (int n = 1; n <= 2; n++) {
            var replay = officer.get("/api/applications/" + id + "/submissions/" + n + "/replay")
                    .json();
            assertThat(replay.get("sameAsStored").asBoolean()).isTrue();
            assertThat(replay.get("legalDate").asString()).isEqualTo(Instance.LEGAL_DATE);
        }
    }

    @Test
    void aRetriedSubmissionFilesOnceAndAReusedKeyForAnotherRequestIsRefused() {
        var org = Fixtures.organisation(admin, "ТОО «Повтор»");
        long id = draft(org, true);
        var k = key();
        var first = org.applicant().submit(id, k);
        var retry = org.applicant().submit(id, k);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(org.applicant()
                        .get("/api/applications/" + id + "/submissions")
                        .json()
                        .size())
                .isEqualTo(1);

        var other = org.applicant().submit(id, k, "If-Match", "\"1\"");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");

        var again = org.applicant().submit(id, key());
        assertThat(again.status()).isEqualTo(409);
        var missing = org.applicant().send("POST", "/api/applications/" + id + "/submit", "", "application/json");
        assertThat(missing.status()).isEqualTo(400);
    }

    /** Moves a stored key's first use back in time: what a day passing does to it. */
    void backdateKey(String key, java.time.Duration by) {
        instance.jdbc()
                .sql("UPDATE idempotency_keys SET created_at = :at WHERE idem_key = :k")
                .param(
                        "at",
                        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minus(by))
                .param("k", key)
                .update();
    }

    @Test
    void aKeyIsRememberedForItsRetentionAndForgottenAfterEvenBeforeThePurgeRuns() {
        var org = Fixtures.organisation(admin, "ТОО «Срок ключа»");
        long id = draft(org, true);
        var k = key();
        var first = org.applicant().submit(id, k);
        assertThat(first.status()).isEqualTo(201);

        backdateKey(k, java.time.Duration.ofHours(23).plusMinutes(59));
        var retry = org.applicant().submit(id, k);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());

        // past the default 24 hours (the purge runs every 10 minutes, not yet here): a new request
        backdateKey(k, java.time.Duration.ofHours(24).plusMinutes(1));
        var late = org.applicant().submit(id, k);
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().get("type").asString()).endsWith("/invalid-transition");
        assertThat(org.applicant()
                        .get("/api/applications/" + id + "/submissions")
                        .json()
                        .size())
                .isEqualTo(1);
    }

    @Test
    void updatesNeedTheCurrentVersionInIfMatch() {
        var org = Fixtures.organisation(admin, "ТОО «Версия»");
        var created = org.applicant().post("/api/applications", json("activity", 7));
        long id = created.json().get("id").asLong();
        var dossier = Fixtures.item7Dossier(org.bin(), org.name(), true);
        var path = "/api/applications/" + id + "/dossier";
        assertThat(org.applicant().put(path, dossier).status()).isEqualTo(428);
        assertThat(org.applicant()
                        .put(path, dossier, "If-Match", created.etag())
                        .status())
                .isEqualTo(200);
        var stale = org.applicant().put(path, dossier, "If-Match", created.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anInvalidDossierIsRefusedNamingEachFieldByItsJsonPath() {
        var org = Fixtures.organisation(admin, "ТОО «Ошибка»");
        var created = org.applicant().post("/api/applications", json("activity", 7));
        long id = created.json().get("id").asLong();
        var bad = Fixtures.item7Dossier(org.bin(), org.name(), true).replace("\"MANAGER\"", "\"BOSS\"");
        var r = org.applicant().put("/api/applications/" + id + "/dossier", bad, "If-Match", created.etag());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .anySatisfy(f -> assertThat(f).startsWith("$.staff[0]"));
        // each problem and the count, worded in the language the web UI asks for
        var russian = org.applicant()
                .speaking("ru")
                .put("/api/applications/" + id + "/dossier", bad, "If-Match", created.etag());
        assertThat(russian.header("Content-Language")).isEqualTo("ru");
        assertThat(russian.json().get("errors").valueStream())
                .allSatisfy(e -> assertThat(e.get("message").asString()).containsPattern("\\p{IsCyrillic}"));
        assertThat(russian.json().get("detail").asString()).startsWith("ошибок в досье: ");
        var kazakh = org.applicant()
                .speaking("kk")
                .put("/api/applications/" + id + "/dossier", bad, "If-Match", created.etag());
        assertThat(kazakh.json().get("detail").asString()).startsWith("досьедегі қателер саны: ");

        var foreign = Fixtures.item7Dossier(Fixtures.bin(), "Чужое ТОО", true);
        var mismatch = org.applicant().put("/api/applications/" + id + "/dossier", foreign, "If-Match", created.etag());
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("errors").get(0).get("field").asString()).isEqualTo("$.applicant");
    }

    @Test
    void theAuditVerifierNamesTheFirstTamperedEntry() {
        Fixtures.organisation(admin, "ТОО «Аудит»");
        var verification = instance.bean(AuditVerification.class);
        assertThat(verification.verify().intact()).isTrue();
        long seq = instance.jdbc()
                .sql("SELECT MIN(seq) + 2 FROM audit_log")
                .query(Long.class)
                .single();
        var actor = instance.jdbc()
                .sql("SELECT actor FROM audit_log WHERE seq = :s")
                .param("s", seq)
                .query(String.class)
                .single();
        instance.jdbc()
                .sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = :s")
                .param("s", seq)
                .update();
        try {
            var result = verification.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(seq);
            assertThat(result.describe()).contains("entry " + seq).contains("altered");
            var viaApi = admin.get("/api/audit/verify").json();
            assertThat(viaApi.get("firstBroken").asLong()).isEqualTo(seq);
        } finally {
            instance.jdbc()
                    .sql("UPDATE audit_log SET actor = :a WHERE seq = :s")
                    .param("a", actor)
                    .param("s", seq)
                    .update();
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    static final String STAFF_CSV = """
            № п/п;ФИО;Специальность по образованию;Должность;Стаж работы по специальности в данной области
            1;Ахметов Серик Болатович;Высшее, 5В071800 Электроэнергетика;Главный инженер;12 лет 4 мес.
            2;Иванова Ольга Петровна;Высшее, Электроэнергетические системы и сети;Начальник службы релейной защиты;8 лет
            3;Жумабаев Нурлан Кайратович;Средне-специальное, Электроснабжение (по отраслям), техник-электрик;Мастер участка;5 л. 3 м.
            """;

    @Test
    void staffImportedFromATableReplaceTheDossiersStaffWithAReportOnEveryRow() {
        var org = Fixtures.organisation(admin, "ТОО «Штат»");
        long id = draft(org, true);
        var etag = org.applicant().get("/api/applications/" + id).etag();
        var path = "/api/applications/" + id + "/staff";
        var csv = STAFF_CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var withoutVersion = org.applicant().upload(path, "staff.csv", csv, Map.of());
        assertThat(withoutVersion.status()).isEqualTo(428);
        var none = org.applicant().get(path + "/report");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");

        var imported = org.applicant().uploadWith(path, "staff.csv", csv, "If-Match", etag);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("report").toString()).contains("Ахметов");
        // kept with the application: the page shows it again on return
        var kept = org.applicant().get(path + "/report");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().get("report")).isEqualTo(imported.json().get("report"));
        assertThat(kept.json().get("filename").asString()).isEqualTo("staff.csv");
        assertThat(kept.json().get("application").get("id").asLong()).isEqualTo(id);
        var dossier =
                org.applicant().get("/api/applications/" + id + "/dossier").body();
        assertThat(dossier)
                .contains("Ахметов Серик Болатович", "Жумабаев Нурлан Кайратович")
                .doesNotContain("Жумабекова Айгуль");

        var notATable = org.applicant().uploadWith(path, "staff.pdf", Fixtures.pdf("x"), "If-Match", imported.etag());
        assertThat(notATable.status()).isEqualTo(422);
        assertThat(notATable.json().get("errors").get(0).get("field").asString())
                .isEqualTo("file");
        assertThat(org.applicant().get(path + "/report").json().get("filename").asString())
                .as("a refused table replaces nothing")
                .isEqualTo("staff.csv");
        var shorter = STAFF_CSV.lines().limit(2).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        var again = org.applicant()
                .uploadWith(
                        path,
                        "штат-2.csv",
                        shorter.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "If-Match",
                        imported.etag());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        var replaced = org.applicant().get(path + "/report").json();
        assertThat(replaced.get("filename").asString()).isEqualTo("штат-2.csv");
        assertThat(replaced.get("report")).isEqualTo(again.json().get("report"));
        assertThat(replaced.get("report").get("summary").get("imported").asInt())
                .isEqualTo(1);
        // a draft never filed does not exist for an officer
        assertThat(officer.uploadWith(path, "staff.csv", csv, "If-Match", imported.etag())
                        .status())
                .isEqualTo(404);
    }

    static final java.nio.charset.Charset WINDOWS_1251 = java.nio.charset.Charset.forName("windows-1251");

    @Test
    void aCsvSavedInWindows1251IsAcceptedAsADocumentAndItsCyrillicReadAsStaff() {
        var org = Fixtures.organisation(admin, "ТОО «Кодировка»");
        long id = draft(org, true);
        // as Excel in a Russian locale saves "CSV": windows-1251, ';', CRLF
        var text = STAFF_CSV.replace("\n", "\r\n");
        var bytes = text.getBytes(WINDOWS_1251);

        var document = org.applicant()
                .upload("/api/applications/" + id + "/documents", "штат.csv", bytes, Map.of("requirementId", "7.1"));
        assertThat(document.status()).as(document.toString()).isEqualTo(201);
        assertThat(document.json().get("mediaType").asString()).isEqualTo("text/plain;charset=windows-1251");
        var content = org.applicant()
                .get("/api/documents/" + document.json().get("id").asLong() + "/content");
        assertThat(content.header("Content-Type")).isEqualTo("text/plain;charset=windows-1251");
        assertThat(content.body())
                .as("decoded as the charset it was stored with")
                .isEqualTo(text);

        var etag = org.applicant().get("/api/applications/" + id).etag();
        var imported =
                org.applicant().uploadWith("/api/applications/" + id + "/staff", "штат.csv", bytes, "If-Match", etag);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("report").get("encoding").asString()).startsWith("windows-1251");
        var dossier =
                org.applicant().get("/api/applications/" + id + "/dossier").json();
        assertThat(dossier.get("staff").valueStream().map(m -> m.get("fullName").asString()))
                .containsExactly("Ахметов Серик Болатович", "Иванова Ольга Петровна", "Жумабаев Нурлан Кайратович");
        assertThat(dossier.get("staff").get(0).get("position").asString()).isEqualTo("Главный инженер");
    }

    @Test
    void binaryJunkNamedCsvIsStillRefused() {
        var org = Fixtures.organisation(admin, "ТОО «Мусор»");
        long id = draft(org, true);
        var junk = new byte[2048];
        new java.util.Random(42).nextBytes(junk);
        var document = org.applicant().upload("/api/applications/" + id + "/documents", "staff.csv", junk, Map.of());
        assertThat(document.status()).isEqualTo(415);
        assertThat(document.json().get("errors").get(0).get("field").asString()).isEqualTo("file");

        var etag = org.applicant().get("/api/applications/" + id).etag();
        var staff =
                org.applicant().uploadWith("/api/applications/" + id + "/staff", "staff.csv", junk, "If-Match", etag);
        assertThat(staff.status()).isEqualTo(422);
        assertThat(staff.json().get("detail").asString()).contains("binary");
    }
}
