package kz.qualify.service;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Requests a browser sends from another site, over real HTTP, as the browser sends them: with the
 * credentials it may hold for the service, and with the {@code Origin} and {@code Sec-Fetch-Site} it
 * adds itself and a page cannot forge. A change from another site is refused before it is
 * authenticated; the UI's own requests, API clients and an origin the deployment allows go through;
 * and only clients that are not browsers are invited to log in with the Basic challenge.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteRequestsIT {

    static final String EVIL = "https://evil.example";
    static final String PORTAL = "https://portal.example.kz";

    Databases db;
    Instance instance;
    Fixtures.Org org;

    @BeforeAll
    void start() {
        db = Databases.h2();
        instance = Instance.start(db, Map.of("qualify.allowed-origins", PORTAL));
        org = Fixtures.organisation(instance.admin(), "ТОО «Чужой сайт»");
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    String own() {
        return "http://127.0.0.1:" + instance.port();
    }

    long draft() {
        var created = org.applicant().post("/api/applications", Fixtures.json("activity", 7));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    String state(long id) {
        return org.applicant()
                .get("/api/applications/" + id)
                .json()
                .get("state")
                .asString();
    }

    static void assertRefusedAsCrossSite(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).endsWith("/cross-site-request");
        assertThat(r.json().get("detail").asString()).contains("another site");
    }

    @Test
    void aFormPostedFromAnotherSiteWithTheBrowsersCredentialsWithdrawsNothing() {
        long id = draft();
        var r = org.applicant()
                .send(
                        "POST",
                        "/api/applications/" + id + "/withdraw",
                        "confirm=yes",
                        "application/x-www-form-urlencoded",
                        "Origin",
                        EVIL,
                        "Sec-Fetch-Site",
                        "cross-site",
                        "Sec-Fetch-Mode",
                        "navigate");
        assertRefusedAsCrossSite(r);
        assertThat(state(id)).isEqualTo("DRAFT");
    }

    @Test
    void aDocumentUploadedFromAnotherSiteIsNotStored() {
        long id = draft();
        var r = org.applicant()
                .upload(
                        "/api/applications/" + id + "/documents",
                        "справка.pdf",
                        Fixtures.pdf("from elsewhere"),
                        Map.of("requirementId", "7.3"),
                        "Origin",
                        EVIL,
                        "Sec-Fetch-Site",
                        "cross-site");
        assertRefusedAsCrossSite(r);
        assertThat(org.applicant()
                        .get("/api/applications/" + id + "/documents")
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void theRefusalIsWordedInTheLanguageAsked() {
        long id = draft();
        var path = "/api/applications/" + id + "/withdraw";
        for (var language : Map.of("ru", "другого сайта", "kk", "басқа сайттан").entrySet()) {
            var r = org.applicant()
                    .send("POST", path, "", "text/plain", "Origin", EVIL, "Accept-Language", language.getKey());
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.header("Content-Language")).isEqualTo(language.getKey());
            assertThat(r.json().get("detail").asString()).contains(language.getValue());
        }
    }

    @Test
    void withoutSecFetchSiteABrowsersForeignOriginIsEnough() {
        // a plain-HTTP deployment: browsers send Sec-Fetch-* to secure origins only, Origin always on a POST
        long id = draft();
        assertRefusedAsCrossSite(org.applicant()
                .send("POST", "/api/applications/" + id + "/withdraw", "", "text/plain", "Origin", EVIL));
        assertRefusedAsCrossSite(org.applicant()
                .send("POST", "/api/applications/" + id + "/withdraw", "", "text/plain", "Origin", "null"));
        assertThat(state(id)).isEqualTo("DRAFT");
    }

    @Test
    void aRefusedRequestIsNotALoginAttempt() {
        var wrong = instance.api().as(org.applicant().user(), "not-the-password");
        for (int i = 0; i < 7; i++) { // more than the lock-out's five failures
            assertRefusedAsCrossSite(wrong.send(
                    "POST",
                    "/api/applications",
                    "{}",
                    "application/json",
                    "Origin",
                    EVIL,
                    "Sec-Fetch-Site",
                    "cross-site"));
        }
        assertThat(org.applicant().get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void theWebUisOwnRequestsGoThrough() {
        long id = draft();
        var etag = org.applicant().get("/api/applications/" + id).etag();
        var r = org.applicant()
                .send(
                        "POST",
                        "/api/applications/" + id + "/withdraw",
                        null,
                        null,
                        "If-Match",
                        etag,
                        "Origin",
                        own(),
                        "Sec-Fetch-Site",
                        "same-origin",
                        "X-Requested-With",
                        "XMLHttpRequest");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void apiClientsThatAreNotBrowsersGoThrough() {
        long id = draft(); // no Origin, no Sec-Fetch-*: curl, scripts, the other tests
        var r = org.applicant().post("/api/applications/" + id + "/withdraw", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void anOriginTheDeploymentAllowsGoesThrough() {
        long id = draft();
        var r = org.applicant()
                .send(
                        "POST",
                        "/api/applications/" + id + "/withdraw",
                        null,
                        null,
                        "Origin",
                        PORTAL,
                        "Sec-Fetch-Site",
                        "cross-site");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void onlyClientsThatAreNotBrowsersAreChallengedToLogIn() {
        var api = instance.api().get("/api/me");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).isEqualTo("Basic realm=\"qualify\"");

        var ui = instance.api().get("/api/me", "X-Requested-With", "XMLHttpRequest");
        assertThat(ui.status()).isEqualTo(401);
        assertThat(ui.header("WWW-Authenticate")).isNull();
        assertThat(ui.json().get("type").asString()).endsWith("/unauthenticated");

        var typedIntoTheAddressBar =
                instance.api().get("/api/me", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Site", "none");
        assertThat(typedIntoTheAddressBar.status()).isEqualTo(401);
        assertThat(typedIntoTheAddressBar.header("WWW-Authenticate")).isNull();

        var wrongPasswordFromTheUi = instance.api()
                .as(Instance.ADMIN, "wrong-password")
                .get("/api/me", "X-Requested-With", "XMLHttpRequest");
        assertThat(wrongPasswordFromTheUi.status()).isEqualTo(401);
        assertThat(wrongPasswordFromTheUi.header("WWW-Authenticate")).isNull();
    }
}
