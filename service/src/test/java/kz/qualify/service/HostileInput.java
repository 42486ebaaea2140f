package kz.qualify.service;

import static kz.qualify.service.ProblemDetailsIT.assertProblem;
import static kz.qualify.testsupport.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Input an outside probe sent (issue 10, part 2), answered 4xx with a problem document, never 500:
 * refused characters, paging past the end of {@code int}, bodies over the bound, answers that grew
 * with the input, malformed uploads. Run on the embedded default and on PostgreSQL (where a NUL in
 * text reached the database and answered 500).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileInput {

    /** The bound on a problem document (service/README.md, "Limits"). */
    static final int MAX_ANSWER = 256 * 1024;

    Databases db;
    Instance instance;
    Api admin;
    Fixtures.Org org;

    abstract Databases database();

    @BeforeAll
    void start() {
        db = database();
        instance = Instance.start(db, Map.of("qualify.max-body-size", "2MB"));
        admin = instance.admin();
        org = Fixtures.organisation(admin, "ТОО «Враждебный ввод»");
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    static void assertRefused(Api.Response r, int status, String field) {
        assertProblem(r, status);
        assertThat(r.json().get("errors").get(0).get("field").asString())
                .as("field of %s", r)
                .isEqualTo(field);
    }

    @Test
    void nulControlsAndInvisibleCharactersInQueriesAndLoginsAreRefusedBeforeTheDatabase() {
        var anonymous = instance.api();
        assertRefused(anonymous.get("/api/registry/licences?name=%00"), 400, "name");
        assertRefused(anonymous.get("/api/registry/licences?bin=%00"), 400, "bin");
        assertRefused(anonymous.get("/api/registry/licences?name=%01abc"), 400, "name");
        assertRefused(anonymous.get("/api/registry/licences?name=%E2%80%AEabc"), 400, "name"); // U+202E
        assertRefused(anonymous.get("/api/registry/licences?name=a%E2%80%8Bb"), 400, "name"); // U+200B
        assertRefused(anonymous.get("/api/registry/licences?name=%EF%BB%BFa"), 400, "name"); // U+FEFF
        assertRefused(anonymous.get("/api/registry/licences/KZ%E2%81%A6123"), 400, "path"); // U+2066
        assertRefused(anonymous.as("ad\u0000min", "whatever").get("/api/me"), 400, "username");
        assertRefused(anonymous.as("ad\u0000min", "whatever").get("/api/registry/licences"), 400, "username");
        // Kazakh and Russian text is text
        var kazakh = anonymous.get("/api/registry/licences?name="
                + java.net.URLEncoder.encode("Қазақстан «Жарық» ғ", StandardCharsets.UTF_8));
        assertThat(kazakh.status()).as(kazakh.toString()).isEqualTo(200);
        // the refusal is worded in the request's language
        var kk = anonymous.speaking("kk").get("/api/registry/licences?name=%00");
        assertProblem(kk, 400);
        ProblemDetailsIT.assertIn("kk", kk);
    }

    @Test
    void refusedCharactersInJsonBodiesAreNamedByTheirPath() {
        var nul = admin.post(
                "/api/organisations",
                json("legalForm", "LEGAL_ENTITY", "taxId", Fixtures.bin(), "name", "ТОО \u0000", "address", "Y"));
        assertRefused(nul, 400, "name");
        var bidi = admin.post(
                "/api/organisations",
                json("legalForm", "LEGAL_ENTITY", "taxId", Fixtures.bin(), "name", "ТОО \u202Eтест", "address", "Y"));
        assertRefused(bidi, 400, "name");
        var zeroWidth = admin.post(
                "/api/organisations",
                json("legalForm", "LEGAL_ENTITY", "taxId", "1\u200B" + Fixtures.bin(), "name", "ТОО", "address", "Y"));
        assertRefused(zeroWidth, 400, "taxId");
        // in a dossier, by its JSON path
        long app = org.applicant()
                .post("/api/applications", json("activity", 7))
                .json()
                .get("id")
                .asLong();
        var dossier = Fixtures.item7Dossier(org.bin(), org.name(), true).replace("Ахметов Ерлан", "Ахметов\\u0000");
        var r = org.applicant().post("/api/assessments", dossier);
        assertRefused(r, 400, "staff[0].fullName");
        var etag = org.applicant().get("/api/applications/" + app).etag();
        assertRefused(
                org.applicant().put("/api/applications/" + app + "/dossier", dossier, "If-Match", etag),
                400,
                "staff[0].fullName");
        // nothing was stored
        assertThat(admin.get("/api/organisations?size=200").body()).doesNotContain("\\u0000", "\\u202e");
    }

    @Test
    void aBinOfTwelveEqualDigitsIsRefused() {
        for (var bin : new String[] {"000000000000", "111111111111"}) {
            var r = admin.post(
                    "/api/organisations",
                    json("legalForm", "LEGAL_ENTITY", "taxId", bin, "name", "ТОО «Нули»", "address", "Y"));
            assertRefused(r, 400, "taxId");
            assertThat(r.json().get("errors").get(0).get("message").asString()).contains("all its digits are the same");
        }
        var dossier = Fixtures.item7Dossier("000000000000", org.name(), true);
        assertProblem(org.applicant().post("/api/assessments", dossier), 400);
    }

    @Test
    void namesPositionsAndFreeTextHaveLengthLimits() {
        var longName = admin.post(
                "/api/organisations",
                json("legalForm", "LEGAL_ENTITY", "taxId", Fixtures.bin(), "name", "Н".repeat(301), "address", "Y"));
        assertRefused(longName, 400, "name");
        assertThat(longName.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be at most 300 characters");
        var ru = admin.speaking("ru")
                .post(
                        "/api/organisations",
                        json(
                                "legalForm",
                                "LEGAL_ENTITY",
                                "taxId",
                                Fixtures.bin(),
                                "name",
                                "Н".repeat(50_000),
                                "address",
                                "Y"));
        assertThat(ru.json().get("errors").get(0).get("message").asString())
                .isEqualTo("должно быть не длиннее 300 символов");
        var position = Fixtures.item7Dossier(org.bin(), org.name(), true).replace("Директор", "Д".repeat(201));
        assertRefused(org.applicant().post("/api/assessments", position), 400, "staff[0].position");
        var fullName = Fixtures.item7Dossier(org.bin(), org.name(), true).replace("Ахметов Ерлан", "А".repeat(100_000));
        var kk = org.applicant().speaking("kk").post("/api/assessments", fullName);
        assertRefused(kk, 400, "staff[0].fullName");
        assertThat(kk.json().get("errors").get(0).get("message").asString()).isEqualTo("ең көбі 300 таңба болуы тиіс");
        // a staff table's cell may be 32 767 characters long; a position may not
        long app = org.applicant()
                .post("/api/applications", json("activity", 7))
                .json()
                .get("id")
                .asLong();
        var csv = LicensingFlow.STAFF_CSV.replace("Мастер участка", "М".repeat(20_000));
        var staff = org.applicant()
                .uploadWith(
                        "/api/applications/" + app + "/staff",
                        "staff.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        "If-Match",
                        org.applicant().get("/api/applications/" + app).etag());
        assertRefused(staff, 400, "staff[2].position");
        // the longest names that are allowed are stored
        var longest = admin.post(
                "/api/organisations",
                json("legalForm", "LEGAL_ENTITY", "taxId", Fixtures.bin(), "name", "Н".repeat(300), "address", "Y"));
        assertThat(longest.status()).as(longest.toString()).isEqualTo(201);
    }

    @Test
    void pagingPastTheLastPageIsRefusedOnEveryList() {
        var officer = Fixtures.newOfficer(admin, "pager");
        for (var list : new String[] {
            "/api/registry/licences",
            "/api/organisations",
            "/api/accounts",
            "/api/applications",
            "/api/review/queue",
            "/api/audit"
        }) {
            var caller = list.equals("/api/review/queue") ? officer : admin;
            assertRefused(caller.get(list + "?page=10737419&size=200"), 400, "page");
            assertRefused(caller.get(list + "?page=10001&size=1"), 400, "page");
            assertProblem(caller.get(list + "?page=99999999999"), 400);
            assertProblem(caller.get(list + "?page=-1"), 400);
            var last = caller.get(list + "?page=10000&size=200");
            assertThat(last.status()).as(list + " " + last).isEqualTo(200);
            assertThat(last.json().get("items").size()).isZero();
        }
    }

    @Test
    void aBodyOverTheBoundIsRefusedBeforeItIsRead() {
        var big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        var r = org.applicant().sendBytes("POST", "/api/assessments", big, "application/json");
        assertProblem(r, 413);
        assertThat(r.json().get("detail").asString()).isEqualTo("the request body is larger than 2 MB");
        // without a Content-Length, stopped once the bound is passed
        var chunked = org.applicant().sendChunked("POST", "/api/assessments", big, "application/json");
        assertProblem(chunked, 413);
        var anonymous = instance.api().sendChunked("POST", "/api/organisations", big, "application/json");
        assertThat(anonymous.status()).isIn(401, 413);
    }

    @Test
    void theProblemsListedForOneDossierAreCappedAndTheAnswerBounded() {
        // 0.3 MB of unknown keys once answered 40 MB
        var dossier = new StringBuilder("{");
        for (int i = 0; i < 12_000; i++) dossier.append("\"unknown").append(i).append("\": 1,");
        dossier.append("\"activity\": 7}");
        var r = org.applicant().post("/api/assessments", dossier.toString());
        assertProblem(r, 400);
        assertThat(r.body().length()).isLessThan(MAX_ANSWER);
        var p = r.json();
        // the reader lists its first 100, then one line at $ with how many more: the true count
        var errors = p.get("errors");
        assertThat(errors.size()).isEqualTo(101);
        var last = errors.get(100);
        assertThat(last.get("field").asString()).isEqualTo("$");
        var more = java.util.regex.Pattern.compile("and (\\d+) more")
                .matcher(last.get("message").asString());
        assertThat(more.find()).as(last.toString()).isTrue();
        assertThat(Integer.parseInt(more.group(1))).isGreaterThan(11_000);
        assertThat(p.has("errorsNotListed")).isFalse();
        // in the language asked for, the problems' words too
        var kk = org.applicant()
                .speaking("kk")
                .post("/api/assessments", dossier.toString())
                .json();
        assertThat(kk.get("errors").get(0).get("message").asString()).startsWith("белгісіз өріс 'unknown0'");
        assertThat(kk.get("errors").get(100).get("message").asString())
                .matches("және тағы \\d+ қате \\(тек алғашқы 100 қате көрсетілген\\)");
        // keys as long as a key may be, many of them: still bounded
        var longKeys = new StringBuilder("{");
        for (int i = 0; i < 5_000; i++)
            longKeys.append("\"").append("k".repeat(190)).append(i).append("\": 1,");
        longKeys.append("\"activity\": 7}");
        var big = org.applicant().post("/api/assessments", longKeys.toString());
        assertProblem(big, 400);
        assertThat(big.body().length()).isLessThan(MAX_ANSWER);
    }

    @Test
    void malformedUploadsAreRefusedWith400() {
        long app = org.applicant()
                .post("/api/applications", json("activity", 7))
                .json()
                .get("id")
                .asLong();
        var path = "/api/applications/" + app + "/documents";
        var applicant = org.applicant();
        var noBoundary = applicant.sendBytes("POST", path, "--x\r\n\r\n".getBytes(), "multipart/form-data");
        assertProblem(noBoundary, 400);
        var truncated = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 cut")
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(applicant.sendBytes("POST", path, truncated, "multipart/form-data; boundary=b"), 400);
        assertProblem(applicant.sendBytes("POST", path, new byte[0], "multipart/form-data; boundary=b"), 400);
        // a NUL in a part's header: the part cannot be read at all
        assertProblem(applicant.upload(path, "a\u0000.pdf", Fixtures.pdf("x"), Map.of()), 400);
        // "a\u202Egnp.csv" displays as "avsc.png"
        assertRefused(applicant.upload(path, "a\u202Egnp.pdf", Fixtures.pdf("x"), Map.of()), 400, "file.filename");
        assertRefused(
                applicant.upload(path, "a.pdf", Fixtures.pdf("x"), Map.of("requirementId", "7.1\u0000")),
                400,
                "requirementId");
        assertThat(applicant.get(path).json().size()).isZero();
        var fine = applicant.upload(path, "справка.pdf", Fixtures.pdf("x"), Map.of());
        assertThat(fine.status()).as(fine.toString()).isEqualTo(201);
    }
}
