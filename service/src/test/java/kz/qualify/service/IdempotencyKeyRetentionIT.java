package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import kz.qualify.testsupport.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Idempotency keys are remembered for {@code qualify.idempotency-key-ttl} (24 hours by default): a
 * retry within it replays the first answer; past it the periodic purge deletes the key and a request
 * reusing it is new. Time is moved with a clock; the purge runs every 200 ms here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyKeyRetentionIT {

    Databases db;
    Instance instance;
    MovableClock clock;
    Fixtures.Org org;

    @BeforeAll
    void start() {
        db = Databases.h2();
        clock = MovableClock.startingNow();
        instance = clock.startInstance(db);
        org = Fixtures.organisation(instance.admin(), "ТОО «Повтор»");
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    long draft() {
        var applicant = org.applicant();
        var created = applicant.post("/api/applications", json("activity", 7));
        long id = created.json().get("id").asLong();
        var edited = applicant.put(
                "/api/applications/" + id + "/dossier",
                Fixtures.item7Dossier(org.bin(), org.name(), true),
                "If-Match",
                created.etag());
        assertThat(edited.status()).isEqualTo(200);
        return id;
    }

    @Test
    void aRetryWithinTheRetentionReplaysTheFirstAnswer() throws Exception {
        long id = draft();
        var k = key();
        var filed = org.applicant().submit(id, k);
        assertThat(filed.status()).isEqualTo(201);

        clock.advance(Duration.ofHours(24).minusMinutes(1));
        Thread.sleep(400); // two purges have run: the key is still inside its retention
        assertThat(keys(k)).isOne();
        var retried = org.applicant().submit(id, k);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(filed.body());
        assertThat(retried.etag()).isEqualTo(filed.etag());
        assertThat(org.applicant()
                        .get("/api/applications/" + id + "/submissions")
                        .json()
                        .size())
                .isOne();
    }

    @Test
    void pastItsRetentionAKeyIsPurgedAndItsReuseIsANewRequest() throws Exception {
        long id = draft();
        var old = key();
        assertThat(org.applicant().submit(id, old).status()).isEqualTo(201);
        clock.advance(Duration.ofHours(12));
        long other = draft();
        var recent = key();
        var recentAnswer = org.applicant().submit(other, recent);
        assertThat(recentAnswer.status()).isEqualTo(201);

        clock.advance(Duration.ofHours(12).plusSeconds(1));
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (keys(old) > 0 && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(keys(old)).as("the expired key is purged within 2 s").isZero();
        assertThat(keys(recent)).as("a key inside its retention is kept").isOne();

        // not replayed: filed anew, and an application already submitted cannot be submitted again
        var reused = org.applicant().submit(id, old);
        assertThat(reused.status()).as(reused.toString()).isEqualTo(409);
        assertThat(reused.json().get("type").asString()).endsWith("/invalid-transition");
        assertThat(org.applicant().submit(other, recent).body()).isEqualTo(recentAnswer.body());
    }

    long keys(String key) {
        return instance.jdbc()
                .sql("SELECT COUNT(*) FROM idempotency_keys WHERE idem_key = :k")
                .param("k", key)
                .query(Long.class)
                .single();
    }
}
