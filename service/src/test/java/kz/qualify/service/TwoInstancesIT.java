package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
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
 * Two instances on one PostgreSQL database: an application is worked across both, and what one
 * instance changes about accounts and logins holds on the other at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    Databases db;
    Instance a;
    Instance b;

    @BeforeAll
    void start() {
        db = Databases.postgres();
        a = Instance.start(db);
        b = Instance.start(db);
    }

    @AfterAll
    void stop() {
        if (b != null) b.close();
        if (a != null) a.close();
        if (db != null) db.close();
    }

    static Api on(Instance instance, Api client) {
        return client.rebase(instance.port());
    }

    @Test
    void anApplicationIsFiledOnOneInstanceAndDecidedOnTheOther() {
        var org = Fixtures.organisation(a.admin(), "ТОО «Два узла»");
        var officerOnA = Fixtures.officer(a.admin(), "officer-two");
        var officerOnB = on(b, officerOnA);
        var applicantOnB = on(b, org.applicant());

        var created = org.applicant().post("/api/applications", json("activity", 7));
        long id = created.json().get("id").asLong();
        var edited = applicantOnB.put(
                "/api/applications/" + id + "/dossier",
                Fixtures.item7Dossier(org.bin(), org.name(), true),
                "If-Match",
                created.etag());
        assertThat(edited.status()).isEqualTo(200);
        // A's ETag is stale on B as well: the version lives in the database
        assertThat(org.applicant()
                        .put(
                                "/api/applications/" + id + "/dossier",
                                Fixtures.item7Dossier(org.bin(), org.name(), true),
                                "If-Match",
                                created.etag())
                        .status())
                .isEqualTo(412);
        EvidenceFiles.attachClaimed(org.applicant(), id, Fixtures.item7Dossier(org.bin(), org.name(), true));

        var k = key();
        var filed = applicantOnB.submit(id, k);
        assertThat(filed.status()).isEqualTo(201);
        var retriedOnA = org.applicant().submit(id, k);
        assertThat(retriedOnA.body()).isEqualTo(filed.body());

        assertThat(officerOnA
                        .post("/api/applications/" + id + "/review/start", "")
                        .status())
                .isEqualTo(200);
        assertThat(officerOnB
                        .put(
                                "/api/applications/" + id + "/judgments/requirement:7.1",
                                json("outcome", "ACCEPTED", "comment", "соответствует"))
                        .status())
                .isEqualTo(200);
        EvidenceFiles.acceptEveryDocument(officerOnB, id);
        var decided = officerOnB.post("/api/applications/" + id + "/decision", json("outcome", "APPROVE"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        var number = decided.json().get("licence").get("number").asString();

        var registry = a.api().get("/api/registry/licences/" + number);
        assertThat(registry.status()).isEqualTo(200);
        assertThat(registry.json().get("taxId").asString()).isEqualTo(org.bin());
        assertThat(a.admin().get("/api/audit/verify").json().get("intact").asBoolean())
                .isTrue();
        assertThat(b.admin().get("/api/audit/verify").json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void concurrentWritesOnBothInstancesKeepOneAuditChainAndUniqueLicenceNumbers() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 24; i++) {
                var instance = i % 2 == 0 ? a : b;
                tasks.add(() -> instance.admin()
                        .post("/api/organisations", Fixtures.newLegalEntity("Параллель"))
                        .status());
            }
            for (var f : pool.invokeAll(tasks)) assertThat(f.get()).isIn(201, 409);
        } finally {
            pool.shutdown();
        }
        var verify = b.admin().get("/api/audit/verify").json();
        assertThat(verify.get("intact").asBoolean()).as(verify.toString()).isTrue();
        long n1 = a.jdbc()
                .sql("SELECT nextval('licence_numbers')")
                .query(Long.class)
                .single();
        long n2 = b.jdbc()
                .sql("SELECT nextval('licence_numbers')")
                .query(Long.class)
                .single();
        assertThat(n2).isGreaterThan(n1);
    }

    @Test
    void aLockOutAfterFailuresOnBothInstancesHoldsOnBoth() {
        var officerOnA = Fixtures.officer(a.admin(), "officer-locked-" + key().substring(0, 8));
        var officerOnB = on(b, officerOnA);
        for (int i = 0; i < 4; i++) {
            var instance = i % 2 == 0 ? officerOnA : officerOnB;
            assertThat(instance.as(officerOnA.user(), "wrong-password")
                            .get("/api/me")
                            .status())
                    .isEqualTo(401);
        }
        var fifth = officerOnB.as(officerOnA.user(), "wrong-password").get("/api/me");
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(Long.parseLong(fifth.header("Retry-After"))).isBetween(890L, 900L);
        assertThat(officerOnA.get("/api/me").status()).isEqualTo(429);
        assertThat(officerOnB.get("/api/me").status()).isEqualTo(429);
    }

    @Test
    void aSuccessfulLoginWritesNothingUnlessFailuresPrecededIt() {
        var officerOnA = Fixtures.officer(a.admin(), "officer-writes-" + key().substring(0, 8));
        var officerOnB = on(b, officerOnA);
        var jdbc = a.jdbc();
        // every statement that writes to login_failures, whichever instance runs it, leaves a row here
        jdbc.sql("CREATE TABLE login_failure_writes (op VARCHAR(10) NOT NULL)").update();
        jdbc.sql("""
                CREATE FUNCTION count_login_failure_writes() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO login_failure_writes VALUES (TG_OP); RETURN NULL; END $$""").update();
        jdbc.sql("""
                CREATE TRIGGER login_failure_writes AFTER INSERT OR UPDATE OR DELETE ON login_failures
                FOR EACH STATEMENT EXECUTE FUNCTION count_login_failure_writes()""").update();
        try {
            for (int i = 0; i < 20; i++) {
                assertThat((i % 2 == 0 ? officerOnA : officerOnB).get("/api/me").status())
                        .isEqualTo(200);
            }
            assertThat(writes()).as("successful logins with nothing recorded").isZero();

            assertThat(officerOnA
                            .as(officerOnA.user(), "wrong-password")
                            .get("/api/me")
                            .status())
                    .isEqualTo(401);
            assertThat(writes()).as("a failure is recorded").isPositive();
            jdbc.sql("DELETE FROM login_failure_writes").update();

            assertThat(officerOnB.get("/api/me").status()).isEqualTo(200);
            assertThat(writes())
                    .as("the first success after a failure clears it")
                    .isOne();
            jdbc.sql("DELETE FROM login_failure_writes").update();

            for (int i = 0; i < 20; i++) {
                assertThat((i % 2 == 0 ? officerOnA : officerOnB)
                                .post("/api/assessments", Fixtures.item7Dossier(Fixtures.bin(), "ТОО «Быстро»", true))
                                .status())
                        .isEqualTo(200);
            }
            assertThat(writes()).as("and later successes write nothing").isZero();
        } finally {
            jdbc.sql("DROP TRIGGER login_failure_writes ON login_failures").update();
            jdbc.sql("DROP FUNCTION count_login_failure_writes()").update();
            jdbc.sql("DROP TABLE login_failure_writes").update();
        }
    }

    long writes() {
        return a.jdbc()
                .sql("SELECT COUNT(*) FROM login_failure_writes")
                .query(Long.class)
                .single();
    }

    @Test
    void accountChangesOnOneInstanceTakeEffectOnTheOther() {
        var officerOnA = Fixtures.officer(a.admin(), "officer-moved-" + key().substring(0, 8));
        long id = accountId(officerOnA.user());
        var officerOnB = on(b, officerOnA);
        assertThat(officerOnB.get("/api/me").status()).isEqualTo(200); // B has verified this password once

        assertThat(officerOnA
                        .put(
                                "/api/me/password",
                                json("currentPassword", Fixtures.PASSWORD, "newPassword", "moved-password-123"))
                        .status())
                .isEqualTo(204);
        assertThat(officerOnB.get("/api/me").status()).isEqualTo(401);
        var renewedOnB = officerOnB.as(officerOnB.user(), "moved-password-123");
        assertThat(renewedOnB.get("/api/me").status()).isEqualTo(200);

        assertThat(a.admin()
                        .post("/api/accounts/" + id + "/disable", json("reason", "left the organisation"))
                        .status())
                .isEqualTo(200);
        assertThat(renewedOnB.get("/api/me").status()).isEqualTo(401);
        assertThat(b.admin().post("/api/accounts/" + id + "/enable", "").status())
                .isEqualTo(200);
        assertThat(renewedOnB.rebase(a.port()).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aPasswordSetByAnAdministratorOnOneInstanceIsTemporaryOnTheOther() {
        var officerOnA = Fixtures.officer(a.admin(), "officer-reset-" + key().substring(0, 8));
        var officerOnB = on(b, officerOnA);
        long id = accountId(officerOnA.user());
        assertThat(officerOnB.get("/api/review/queue").status()).isEqualTo(200); // B has verified this password

        assertThat(a.admin()
                        .put("/api/accounts/" + id + "/password", json("newPassword", "set-by-the-admin-1"))
                        .status())
                .isEqualTo(204);
        assertThat(officerOnB.get("/api/review/queue").status())
                .as("the old password, though B verified it before")
                .isEqualTo(401);
        var temporaryOnB = officerOnB.as(officerOnB.user(), "set-by-the-admin-1");
        var refused = temporaryOnB.get("/api/review/queue");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).endsWith("/password-change-required");
        assertThat(temporaryOnB.get("/api/me").json().get("mustChangePassword").asBoolean())
                .isTrue();

        assertThat(on(a, temporaryOnB)
                        .put(
                                "/api/me/password",
                                json("currentPassword", "set-by-the-admin-1", "newPassword", "chosen-by-the-officer"))
                        .status())
                .isEqualTo(204);
        var ownOnB = temporaryOnB.as(temporaryOnB.user(), "chosen-by-the-officer");
        assertThat(ownOnB.get("/api/review/queue").status()).isEqualTo(200);
        assertThat(ownOnB.get("/api/me").json().get("mustChangePassword").asBoolean())
                .isFalse();
        assertThat(temporaryOnB.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void twoAdministratorsDisablingEachOtherOnTwoInstancesLeaveOneEnabled() throws Exception {
        var one = administrator("admin-one");
        var two = on(b, administrator("admin-two"));
        long idOne = accountId(one.user());
        long idTwo = accountId(two.user());
        long builtIn = accountId(Instance.ADMIN);
        // the built-in administrator steps aside, so that these two are the only enabled ones
        assertThat(one.post("/api/accounts/" + builtIn + "/disable", json("reason", "left the organisation"))
                        .status())
                .isEqualTo(200);
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                var first = pool.submit(
                        () -> one.post("/api/accounts/" + idTwo + "/disable", json("reason", "left the organisation")));
                var second = pool.submit(
                        () -> two.post("/api/accounts/" + idOne + "/disable", json("reason", "left the organisation")));
                var statuses =
                        java.util.List.of(first.get().status(), second.get().status());
                assertThat(enabledAdministrators())
                        .as("round %d (%s): enabled administrators", round, statuses)
                        .isOne();
                assertThat(statuses).as("round %d", round).containsOnlyOnce(200);
                var survivor = one.get("/api/me").status() == 200 ? one : two;
                long other = survivor == one ? idTwo : idOne;
                assertThat(survivor.post("/api/accounts/" + other + "/enable", "")
                                .status())
                        .isEqualTo(200);
            }
        } finally {
            pool.shutdown();
            a.jdbc()
                    .sql("UPDATE accounts SET enabled = TRUE WHERE role = 'ADMIN'")
                    .update();
        }
    }

    Api administrator(String username) {
        return Fixtures.account(a.admin(), username, "ADMIN", null);
    }

    long accountId(String username) {
        return a.jdbc()
                .sql("SELECT id FROM accounts WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    long enabledAdministrators() {
        return a.jdbc()
                .sql("SELECT COUNT(*) FROM accounts WHERE role = 'ADMIN' AND enabled")
                .query(Long.class)
                .single();
    }
}
