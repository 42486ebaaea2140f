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
 * Accounts after their creation: changing one's own password, an administrator disabling (for a
 * reason), re-enabling and setting a — temporary — password for an account, an initial password that
 * must be replaced first, and the audit trail of each — over HTTP.
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
        var officer = Fixtures.newOfficer(admin, "self");
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
        var officer = Fixtures.newOfficer(admin, "refused");
        long passwordEntries = passwordEntries(officer); // its first change, from the initial password
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
        assertThat(passwordEntries(officer)).isEqualTo(passwordEntries);
    }

    long passwordEntries(Api account) {
        return audit(id(account)).stream()
                .filter(e -> e.get("action").asString().startsWith("account.password"))
                .count();
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

        var disabled = admin.post("/api/accounts/" + id + "/disable", json("reason", "left the organisation"));
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
        assertThat(admin.post("/api/accounts/" + id + "/disable", json("reason", "left the organisation"))
                        .status())
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
        assertThat(Api.JSON
                        .readTree(disabledEntry.get("after").asString())
                        .get("reason")
                        .asString())
                .isEqualTo("left the organisation");
        var enabledEntry = entry(audit(id), "account.enabled");
        assertThat(Api.JSON.readTree(enabledEntry.get("after").asString()).hasNonNull("reason"))
                .as("enabled without a reason")
                .isFalse();
        assertNoSecrets(audit(id));
    }

    static JsonNode entry(List<JsonNode> entries, String action) {
        return entries.stream()
                .filter(e -> e.get("action").asString().equals(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " entry in " + entries));
    }

    @Test
    void disablingAnAccountNeedsAReasonWhichTheAuditTrailRecords() {
        var officer = Fixtures.newOfficer(admin, "reason");
        long id = id(officer);
        var disable = "/api/accounts/" + id + "/disable";
        assertFieldProblem(admin.post(disable, ""), "reason", "say why the account is disabled");
        assertFieldProblem(admin.post(disable, "{}"), "reason", "say why the account is disabled");
        assertFieldProblem(admin.post(disable, json("reason", " \t ")), "reason", "say why the account is disabled");
        assertFieldProblem(admin.post(disable, json("reason", "x".repeat(2001))), "reason", "");
        assertThat(officer.get("/api/me").status()).as("still enabled").isEqualTo(200);
        assertThat(audit(id)).noneMatch(e -> e.get("action").asString().equals("account.disabled"));

        assertThat(admin.get("/api/accounts/" + id).json().get("disabled").isNull())
                .as("an enabled account has no disabling")
                .isTrue();
        var reason = "уволен приказом № 12 от 01.11.2012";
        var disabled = admin.post(disable, json("reason", "  " + reason + "\n"));
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertProblem(officer.get("/api/me"), 401);
        // the account itself says why, by whom and when, as read back from the database
        var shown = admin.get("/api/accounts/" + id).json().get("disabled");
        assertThat(shown.get("reason").asString()).isEqualTo(reason);
        assertThat(shown.get("by").asString()).isEqualTo(Instance.ADMIN);
        assertThat(java.time.OffsetDateTime.parse(shown.get("at").asString()))
                .isBetween(
                        java.time.OffsetDateTime.now().minusMinutes(5),
                        java.time.OffsetDateTime.now().plusMinutes(1));
        var enabled = admin.post("/api/accounts/" + id + "/enable", json("reason", "восстановлен решением суда"));
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        assertThat(enabled.json().get("disabled").isNull())
                .as("enabled again: no disabling")
                .isTrue();
        assertThat(admin.get("/api/accounts/" + id).json().get("disabled").isNull())
                .isTrue();
        assertThat(officer.get("/api/me").status()).isEqualTo(200);

        var entries = audit(id);
        var disabledEntry = entry(entries, "account.disabled");
        assertThat(disabledEntry.get("actor").asString()).isEqualTo(Instance.ADMIN);
        var before = Api.JSON.readTree(disabledEntry.get("before").asString());
        var after = Api.JSON.readTree(disabledEntry.get("after").asString());
        assertThat(before.get("enabled").asBoolean()).isTrue();
        assertThat(after.get("enabled").asBoolean()).isFalse();
        assertThat(after.get("username").asString()).isEqualTo(officer.user());
        assertThat(after.get("reason").asString()).isEqualTo(reason);
        assertThat(Api.JSON
                        .readTree(entry(entries, "account.enabled").get("after").asString())
                        .get("reason")
                        .asString())
                .isEqualTo("восстановлен решением суда");
        assertThat(admin.get("/api/audit/verify").json().get("intact").asBoolean())
                .as("the audit chain with the reasons in it")
                .isTrue();
    }

    // ---------------------------------------------------------------- temporary passwords

    static final String OWN_PASSWORD = "only-the-account-knows-this";

    static void assertPasswordChangeRequired(Api.Response r) {
        assertProblem(r, 403);
        assertThat(r.json().get("type").asString()).isEqualTo("https://qualify.kz/problems/password-change-required");
        assertThat(r.json().get("detail").asString()).contains("PUT /api/me/password");
    }

    boolean mustChangePassword(long accountId) {
        return instance.jdbc()
                .sql("SELECT must_change_password FROM accounts WHERE id = :id")
                .param("id", accountId)
                .query(Boolean.class)
                .single();
    }

    @Test
    void aPasswordSetByAnAdministratorIsTemporaryUntilTheAccountChangesIt() {
        var officer = Fixtures.newOfficer(admin, "temporary");
        long id = id(officer);
        // used once, so this instance remembers the password as verified
        assertThat(officer.get("/api/review/queue").status()).isEqualTo(200);

        var set = admin.put("/api/accounts/" + id + "/password", json("newPassword", NEW_PASSWORD));
        assertThat(set.status()).as(set.toString()).isEqualTo(204);
        assertProblem(officer.get("/api/review/queue"), 401);
        assertProblem(officer.get("/api/me"), 401);

        var temporary = officer.as(officer.user(), NEW_PASSWORD);
        var me = temporary.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo(officer.user());
        assertThat(me.json().get("mustChangePassword").asBoolean()).isTrue();
        for (var r : List.of(
                temporary.get("/api/review/queue"),
                temporary.get("/api/applications"),
                temporary.get("/api/organisations"),
                temporary.get("/api/audit?entity=account&entityId=" + id),
                temporary.post("/api/assessments", Fixtures.item7Dossier(Fixtures.bin(), "ТОО «Проба»", true)),
                temporary.post("/api/organisations", Fixtures.newLegalEntity("Новая")))) {
            assertPasswordChangeRequired(r);
        }
        assertThat(temporary.get("/api/registry/licences").status())
                .as("the public registry stays public")
                .isEqualTo(200);
        assertThat(admin.get("/api/accounts/" + id)
                        .json()
                        .get("mustChangePassword")
                        .asBoolean())
                .isTrue();
        assertThat(mustChangePassword(id)).isTrue();

        assertFieldProblem(
                temporary.put("/api/me/password", json("currentPassword", NEW_PASSWORD, "newPassword", NEW_PASSWORD)),
                "newPassword",
                "must differ");
        var changed =
                temporary.put("/api/me/password", json("currentPassword", NEW_PASSWORD, "newPassword", OWN_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

        assertProblem(temporary.get("/api/me"), 401);
        var own = officer.as(officer.user(), OWN_PASSWORD);
        assertThat(own.get("/api/me").json().get("mustChangePassword").asBoolean())
                .isFalse();
        assertThat(own.get("/api/review/queue").status()).isEqualTo(200);
        assertThat(own.get("/api/audit?entity=account&entityId=" + id).status()).isEqualTo(200);
        assertThat(mustChangePassword(id)).isFalse();

        var entries = audit(id);
        assertThat(Api.JSON
                        .readTree(entry(entries, "account.password-set")
                                .get("after")
                                .asString())
                        .get("mustChangePassword")
                        .asBoolean())
                .isTrue();
        assertThat(entries)
                .filteredOn(e -> e.get("action").asString().equals("account.password-changed"))
                .first()
                .satisfies(e -> assertThat(e.get("actor").asString()).isEqualTo(officer.user()))
                .satisfies(e -> assertThat(e.get("after").asString()).contains("\"mustChangePassword\":false"));
        assertNoSecrets(entries);
        assertThat(admin.get("/api/audit/verify").json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void anAccountCreatedByAnAdministratorFirstReplacesItsInitialPassword() {
        var username = "new-officer-" + Fixtures.key().substring(0, 8);
        var created = admin.post(
                "/api/accounts", json("username", username, "password", Fixtures.INITIAL_PASSWORD, "role", "OFFICER"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("mustChangePassword").asBoolean()).isTrue();

        var initial = admin.anonymous().as(username, Fixtures.INITIAL_PASSWORD);
        assertPasswordChangeRequired(initial.get("/api/review/queue"));
        assertPasswordChangeRequired(initial.get("/api/applications"));
        assertThat(initial.get("/api/me").json().get("mustChangePassword").asBoolean())
                .isTrue();
        var changed = initial.put(
                "/api/me/password", json("currentPassword", Fixtures.INITIAL_PASSWORD, "newPassword", OWN_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(admin.anonymous()
                        .as(username, OWN_PASSWORD)
                        .get("/api/review/queue")
                        .status())
                .isEqualTo(200);
        assertThat(entry(audit(created.json().get("id").asLong()), "account.created")
                        .get("after")
                        .asString())
                .contains("\"mustChangePassword\":true");
    }

    @Test
    void theFirstAdministratorFromTheConfigurationHasNoTemporaryPassword() {
        var me = admin.get("/api/me");
        assertThat(me.json().get("mustChangePassword").asBoolean()).isFalse();
        assertThat(me.json().get("role").asString()).isEqualTo("ADMIN");
        assertThat(mustChangePassword(id(admin))).isFalse();
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        var other = Fixtures.newOfficer(admin, "other");
        assertThat(admin.post("/api/accounts/" + id(other) + "/disable", json("reason", "left the organisation"))
                        .status())
                .isEqualTo(200);
        long adminId = id(admin);
        var self = admin.post("/api/accounts/" + adminId + "/disable", json("reason", "left the organisation"));
        assertProblem(self, 409);
        assertThat(self.json().get("type").asString()).endsWith("/own-account");
        assertThat(admin.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void ofTwoAdministratorsDisablingEachOtherAtOnceOneRemains() throws Exception {
        var one = createAdministrator("admin-one");
        var two = createAdministrator("admin-two");
        // the built-in administrator steps aside, so that these two are the only enabled ones
        assertThat(one.post("/api/accounts/" + id(admin) + "/disable", json("reason", "left the organisation"))
                        .status())
                .isEqualTo(200);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long idOne = id(one);
                long idTwo = id(two);
                var a = pool.submit(
                        () -> one.post("/api/accounts/" + idTwo + "/disable", json("reason", "left the organisation")));
                var b = pool.submit(
                        () -> two.post("/api/accounts/" + idOne + "/disable", json("reason", "left the organisation")));
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
        return Fixtures.account(admin, username, "ADMIN", null);
    }

    @Test
    void anAdministratorSetsANewPasswordForAnotherAccount() {
        var officer = Fixtures.newOfficer(admin, "forgot");
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
        assertProblem(admin.post("/api/accounts/999999/disable", json("reason", "left the organisation")), 404);

        var entries = audit(id);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("account.password-set");
            assertThat(e.get("actor").asString()).isEqualTo(Instance.ADMIN);
            assertThat(e.get("after").asString())
                    .isEqualTo("{\"username\":\"" + officer.user()
                            + "\",\"changedBy\":\"an administrator\",\"mustChangePassword\":true}");
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
                            Fixtures.PASSWORD,
                            Fixtures.INITIAL_PASSWORD,
                            NEW_PASSWORD,
                            OWN_PASSWORD,
                            "{bcrypt}",
                            "$2a$",
                            "password_hash",
                            "passwordHash");
            for (var hash : hashes) assertThat(text).doesNotContain(hash);
        }
    }
}
