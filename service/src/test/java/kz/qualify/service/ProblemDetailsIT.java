package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.FailingController;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every error is RFC 9457 problem details naming the field, and none leaks a stack trace, SQL or an
 * exception class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemDetailsIT {

    Databases db;
    Instance instance;
    Api admin;
    Fixtures.Org org;

    @BeforeAll
    void start() {
        db = Databases.h2();
        instance = Instance.start(db, Map.of("qualify.max-document-size", "4KB"), FailingController.class);
        admin = instance.admin();
        org = Fixtures.organisation(admin, "ТОО «Проблема»");
    }

    @AfterAll
    void stop() {
        instance.close();
        db.close();
    }

    static void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        var p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asString()).startsWith("https://");
        assertThat(p.get("title").asString()).isNotBlank();
        assertThat(p.get("detail").asString()).isNotBlank();
        assertThat(p.has("ru"))
                .as("no second language beside the asked one: %s", r)
                .isFalse();
        assertThat(r.body())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("at kz.", "at org.", "java.", "org.springframework", "tools.jackson", "trace")
                .doesNotContainIgnoringCase("select ")
                .doesNotContainIgnoringCase("password_hash");
    }

    private static final String CYRILLIC = "(?s).*\\p{IsCyrillic}.*";

    /** A problem asked for in Russian or Kazakh says which ({@code Content-Language}) and is worded in it throughout. */
    static void assertIn(String language, Api.Response r) {
        assertThat(r.header("Content-Language")).as("Content-Language of %s", r).isEqualTo(language);
        var p = r.json();
        assertThat(p.get("detail").asString()).as("detail of %s", r).matches(CYRILLIC);
        assertThat(p.get("title").asString()).as("title of %s", r).matches(CYRILLIC);
        if (p.has("errors")) {
            p.get("errors")
                    .valueStream()
                    .forEach(e -> assertThat(e.get("message").asString())
                            .as("message of %s in %s", e, r)
                            .matches(CYRILLIC));
        }
    }

    @Test
    void aProblemIsWordedInTheLanguageTheRequestAsksFor() {
        var notFound = admin.get("/api/organisations/999999");
        assertProblem(notFound, 404);
        assertThat(notFound.header("Content-Language")).isEqualTo("en");
        assertThat(notFound.json().get("detail").asString()).isEqualTo("organisation 999999 not found");
        assertThat(notFound.json().get("title").asString()).isEqualTo("Not Found");

        var ru = admin.speaking("ru").get("/api/organisations/999999");
        assertProblem(ru, 404);
        assertIn("ru", ru);
        assertThat(ru.json().get("detail").asString()).isEqualTo("не найдено: организация 999999");
        var kk = admin.speaking("kk-KZ, ru;q=0.8").get("/api/organisations/999999");
        assertIn("kk", kk);
        assertThat(kk.json().get("detail").asString()).isEqualTo("№ 999999 ұйым табылмады");
        // ?lang= overrides the header
        assertThat(admin.speaking("ru").get("/api/organisations/999999?lang=kk").header("Content-Language"))
                .isEqualTo("kk");
        // a language we do not speak gets English
        assertThat(admin.speaking("de-DE").get("/api/organisations/999999").header("Content-Language"))
                .isEqualTo("en");

        // Bean Validation's messages, from the same bundles
        var missing = admin.speaking("kk").post("/api/organisations", json("legalForm", "LEGAL_ENTITY"));
        assertProblem(missing, 400);
        assertIn("kk", missing);
        assertThat(missing.json().get("detail").asString()).isEqualTo("сұраудағы өрістердің мәндері жарамсыз");
        assertThat(missing.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("message").asString()))
                .contains("бос болмауы тиіс");
        var tooLong = admin.speaking("ru")
                .post(
                        "/api/organisations",
                        json(
                                "legalForm",
                                "LEGAL_ENTITY",
                                "taxId",
                                Fixtures.bin(),
                                "name",
                                "X",
                                "address",
                                "Y".repeat(1001)));
        assertIn("ru", tooLong);
        assertThat(tooLong.json().get("errors").get(0).get("message").asString())
                .isEqualTo("длина должна быть от 0 до 1000");

        // the security chain's refusals too
        var anonymous = instance.api().speaking("kk").get("/api/me");
        assertProblem(anonymous, 401);
        assertIn("kk", anonymous);
        assertThat(anonymous.json().get("detail").asString()).isEqualTo("аутентификация қажет (HTTP Basic)");
        assertIn("ru", org.applicant().speaking("ru").get("/api/accounts"));
        // and Spring's own
        var nothing = admin.speaking("kk").get("/api/nothing-here");
        assertProblem(nothing, 404);
        assertIn("kk", nothing);

        // the BIN/IIN check digit, in Russian and in Kazakh
        var taxId = admin.speaking("ru")
                .post(
                        "/api/organisations",
                        json("legalForm", "LEGAL_ENTITY", "taxId", "123456789012", "name", "X", "address", "Y"));
        assertThat(taxId.json().get("errors").get(0).get("message").asString()).contains("контрольной цифры");
        var taxIdKk = admin.speaking("kk")
                .post(
                        "/api/organisations",
                        json("legalForm", "LEGAL_ENTITY", "taxId", "123456789012", "name", "X", "address", "Y"));
        assertIn("kk", taxIdKk);
        assertThat(taxIdKk.json().get("errors").get(0).get("message").asString())
                .contains("бақылау цифрының тексерісінен өтпейді");
    }

    @Test
    void badRequestNamesTheField() {
        var r = admin.post(
                "/api/organisations",
                json("legalForm", "LEGAL_ENTITY", "taxId", "123456789012", "name", "X", "address", "Y"));
        assertProblem(r, 400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("taxId");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("check digit");

        var missing = admin.post("/api/organisations", json("legalForm", "LEGAL_ENTITY"));
        assertProblem(missing, 400);
        assertThat(missing.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .contains("taxId", "name", "address");

        assertProblem(admin.post("/api/organisations", "{not json"), 400);
        assertProblem(
                admin.post(
                        "/api/organisations",
                        json("legalForm", "PARTNERSHIP", "taxId", Fixtures.bin(), "name", "X", "address", "Y")),
                400);
        assertProblem(admin.get("/api/registry/licences?activity=seven"), 400);
        assertProblem(admin.get("/api/registry/licences?size=100000"), 400);
    }

    @Test
    void unauthenticatedAndForbidden() {
        var anonymous = instance.api().get("/api/me");
        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(instance.api().as("admin", "wrong-password").get("/api/me"), 401);
        assertProblem(org.applicant().get("/api/accounts"), 403);
    }

    @Test
    void notFoundConflictAndPreconditions() {
        assertProblem(admin.get("/api/organisations/999999"), 404);
        assertProblem(admin.get("/api/nothing-here"), 404);
        assertProblem(
                admin.post(
                        "/api/organisations",
                        json("legalForm", "LEGAL_ENTITY", "taxId", org.bin(), "name", "Дубль", "address", "Y")),
                409);
        var update = json("legalForm", "LEGAL_ENTITY", "name", "Новое имя", "address", "Y");
        assertProblem(admin.put("/api/organisations/" + org.id(), update), 428);
        assertProblem(admin.put("/api/organisations/" + org.id(), update, "If-Match", "\"999\""), 412);
    }

    @Test
    void uploadsTooLargeOrOfAnUnacceptedTypeAreRefused() {
        long app = org.applicant()
                .post("/api/applications", json("activity", 7))
                .json()
                .get("id")
                .asLong();
        var path = "/api/applications/" + app + "/documents";
        assertProblem(org.applicant().upload(path, "big.pdf", Fixtures.pdf("x".repeat(8 * 1024)), Map.of()), 413);
        var exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        var r = org.applicant().upload(path, "invoice.pdf", exe, Map.of());
        assertProblem(r, 415);
        assertThat(r.json().get("detail").asString()).contains("EXECUTABLE");
        assertProblem(org.applicant().send("POST", "/api/assessments", "<dossier/>", "application/xml"), 415);
        var unknownRequirement =
                org.applicant().upload(path, "a.pdf", Fixtures.pdf("x"), Map.of("requirementId", "9.9"));
        assertProblem(unknownRequirement, 400);
        assertThat(unknownRequirement.json().get("errors").get(0).get("field").asString())
                .isEqualTo("requirementId");
    }

    @Test
    void aCutDatabaseConnectionIsA503WithRetryAfterAndAReadIsTriedOnceMore() {
        // every other call fails: each read is answered by its second run
        for (int i = 0; i < 4; i++) {
            var read = admin.get("/api/test/flaky");
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.body()).isEqualTo("ok");
        }
        var change = admin.speaking("ru").post("/api/test/flaky", "{}");
        assertProblem(change, 503);
        assertIn("ru", change);
        assertThat(change.header("Retry-After")).isEqualTo("2");
        assertThat(change.json().get("type").asString()).endsWith("/database-unavailable");
    }

    @Test
    void errorsOutsideTheControllersAreProblemsToo() throws java.io.IOException {
        for (var line : new String[] {
            "TRACE /api/me HTTP/1.1",
            "TRACE / HTTP/1.1",
            "GET /api/me\u0000 HTTP/1.1",
            "GET /api/registry/licences?name={} HTTP/1.1",
            "GET /api/registry/licences/a%00b HTTP/1.1",
            "GET /api/registry/licences;x=y HTTP/1.1",
            "GET /api//registry/licences HTTP/1.1",
            "GET /api/registry/licences/%2e%2e/x HTTP/1.1",
            "GET /api/me HTTP/1.1\r\nX-Value: a\u0001b",
            "GET /api/me HTTP/9.9"
        }) {
            try (var socket = new java.net.Socket("127.0.0.1", instance.port())) {
                socket.setSoTimeout(20_000);
                socket.getOutputStream()
                        .write((line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                var a = ApiFuzzIT.read(socket.getInputStream());
                assertThat(a.status()).as(line).isBetween(400, 499);
                assertThat(a.contentType()).as(line).startsWith("application/problem+json");
                var body = new String(a.body(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(Api.JSON.readTree(body).get("status").asInt())
                        .as(line)
                        .isEqualTo(a.status());
                assertThat(body).as(line).doesNotContain("<html", "Tomcat", "Exception");
                if (line.startsWith("TRACE")) {
                    assertThat(a.status()).isEqualTo(405);
                    assertThat(Api.JSON.readTree(body).get("detail").asString())
                            .isEqualTo("this method is not allowed here");
                }
            }
        }
    }

    @Test
    void anUnexpectedFailureIsABare500() {
        var r = admin.get("/api/test/fail");
        assertProblem(r, 500);
        assertThat(r.json().get("detail").asString()).doesNotContain("accounts");
    }
}
