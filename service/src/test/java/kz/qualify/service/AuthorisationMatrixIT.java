package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.EvidenceFiles;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint, tried by every role — anonymous, the owning organisation's applicant, another
 * organisation's applicant, an officer and an administrator — on one organisation's resources.
 * Callers expected to fail go first, so a state change by the allowed caller never masks a refusal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    enum Who {
        ANONYMOUS,
        OWN_APPLICANT,
        FOREIGN_APPLICANT,
        OFFICER,
        ADMIN
    }

    Databases db;
    Instance instance;
    final Map<Who, Api> as = new EnumMap<>(Who.class);
    Fixtures.Org own;
    final List<String> failures = new ArrayList<>();

    @BeforeAll
    void start() {
        db = Databases.h2();
        instance = Instance.start(db);
        var admin = instance.admin();
        own = Fixtures.organisation(admin, "ТОО «Своя»");
        var foreign = Fixtures.organisation(admin, "ТОО «Чужая»");
        as.put(Who.ANONYMOUS, instance.api());
        as.put(Who.OWN_APPLICANT, own.applicant());
        as.put(Who.FOREIGN_APPLICANT, foreign.applicant());
        as.put(Who.OFFICER, Fixtures.officer(admin, "matrix-officer"));
        as.put(Who.ADMIN, admin);
    }

    @AfterAll
    void stop() {
        instance.close();
        db.close();
    }

    /** Expected statuses: the five roles in enum order. */
    void check(
            String endpoint,
            int anonymous,
            int own,
            int foreign,
            int officer,
            int admin,
            Function<Api, Api.Response> call) {
        var expected = Map.of(
                Who.ANONYMOUS,
                anonymous,
                Who.OWN_APPLICANT,
                own,
                Who.FOREIGN_APPLICANT,
                foreign,
                Who.OFFICER,
                officer,
                Who.ADMIN,
                admin);
        var order = new ArrayList<>(List.of(Who.values()));
        order.sort(Comparator.comparing((Who w) -> expected.get(w) < 400));
        for (var who : order) {
            var r = call.apply(as.get(who).speaking("kk"));
            if (r.status() != expected.get(who)) {
                failures.add(endpoint + " as " + who + ": expected " + expected.get(who) + ", got " + r);
            } else if ((r.status() == 401 || r.status() == 403 || r.status() == 404) && !inKazakh(r)) {
                failures.add(endpoint + " as " + who + ": " + r.status() + " not worded in Kazakh: " + r);
            }
        }
    }

    /** A refusal asked for in Kazakh says so ({@code Content-Language: kk}) and is worded in Cyrillic. */
    static boolean inKazakh(Api.Response r) {
        var p = r.json();
        return "kk".equals(r.header("Content-Language"))
                && p.has("detail")
                && p.get("detail").asString().matches("(?s).*\\p{IsCyrillic}.*")
                && p.get("title").asString().matches("(?s).*\\p{IsCyrillic}.*");
    }

    /** A throwaway officer account for the account endpoints; its id. */
    long account(String name) {
        var r = as.get(Who.ADMIN)
                .post(
                        "/api/accounts",
                        json(
                                "username",
                                name + "-" + key().substring(0, 8),
                                "password",
                                Fixtures.PASSWORD,
                                "role",
                                "OFFICER"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** Changes the caller's password, then changes it back so the caller's later requests still log in. */
    static Api.Response changePasswordAndBack(Api a) {
        var temporary = "a-temporary-password";
        var r = a.put("/api/me/password", json("currentPassword", a.password(), "newPassword", temporary));
        if (r.status() == 204) {
            var back = a.as(a.user(), temporary)
                    .put("/api/me/password", json("currentPassword", temporary, "newPassword", a.password()));
            assertThat(back.status()).as(back.toString()).isEqualTo(204);
        }
        return r;
    }

    long draft() {
        var created = own.applicant().post("/api/applications", json("activity", 7));
        long id = created.json().get("id").asLong();
        var dossier = Fixtures.item7Dossier(own.bin(), own.name(), true);
        own.applicant().put("/api/applications/" + id + "/dossier", dossier, "If-Match", created.etag());
        EvidenceFiles.attachClaimed(own.applicant(), id, dossier);
        return id;
    }

    long submitted() {
        long id = draft();
        assertThat(own.applicant().submit(id, key()).status()).isEqualTo(201);
        return id;
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheRulesSay() {
        var officer = as.get(Who.OFFICER);
        long orgId = own.id();
        check("GET /api/me", 401, 200, 200, 200, 200, a -> a.get("/api/me"));
        check(
                "POST /api/organisations",
                401,
                403,
                403,
                201,
                201,
                a -> a.post("/api/organisations", Fixtures.newLegalEntity("Новая")));
        check("GET /api/organisations", 401, 403, 403, 200, 200, a -> a.get("/api/organisations"));
        check("GET /api/organisations/{id}", 401, 200, 404, 200, 200, a -> a.get("/api/organisations/" + orgId));
        check(
                "PUT /api/organisations/{id}",
                401,
                200,
                404,
                403,
                200,
                a -> a.put(
                        "/api/organisations/" + orgId,
                        json("legalForm", "LEGAL_ENTITY", "name", own.name(), "address", "Астана, 2"),
                        "If-Match",
                        as.get(Who.ADMIN).get("/api/organisations/" + orgId).etag()));
        check(
                "POST /api/accounts",
                401,
                403,
                403,
                403,
                201,
                a -> a.post(
                        "/api/accounts",
                        json("username", "u-" + key(), "password", Fixtures.PASSWORD, "role", "OFFICER")));
        check("GET /api/accounts", 401, 403, 403, 403, 200, a -> a.get("/api/accounts"));
        long target = account("matrix-target");
        check("GET /api/accounts/{id}", 401, 403, 403, 403, 200, a -> a.get("/api/accounts/" + target));
        check(
                "POST /api/accounts/{id}/disable",
                401,
                403,
                403,
                403,
                200,
                a -> a.post("/api/accounts/" + target + "/disable", json("reason", "left the organisation")));
        check(
                "POST /api/accounts/{id}/enable",
                401,
                403,
                403,
                403,
                200,
                a -> a.post("/api/accounts/" + target + "/enable", ""));
        check(
                "PUT /api/accounts/{id}/password",
                401,
                403,
                403,
                403,
                204,
                a -> a.put("/api/accounts/" + target + "/password", json("newPassword", "a-new-password-for-tests")));
        check("PUT /api/me/password", 401, 204, 204, 204, 204, AuthorisationMatrixIT::changePasswordAndBack);
        check(
                "POST /api/assessments",
                401,
                200,
                200,
                200,
                200,
                a -> a.post("/api/assessments", Fixtures.item7Dossier(own.bin(), own.name(), true)));
        check("POST /api/applications", 401, 201, 201, 403, 403, a -> a.post("/api/applications", json("activity", 7)));
        check("GET /api/applications", 401, 200, 200, 200, 200, a -> a.get("/api/applications"));

        long app = draft();
        var base = "/api/applications/" + app;
        // a draft never filed is the applicant's own: to officers and administrators it does not exist
        check("GET /api/applications/{id} (draft)", 401, 200, 404, 404, 404, a -> a.get(base));
        check("GET …/dossier (draft)", 401, 200, 404, 404, 404, a -> a.get(base + "/dossier"));
        check(
                "PUT …/dossier (draft: not there for staff)",
                401,
                200,
                404,
                404,
                404,
                a -> a.put(
                        base + "/dossier",
                        Fixtures.item7Dossier(own.bin(), own.name(), true),
                        "If-Match",
                        own.applicant().get(base).etag()));
        check("GET …/assessment (draft)", 401, 200, 404, 404, 404, a -> a.get(base + "/assessment"));
        check(
                "GET …/reviewed-assessment (draft: nothing filed to review)",
                401,
                409,
                404,
                404,
                404,
                a -> a.get(base + "/reviewed-assessment"));
        check(
                "POST …/documents (draft: not there for staff)",
                401,
                201,
                404,
                404,
                404,
                a -> a.upload(base + "/documents", "a.pdf", Fixtures.pdf("x"), Map.of()));
        check("GET …/documents (draft)", 401, 200, 404, 404, 404, a -> a.get(base + "/documents"));
        long doc =
                own.applicant().get(base + "/documents").json().get(0).get("id").asLong();
        check("GET /api/documents/{id} (draft)", 401, 200, 404, 404, 404, a -> a.get("/api/documents/" + doc));
        check(
                "GET /api/documents/{id}/content (draft)",
                401,
                200,
                404,
                404,
                404,
                a -> a.get("/api/documents/" + doc + "/content"));
        check("POST …/submit", 401, 201, 404, 403, 403, a -> a.submit(app, key()));
        // filed, it is the officers' to see
        check("GET /api/applications/{id}", 401, 200, 404, 200, 200, a -> a.get(base));
        check("GET …/dossier", 401, 200, 404, 200, 200, a -> a.get(base + "/dossier"));
        check("GET …/documents", 401, 200, 404, 200, 200, a -> a.get(base + "/documents"));
        check("GET /api/documents/{id}", 401, 200, 404, 200, 200, a -> a.get("/api/documents/" + doc));
        check(
                "DELETE …/documents/{id} (filed: no longer the applicant's to change)",
                401,
                409,
                404,
                403,
                403,
                a -> a.delete(base + "/documents/" + doc));
        check("GET …/deadlines", 401, 200, 404, 200, 200, a -> a.get(base + "/deadlines"));
        check("GET …/submissions", 401, 200, 404, 200, 200, a -> a.get(base + "/submissions"));
        check("GET …/submissions/1", 401, 200, 404, 200, 200, a -> a.get(base + "/submissions/1"));
        check("GET …/submissions/1/replay", 401, 200, 404, 200, 200, a -> a.get(base + "/submissions/1/replay"));
        check("GET …/reviewed-assessment", 401, 200, 404, 200, 200, a -> a.get(base + "/reviewed-assessment"));

        long staffed = draft();
        var csv = LicensingFlow.STAFF_CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        check(
                "POST …/staff (draft: not there for staff)",
                401,
                200,
                404,
                404,
                404,
                a -> a.uploadWith(
                        "/api/applications/" + staffed + "/staff",
                        "staff.csv",
                        csv,
                        "If-Match",
                        own.applicant().get("/api/applications/" + staffed).etag()));

        long withdrawn = draft();
        check(
                "POST …/withdraw",
                401,
                200,
                404,
                403,
                403,
                a -> a.post("/api/applications/" + withdrawn + "/withdraw", ""));

        check("GET /api/review/queue", 401, 403, 403, 200, 200, a -> a.get("/api/review/queue"));
        check("POST …/review/start", 401, 403, 403, 200, 403, a -> a.post(base + "/review/start", ""));
        check("GET …/review", 401, 403, 403, 200, 200, a -> a.get(base + "/review"));
        check(
                "PUT …/judgments/{subject}",
                401,
                403,
                403,
                200,
                403,
                a -> a.put(
                        base + "/judgments/requirement:7.1", json("outcome", "ACCEPTED", "comment", "соответствует")));
        check(
                "PUT …/judgments/{document}",
                401,
                403,
                403,
                200,
                403,
                a -> a.put(base + "/judgments/document:" + doc, json("outcome", "ACCEPTED", "comment", "подлинный")));

        long toReturn = submitted();
        officer.post("/api/applications/" + toReturn + "/review/start", "");
        check(
                "POST …/return",
                401,
                403,
                403,
                200,
                403,
                a -> a.post("/api/applications/" + toReturn + "/return", json("reasons", List.of("нужна справка"))));

        EvidenceFiles.acceptEveryDocument(officer, app);
        check("POST …/decision", 401, 403, 403, 200, 403, a -> a.post(base + "/decision", json("outcome", "APPROVE")));
        check("GET …/decision", 401, 200, 404, 200, 200, a -> a.get(base + "/decision"));

        var number = officer.get(base + "/decision").json().get("licence").asString();
        // the official documents: the organisation's own and staff; another organisation learns nothing
        check("GET …/official-documents", 401, 200, 404, 200, 200, a -> a.get(base + "/official-documents"));
        check(
                "GET …/official-documents/receipt",
                401,
                200,
                404,
                200,
                200,
                a -> a.get(base + "/official-documents/receipt"));
        check(
                "GET …/official-documents/licence",
                401,
                200,
                404,
                200,
                200,
                a -> a.get(base + "/official-documents/licence"));
        check(
                "GET …/official-documents/return-notice",
                401,
                200,
                404,
                200,
                200,
                a -> a.get("/api/applications/" + toReturn + "/official-documents/return-notice"));
        check(
                "GET /api/registry/licences/{number}/document",
                200,
                200,
                200,
                200,
                200,
                a -> a.get("/api/registry/licences/" + number + "/document"));
        check(
                "GET /api/registry/licences",
                200,
                200,
                200,
                200,
                200,
                a -> a.get("/api/registry/licences?bin=" + own.bin()));
        check(
                "GET /api/registry/licences/{number}",
                200,
                200,
                200,
                200,
                200,
                a -> a.get("/api/registry/licences/" + number));
        check(
                "POST /api/licences/{n}/suspend",
                401,
                403,
                403,
                200,
                403,
                a -> a.post("/api/licences/" + number + "/suspend", json("reason", "проверка")));
        check(
                "POST /api/licences/{n}/reinstate",
                401,
                403,
                403,
                200,
                403,
                a -> a.post("/api/licences/" + number + "/reinstate", json("reason", "устранено")));
        check(
                "POST /api/licences/{n}/revoke",
                401,
                403,
                403,
                200,
                403,
                a -> a.post("/api/licences/" + number + "/revoke", json("reason", "решение")));

        check("GET /api/audit", 401, 403, 403, 200, 200, a -> a.get("/api/audit"));
        check("GET /api/audit/verify", 401, 403, 403, 403, 200, a -> a.get("/api/audit/verify"));
        check("GET /v3/api-docs", 200, 200, 200, 200, 200, a -> a.get("/v3/api-docs"));
        check("GET /actuator/health", 200, 200, 200, 200, 200, a -> a.get("/actuator/health"));
        check("GET /actuator/env", 401, 404, 404, 404, 404, a -> a.get("/actuator/env"));

        assertThat(failures).isEmpty();
    }

    /**
     * A caller who may not call an officer's or an administrator's endpoint learns nothing of the
     * body it expects: an invalid body (not JSON, empty, wrong types, refused characters) gets the
     * same 403 as a valid one, never a 400 naming the fields.
     */
    @Test
    void anInvalidBodyFromACallerWhoMayNotCallIsRefusedWith403() {
        long app = draft();
        var base = "/api/applications/" + app;
        long target = account("matrix-shape");
        var bodies =
                List.of("{not json", "{}", "{\"outcome\": 12, \"comment\": []}", "{\"reason\": \"\\u0000\"}", "[]");
        record Endpoint(String method, String path, List<Who> refused) {}
        var applicants = List.of(Who.OWN_APPLICANT, Who.FOREIGN_APPLICANT);
        var notOfficers = List.of(Who.OWN_APPLICANT, Who.FOREIGN_APPLICANT, Who.ADMIN);
        var notAdmins = List.of(Who.OWN_APPLICANT, Who.FOREIGN_APPLICANT, Who.OFFICER);
        var endpoints = List.of(
                new Endpoint("POST", "/api/organisations", applicants),
                new Endpoint("PUT", "/api/organisations/" + own.id(), List.of(Who.OFFICER)),
                new Endpoint("POST", "/api/accounts", notAdmins),
                new Endpoint("POST", "/api/accounts/" + target + "/disable", notAdmins),
                new Endpoint("POST", "/api/accounts/" + target + "/enable", notAdmins),
                new Endpoint("PUT", "/api/accounts/" + target + "/password", notAdmins),
                new Endpoint("PUT", base + "/judgments/requirement:7.1", notOfficers),
                new Endpoint("POST", base + "/return", notOfficers),
                new Endpoint("POST", base + "/decision", notOfficers),
                new Endpoint("POST", "/api/licences/KZ-0000/suspend", notOfficers),
                new Endpoint("POST", "/api/licences/KZ-0000/revoke", notOfficers),
                new Endpoint("POST", "/api/licences/KZ-0000/reinstate", notOfficers));
        var wrong = new ArrayList<String>();
        for (var e : endpoints) {
            for (var who : e.refused()) {
                for (var body : bodies) {
                    var r = as.get(who).send(e.method(), e.path(), body, "application/json");
                    if (r.status() != 403 || r.body().contains("\"field\"")) {
                        wrong.add(e.method() + " " + e.path() + " as " + who + " with " + body + ": " + r);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aForeignApplicantsListNeverShowsAnotherOrganisationsApplications() {
        long app = draft();
        var mine = own.applicant().get("/api/applications?size=200").json().get("items");
        var theirs = as.get(Who.FOREIGN_APPLICANT)
                .get("/api/applications?size=200")
                .json()
                .get("items");
        assertThat(mine.valueStream().map(a -> a.get("id").asLong())).contains(app);
        assertThat(theirs.valueStream().map(a -> a.get("organisationId").asLong()))
                .doesNotContain(own.id());
    }

    @Test
    void servesAnOpenApi31DocumentForEveryEndpoint() {
        var doc = instance.api().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().get("openapi").asString()).startsWith("3.1");
        assertThat(doc.json().get("paths").propertyNames())
                .contains(
                        "/api/assessments",
                        "/api/applications",
                        "/api/applications/{id}/submit",
                        "/api/applications/{id}/decision",
                        "/api/registry/licences",
                        "/api/audit/verify",
                        "/api/applications/{id}/documents",
                        "/api/me/password",
                        "/api/accounts/{id}/disable",
                        "/api/accounts/{id}/enable",
                        "/api/accounts/{id}/password");
        var disable = doc.json().get("paths").get("/api/accounts/{id}/disable").get("post");
        assertThat(disable.get("requestBody").get("required").asBoolean()).isTrue();
        var schemas = doc.json().get("components").get("schemas");
        assertThat(schemas.get("DisableRequest").get("required").valueStream().map(n -> n.asString()))
                .containsExactly("reason");
        assertThat(schemas.get("Me").get("properties").propertyNames()).contains("mustChangePassword");
    }
}
