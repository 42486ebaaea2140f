package kz.qualify.service;

import static kz.qualify.service.ProblemDetailsIT.assertProblem;
import static kz.qualify.testsupport.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Accounts after their creation: changing one's own password, an administrator disabling,
 * re-enabling and setting a password for an account, and the audit trail of each — over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsIT {

    static final String NEW_PASSWORD = "a-new-password-for-tests";

    Databases db;
    Instance instance;
    Api admin;

    @BeforeAll
    void start() {
        db = Databases.h2();
        instance = Instance.start(db);
        admin = instance.admin();
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    Api officer(String name) {
        return Fixtures.officer(admin, name + "-" + Fixtures.key().substring(0, 8));
    }

    long id(Api account) {
        return instance.jdbc()
                .sql("SELECT id FROM accounts WHERE username = :u")
                .param("u", account.user())
                .query(Long.class)
                .single();
    }

    List<JsonNode> audit(long accountId) {
        return admin.get("/api/audit?entity=account&entityId=" + accountId)
                .json()
                .get("items")
                .valueStream()
                .toList();
    }

    static void assertFieldProblem(Api.Response r, String field, String message) {
        assertProblem(r, 400);
        assertThat(r.json().get("errors").valueStream()).anySatisfy(e -> {
            assertThat(e.get("field").asString()).isEqualTo(field);
            assertThat(e.get("message").asString()).contains(message);
        });
    }

    @Test
    void anAccountChangesItsOwnPasswordAndTheOldOneStopsWorking() {
        var officer = officer("self");
        var changed = officer.put(
                "/api/me/password", json("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertProblem(officer.get("/api/me"), 401);
        var renewed = officer.as(officer.user(), NEW_PASSWORD);
        assertThat(renewed.get("/api/me").json().get("username").asString()).isEqualTo(officer.user());

        var entries = audit(id(officer));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("account.password-changed");
            assertThat(e.get("actor").asString()).isEqualTo(officer.user());
        });
        assertNoSecrets(entries);
    }

    @Test
    void aRefusedPasswordChangeNamesEachFieldAtFault() {
        var officer = officer("refused");
        var wrongCurrent = officer.put(
                "/api/me/password", json("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD));
        assertFieldProblem(wrongCurrent, "currentPassword", "does not match");

        assertFieldProblem(
                officer.put("/api/me/password", json("currentPassword", Fixtures.PASSWORD, "newPassword", "short-one")),
                "newPassword",
                "at least 12 characters");
        assertFieldProblem(
                officer.put(
                        "/api/me/password", json("currentPassword", Fixtures.PASSWORD, "newPassword", officer.user())),
                "newPassword",
                "must not be the username");
        assertFieldProblem(
                officer.put(
                        "/api/me/password",
                        json("currentPassword", Fixtures.PASSWORD, "newPassword", Fixtures.PASSWORD)),
                "newPassword",
                "must differ");
        assertFieldProblem(
                officer.put(
                        "/api/me/password",
                        json("currentPassword", Fixtures.PASSWORD, "newPassword", "пароль".repeat(7))),
                "newPassword",
                "at most 72 bytes");
        var both = officer.put("/api/me/password", json("currentPassword", "nope-nope-nope", "newPassword", "short"));
        assertThat(both.json().get("errors").size()).isEqualTo(2);
        assertFieldProblem(officer.put("/api/me/password", json("newPassword", NEW_PASSWORD)), "currentPassword", "");

        // nothing changed
        assertThat(officer.get("/api/me").status()).isEqualTo(200);
        assertThat(audit(id(officer))).noneMatch(e -> e.get("action").asString().startsWith("account.password"));
    }

    @Test
    void accountCreationFollowsThePasswordPolicy() {
        var tooShort = admin.post(
                "/api/accounts", json("username", "short-pw-officer", "password", "eleven-char", "role", "OFFICER"));
        assertFieldProblem(tooShort, "password", "at least 12 characters");
        var tooLong = admin.post(
                "/api/accounts", json("username", "long-pw-officer", "password", "x".repeat(100), "role", "OFFICER"));
        assertFieldProblem(tooLong, "password", "at most 72 bytes");
    }

    @Test
    void aDisabledAccountIsRefusedOnEveryRequestUntilReenabled() {
        var org = Fixtures.organisation(admin, "ТОО «Отключённая»");
        var applicant = org.applicant();
        long id = id(applicant);
        assertThat(applicant.get("/api/applications").status()).isEqualTo(200);

        var disabled = admin.post("/api/accounts/" + id + "/disable", "");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        for (var r : List.of(
                applicant.get("/api/me"),
                applicant.get("/api/applications"),
                applicant.post("/api/assessments", Fixtures.item7Dossier(org.bin(), org.name(), true)),
                applicant.post("/api/applications", json("activity", 7)),
                applicant.put(
                        "/api/me/password", json("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD)))) {
            assertProblem(r, 401);
        }
        assertThat(admin.get("/api/accounts/" + id).json().get("enabled").asBoolean())
                .isFalse();
        assertThat(admin.post("/api/accounts/" + id + "/disable", "").status())
                .as("disabling twice changes nothing")
                .isEqualTo(200);

        var enabled = admin.post("/api/accounts/" + id + "/enable", "");
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
        assertThat(applicant.get("/api/applications").status()).isEqualTo(200);

        var actions = audit(id).stream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsSubsequence("account.enabled", "account.disabled", "account.created");
        assertThat(actions.stream().filter(a -> a.equals("account.disabled"))).hasSize(1);
        var disabledEntry = audit(id).stream()
                .filter(e -> e.get("action").asString().equals("account.disabled"))
                .findFirst()
                .orElseThrow();
        assertThat(disabledEntry.get("actor").asString()).isEqualTo(Instance.ADMIN);
        assertThat(disabledEntry.get("before").asString()).contains("\"enabled\":true");
        assertThat(disabledEntry.get("after").asString()).contains("\"enabled\":false");
        assertNoSecrets(audit(id));
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        var other = officer("other");
        assertThat(admin.post("/api/accounts/" + id(other) + "/disable", "").status())
                .isEqualTo(200);
        long adminId = id(admin);
        var self = admin.post("/api/accounts/" + adminId + "/disable", "");
        assertProblem(self, 409);
        assertThat(self.json().get("type").asString()).endsWith("/own-account");
        assertThat(admin.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void ofTwoAdministratorsDisablingEachOtherAtOnceOneRemains() throws Exception {
        var one = createAdministrator("admin-one");
        var two = createAdministrator("admin-two");
        // the built-in administrator steps aside, so that these two are the only enabled ones
        assertThat(one.post("/api/accounts/" + id(admin) + "/disable", "").status())
                .isEqualTo(200);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long idOne = id(one);
                long idTwo = id(two);
                var a = pool.submit(() -> one.post("/api/accounts/" + idTwo + "/disable", ""));
                var b = pool.submit(() -> two.post("/api/accounts/" + idOne + "/disable", ""));
                var statuses = List.of(a.get().status(), b.get().status());
                long enabledAdministrators = instance.jdbc()
                        .sql("SELECT COUNT(*) FROM accounts WHERE role = 'ADMIN' AND enabled")
                        .query(Long.class)
                        .single();
                assertThat(enabledAdministrators)
                        .as("round %d (%s): enabled administrators", round, statuses)
                        .isOne();
                // the loser was refused (409), or its login came after the winner's change (401)
                assertThat(statuses).as("round %d", round).containsOnlyOnce(200);
                assertThat(statuses).isSubsetOf(200, 401, 409);
                var survivor = one.get("/api/me").status() == 200 ? one : two;
                var other = survivor == one ? idTwo : idOne;
                assertThat(survivor.post("/api/accounts/" + other + "/enable", "")
                                .status())
                        .isEqualTo(200);
            }
        } finally {
            pool.shutdown();
            instance.jdbc()
                    .sql("UPDATE accounts SET enabled = TRUE WHERE role = 'ADMIN'")
                    .update();
        }
    }

    Api createAdministrator(String username) {
        var r = admin.post("/api/accounts", json("username", username, "password", Fixtures.PASSWORD, "role", "ADMIN"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return admin.as(username, Fixtures.PASSWORD);
    }

    @Test
    void anAdministratorSetsANewPasswordForAnotherAccount() {
        var officer = officer("forgot");
        long id = id(officer);
        var set = admin.put("/api/accounts/" + id + "/password", json("newPassword", NEW_PASSWORD));
        assertThat(set.status()).as(set.toString()).isEqualTo(204);
        assertProblem(officer.get("/api/me"), 401);
        assertThat(officer.as(officer.user(), NEW_PASSWORD).get("/api/me").status())
                .isEqualTo(200);

        assertFieldProblem(
                admin.put("/api/accounts/" + id + "/password", json("newPassword", "too-short")),
                "newPassword",
                "at least 12");
        var own = admin.put("/api/accounts/" + id(admin) + "/password", json("newPassword", NEW_PASSWORD));
        assertProblem(own, 409);
        assertThat(own.json().get("type").asString()).endsWith("/own-account");
        assertProblem(admin.put("/api/accounts/999999/password", json("newPassword", NEW_PASSWORD)), 404);
        assertProblem(admin.post("/api/accounts/999999/disable", ""), 404);

        var entries = audit(id);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("account.password-set");
            assertThat(e.get("actor").asString()).isEqualTo(Instance.ADMIN);
            assertThat(e.get("after").asString())
                    .isEqualTo("{\"username\":\"" + officer.user() + "\",\"changedBy\":\"an administrator\"}");
        });
        assertNoSecrets(entries);
    }

    /** No password, and no hash of one, in any audit entry about accounts. */
    void assertNoSecrets(List<JsonNode> entries) {
        var hashes = instance.jdbc()
                .sql("SELECT password_hash FROM accounts")
                .query(String.class)
                .list();
        for (var e : entries) {
            var text = e.toString();
            assertThat(text)
                    .doesNotContain(
                            Fixtures.PASSWORD, NEW_PASSWORD, "{bcrypt}", "$2a$", "password_hash", "passwordHash");
            for (var hash : hashes) assertThat(text).doesNotContain(hash);
        }
    }
}
