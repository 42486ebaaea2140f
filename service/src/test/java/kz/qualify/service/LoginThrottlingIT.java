package kz.qualify.service;

import static kz.qualify.service.ProblemDetailsIT.assertProblem;
import static kz.qualify.testsupport.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import kz.qualify.testsupport.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Repeated failed logins lock a username out over HTTP: 429 with Retry-After and problem details,
 * even for the right password, until the lock-out ends; a successful login clears the count. Time is
 * moved with a clock, not slept through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottlingIT {

    Databases db;
    Instance instance;
    MovableClock clock;
    Api admin;

    @BeforeAll
    void start() {
        db = Databases.h2();
        clock = MovableClock.startingNow();
        instance = clock.startInstance(db);
        admin = instance.admin();
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    static Api wrong(Api account) {
        return account.as(account.user(), "not-the-password");
    }

    @Test
    void fiveFailedLoginsLockTheUsernameOutEvenForTheRightPassword() {
        var officer = Fixtures.newOfficer(admin, "locked");
        assertThat(officer.get("/api/me").status()).isEqualTo(200);
        for (int i = 1; i <= 4; i++) {
            assertThat(wrong(officer).get("/api/me").status())
                    .as("failure " + i)
                    .isEqualTo(401);
        }
        var fifth = wrong(officer).get("/api/me");
        assertProblem(fifth, 429);
        assertThat(fifth.header("Retry-After")).isEqualTo("900");
        assertThat(fifth.json().get("type").asString()).endsWith("/login-throttled");
        assertThat(fifth.json().get("retryAfter").asLong()).isEqualTo(900);

        var rightPassword = officer.get("/api/me");
        assertProblem(rightPassword, 429);
        assertThat(officer.post("/api/assessments", "{}").status()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(10));
        assertThat(officer.get("/api/me").header("Retry-After")).isEqualTo("300");
        // another username is not affected
        assertThat(Fixtures.newOfficer(admin, "other").get("/api/me").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(5));
        assertThat(officer.get("/api/me").status()).isEqualTo(200);
        assertThat(rows(officer.user()))
                .as("the success after the lock-out clears the record")
                .isZero();
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        var officer = Fixtures.newOfficer(admin, "reset");
        for (int i = 0; i < 4; i++) wrong(officer).get("/api/me");
        assertThat(officer.get("/api/me").status()).isEqualTo(200);
        assertThat(rows(officer.user())).isZero();
        for (int i = 0; i < 4; i++) {
            assertThat(wrong(officer).get("/api/me").status()).isEqualTo(401);
        }
        assertThat(officer.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        var officer = Fixtures.newOfficer(admin, "slow");
        for (int i = 0; i < 4; i++) wrong(officer).get("/api/me");
        clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            assertThat(wrong(officer).get("/api/me").status()).isEqualTo(401);
        }
        assertThat(officer.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void anUnknownUsernameIsLockedOutLikeAKnownOne() {
        // otherwise a 429 would tell an outsider which usernames exist
        var nobody = instance.api().as("nobody-" + Fixtures.key().substring(0, 8), "whatever-password");
        for (int i = 0; i < 4; i++) {
            assertThat(nobody.get("/api/me").status()).isEqualTo(401);
        }
        assertProblem(nobody.get("/api/me"), 429);
    }

    @Test
    void aDisabledAccountIsRefusedWith401AndItsRightPasswordStillClearsFailures() {
        var officer = Fixtures.newOfficer(admin, "disabled");
        long id = accountId(officer.user());
        assertThat(admin.post("/api/accounts/" + id + "/disable", json("reason", "left the organisation"))
                        .status())
                .isEqualTo(200);
        wrong(officer).get("/api/me");
        var refused = officer.get("/api/me");
        assertProblem(refused, 401);
        assertThat(refused.json().get("detail").asString()).contains("disabled");
        assertThat(rows(officer.user())).isZero();
    }

    @Test
    void thePeriodicPurgeDeletesRecordsWhoseWindowHasPassedButKeepsALockOutUntilItEnds() throws Exception {
        var stale = Fixtures.newOfficer(admin, "stale");
        var locked = Fixtures.newOfficer(admin, "purge-locked");
        wrong(stale).get("/api/me");
        wrong(locked).get("/api/me");
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) wrong(locked).get("/api/me");
        assertThat(wrong(locked).get("/api/me").status()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(4));
        Thread.sleep(600); // three purges at 200 ms
        assertThat(rows(stale.user())).as("inside its window").isOne();

        clock.advance(Duration.ofMinutes(1));
        awaitNoRows(stale.user());
        assertThat(rows(locked.user()))
                .as("its window has passed, its lock-out has not")
                .isOne();
        assertThat(locked.get("/api/me").status()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(10));
        awaitNoRows(locked.user());
        assertThat(locked.get("/api/me").status()).isEqualTo(200);
    }

    void awaitNoRows(String username) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (rows(username) > 0 && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(rows(username)).as("purged within 2 s").isZero();
    }

    long rows(String username) {
        return instance.jdbc()
                .sql("SELECT COUNT(*) FROM login_failures WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    long accountId(String username) {
        return instance.jdbc()
                .sql("SELECT id FROM accounts WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }
}
