package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.EvidenceFiles;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The official documents over HTTP on the real PostgreSQL: issued at the moments of the procedure,
 * downloaded as PDF by those allowed (another organisation gets 404), their text holding the facts in
 * the language asked, and the public verification page showing the status and telling the exact copy
 * from a changed one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialDocumentsIT {

    static final String PUBLIC_URL = "https://licensing.example.kz";
    static final Pattern VERIFICATION = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/v/([0-9A-Z]{10})");

    Databases db;
    Instance instance;
    Api admin;
    Api officer;
    Fixtures.Org stranger;

    @BeforeAll
    void start() {
        db = Databases.postgres();
        instance = Instance.start(
                db,
                Map.of(
                        "qualify.public-url", PUBLIC_URL,
                        // the authority is named in every language the service speaks, or in none
                        "qualify.authority.name.kk", "Лицензиялауды сынау комитеті",
                        "qualify.authority.name.ru", "Комитет по тестированию лицензирования",
                        "qualify.authority.name.en", "Licensing Testing Committee",
                        "qualify.authority.position.ru", "Руководитель отдела лицензирования"));
        admin = instance.admin();
        officer = Fixtures.officer(admin, "officer-documents");
        stranger = Fixtures.organisation(admin, "ТОО «Посторонний»");
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    long draft(Fixtures.Org org, boolean capital) {
        var created = org.applicant().post("/api/applications", json("activity", 7));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var dossier = Fixtures.item7Dossier(org.bin(), org.name(), capital);
        var edited = org.applicant().put("/api/applications/" + id + "/dossier", dossier, "If-Match", created.etag());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        EvidenceFiles.attachClaimed(org.applicant(), id, dossier);
        return id;
    }

    String upload(Fixtures.Org org, long id, String name, String requirement) {
        var doc = org.applicant()
                .upload(
                        "/api/applications/" + id + "/documents",
                        name,
                        Fixtures.pdf(name + " " + id),
                        Map.of("requirementId", requirement));
        assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
        return doc.json().get("sha256").asString();
    }

    void submit(Api applicant, long id) {
        var r = applicant.submit(id, key());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    void startReview(long id) {
        var r = officer.post("/api/applications/" + id + "/review/start", "");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    void judge(long id, String subject, String outcome, String comment) {
        var r = officer.put(
                "/api/applications/" + id + "/judgments/" + subject, json("outcome", outcome, "comment", comment));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    static Api.Download pdf(Api who, String path) {
        var d = who.download(path);
        assertThat(d.status()).as(d.toString()).isEqualTo(200);
        assertThat(d.header("content-type")).startsWith("application/pdf");
        assertThat(d.body()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(d.header("x-content-sha256")).isEqualTo(sha256(d.body()));
        return d;
    }

    static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String code(String text) {
        var m = VERIFICATION.matcher(text.replace(" ", ""));
        assertThat(m.find()).as("a verification address in: " + text).isTrue();
        return m.group(1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theReceiptNamesTheApplicationAndTheHashOfEachDocumentAndOnlyItsOrganisationGetsIt() {
        var org = Fixtures.organisation(admin, "ТОО «Квитанция»");
        long id = draft(org, true);
        var bank = upload(org, id, "справка-банка.pdf", "7.3");
        var order = upload(org, id, "приказ.pdf", "7.1");
        submit(org.applicant().speaking("ru"), id);

        var list = org.applicant().speaking("ru").get("/api/applications/" + id + "/official-documents");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().valueStream().map(d -> d.get("kind").asString())).containsExactly("receipt");
        assertThat(list.json().get(0).get("title").asString()).isEqualTo("расписка о приёме заявления");

        var receipt = pdf(org.applicant(), "/api/applications/" + id + "/official-documents/receipt?lang=ru");
        assertThat(receipt.header("content-disposition"))
                .startsWith("attachment")
                .contains("receipt-")
                .contains("-ru.pdf");
        var text = text(receipt.body());
        assertThat(text)
                .contains("A-" + id)
                .contains("P-" + id + "-1")
                .contains(org.name())
                .contains(org.bin())
                .contains("КОМИТЕТ ПО ТЕСТИРОВАНИЮ ЛИЦЕНЗИРОВАНИЯ") // the template sets the authority in capitals
                .contains("справка-банка.pdf")
                .contains("приказ.pdf");
        for (var hash : List.of(bank, order)) {
            assertThat(text.replace(" ", "")).contains(hash);
        }
        // the same receipt asked again is the same file: stored, not rendered anew
        var again = pdf(officer, "/api/applications/" + id + "/official-documents/receipt?lang=ru");
        assertThat(again.body()).isEqualTo(receipt.body());

        // another organisation learns nothing, not even that the application exists
        var foreign = stranger.applicant().download("/api/applications/" + id + "/official-documents/receipt");
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(stranger.applicant()
                        .get("/api/applications/" + id + "/official-documents")
                        .status())
                .isEqualTo(404);
        assertThat(admin.anonymous()
                        .download("/api/applications/" + id + "/official-documents/receipt")
                        .status())
                .isEqualTo(401);
        // a document the application does not have
        var none = org.applicant().download("/api/applications/" + id + "/official-documents/licence");
        assertThat(none.status()).as(none.toString()).isEqualTo(404);
        assertThat(none.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void theRefusalStatesItsGroundsInTheLanguageAskedAndTheVerificationPageTellsTheCopyFromAChangedOne() {
        var org = Fixtures.organisation(admin, "ИП Отказов");
        long id = draft(org, false);
        submit(org.applicant(), id);
        startReview(id);
        judge(id, "requirement:7.1", "REJECTED", "образование инженера не соответствует");
        EvidenceFiles.acceptEveryDocument(officer, id);
        var refused = officer.speaking("kk")
                .post("/api/applications/" + id + "/decision", json("outcome", "REFUSE", "comment", "п. 7"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);

        var kk = pdf(org.applicant(), "/api/applications/" + id + "/official-documents/refusal?lang=kk");
        var kkText = text(kk.body());
        assertThat(kkText)
                .contains("R-" + id)
                .contains("біліктілік талаптарының 7-тармағының 3) тармақшасы")
                .contains("біліктілік талаптарының 7-тармағының 1) тармақшасы")
                .contains("образование инженера не соответствует")
                .contains(org.bin())
                .as("signed by the deciding officer's full name as the decision recorded it, not the login")
                .contains("Проверяющий officer-documents");
        var ru = pdf(org.applicant(), "/api/applications/" + id + "/official-documents/refusal?lang=ru");
        var ruText = text(ru.body());
        assertThat(ruText)
                .contains("подпункт 3) пункта 7 квалификационных требований")
                .as("the officer's name and position as recorded with the decision")
                .contains("Проверяющий officer-documents")
                .contains("Главный специалист")
                .doesNotContain("Руководитель отдела лицензирования");
        // each language version is a document of its own
        assertThat(ru.header("x-content-sha256")).isNotEqualTo(kk.header("x-content-sha256"));
        assertThat(code(ruText)).isNotEqualTo(code(kkText));

        var code = code(ruText);
        var anonymous = admin.anonymous();
        var facts = anonymous.speaking("en").get("/api/registry/documents/" + code);
        assertThat(facts.status()).as(facts.toString()).isEqualTo(200);
        assertThat(facts.json().get("number").asString()).isEqualTo("R-" + id);
        assertThat(facts.json().get("status").asString()).isEqualTo("ISSUED");
        assertThat(facts.json().get("sha256").asString()).isEqualTo(sha256(ru.body()));

        var page = anonymous.get("/v/" + code + "?lang=ru");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("content-type")).startsWith("text/html");
        assertThat(page.body())
                .contains("R-" + id)
                .contains("Мотивированный отказ")
                .contains("Цифровой отпечаток (SHA-256)")
                .contains(sha256(ru.body()).substring(0, 8))
                .contains("выдан");

        var same = anonymous.upload("/v/" + code + "?lang=ru", "copy.pdf", ru.body(), Map.of());
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.body()).contains("Это документ, который мы выдали.").doesNotContain("Это не тот документ");

        var changed = ru.body().clone();
        changed[changed.length / 2] ^= 1;
        var forged = anonymous.upload("/v/" + code + "?lang=en", "copy.pdf", changed, Map.of());
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.body())
                .contains("This is not the document we issued")
                .contains(sha256(changed).substring(0, 8));

        var empty = anonymous.upload("/v/" + code + "?lang=kk", "empty.pdf", new byte[0], Map.of());
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Тексеретін файлды таңдаңыз.");

        var unknown = anonymous.get("/v/0000000000?lang=en");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("No document has this code");
    }

    @Test
    void theLicenceIsPublicInTheRegistryAndItsPageFollowsItsStatus() {
        var org = Fixtures.organisation(admin, "ТОО «Лицензиат»");
        long id = draft(org, true);
        upload(org, id, "справка.pdf", "7.3");
        submit(org.applicant(), id);
        startReview(id);
        var docId = officer.get("/api/applications/" + id + "/review")
                .json()
                .get("missing")
                .valueStream()
                .map(m -> m.asString())
                .filter(s -> s.startsWith("document:"))
                .findFirst()
                .orElseThrow();
        judge(id, "requirement:7.1", "ACCEPTED", "энергетики");
        judge(id, docId, "ACCEPTED", "подлинная");
        EvidenceFiles.acceptEveryDocument(officer, id);
        var approved = officer.speaking("ru").post("/api/applications/" + id + "/decision", json("outcome", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        var number = approved.json().get("licence").get("number").asString();

        var anonymous = admin.anonymous();
        var en = pdf(anonymous, "/api/registry/licences/" + number + "/document?lang=en");
        assertThat(en.header("content-disposition")).contains("licence-").contains("-en.pdf");
        var enText = text(en.body());
        assertThat(enText)
                .contains(number)
                .contains(org.name())
                .contains(org.bin())
                .contains("purchase of electricity for supply to consumers");
        var ru = pdf(org.applicant(), "/api/applications/" + id + "/official-documents/licence?lang=ru");
        assertThat(text(ru.body()))
                .contains(number)
                .contains("покупка электрической энергии в целях энергоснабжения")
                .contains("КОМИТЕТ ПО ТЕСТИРОВАНИЮ ЛИЦЕНЗИРОВАНИЯ"); // the template sets the authority in capitals
        var foreign = stranger.applicant().download("/api/applications/" + id + "/official-documents/licence");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(anonymous
                        .download("/api/registry/licences/07-967-999999/document")
                        .status())
                .isEqualTo(404);

        var code = code(enText);
        assertThat(anonymous
                        .get("/api/registry/documents/" + code)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(anonymous.get("/v/" + code + "?lang=en").body())
                .contains("valid")
                .contains(number);
        var suspended = officer.post("/api/licences/" + number + "/suspend", json("reason", "предписание № 5"));
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(anonymous
                        .get("/api/registry/documents/" + code)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUSPENDED");
        assertThat(anonymous.get("/v/" + code + "?lang=kk").body()).contains("тоқтатыла тұрған");
        officer.post("/api/licences/" + number + "/revoke", json("reason", "решение суда"));
        assertThat(anonymous.get("/v/" + code + "?lang=ru").body()).contains("отозвана");
    }

    @Test
    void theReturnNoticeGivesEachReason() {
        var org = Fixtures.organisation(admin, "ТОО «Доработка»");
        long id = draft(org, false);
        submit(org.applicant(), id);
        startReview(id);
        var returned = officer.speaking("en")
                .post(
                        "/api/applications/" + id + "/return",
                        json(
                                "reasons",
                                List.of("нет справки банка об оборотных средствах", "нет штатного расписания")));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        var list = org.applicant().speaking("en").get("/api/applications/" + id + "/official-documents");
        assertThat(list.json().valueStream().map(d -> d.get("kind").asString()))
                .containsExactly("return-notice", "receipt");
        var notice = pdf(org.applicant(), "/api/applications/" + id + "/official-documents/return-notice?lang=en");
        assertThat(text(notice.body()))
                .contains("V-" + id + "-1")
                .contains("нет справки банка об оборотных средствах")
                .contains("нет штатного расписания")
                .as("the officer who returned it, by the account's full name and position")
                .contains("Проверяющий officer-documents")
                .contains("Главный специалист");
    }
}
