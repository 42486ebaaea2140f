package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.qualify.service.web.IdempotentRequests;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many retries of one submission with one Idempotency-Key, sent at the same instant (a client that
 * times out and retries, a double click, a proxy's retry): never a 5xx, one filing, and every answer
 * either the first answer replayed or a 409 problem document asking to retry. On the embedded
 * default, H2 refuses at once an insert of a key another transaction holds uncommitted (its
 * "concurrent update" error, which no exception translation knows); that answered 500 in 3 of 750
 * tries (issue 10).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentRetriesIT {

    static final int APPLICATIONS = 30;
    static final int RETRIES = 25;

    Databases db;
    Instance instance;
    Fixtures.Org org;

    @BeforeAll
    void start() {
        db = Databases.h2();
        instance = Instance.start(db, java.util.Map.of("spring.datasource.hikari.maximum-pool-size", "16"));
        org = Fixtures.organisation(instance.admin(), "ТОО «Повторы»");
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
    void concurrentRetriesOfOneKeyFileOnceAndNeverAnswer5xx() throws Exception {
        var answers = new ArrayList<List<Api.Response>>();
        var ids = new ArrayList<Long>();
        try (var pool = Executors.newFixedThreadPool(RETRIES)) {
            for (int a = 0; a < APPLICATIONS; a++) {
                long id = draft();
                ids.add(id);
                var k = key();
                var gate = new CountDownLatch(1);
                var futures = new ArrayList<Future<Api.Response>>();
                for (int r = 0; r < RETRIES; r++) {
                    futures.add(pool.submit(() -> {
                        gate.await();
                        return org.applicant().submit(id, k);
                    }));
                }
                gate.countDown();
                var these = new ArrayList<Api.Response>();
                for (var f : futures) these.add(f.get());
                answers.add(these);
            }
        }
        for (int a = 0; a < APPLICATIONS; a++) {
            long id = ids.get(a);
            var these = answers.get(a);
            for (var r : these) {
                assertThat(r.status()).as(r.toString()).isIn(201, 409);
                if (r.status() == 409) {
                    assertThat(r.header("content-type")).as(r.toString()).startsWith("application/problem+json");
                    assertThat(r.json().get("type").asString()).endsWith("idempotency-in-progress");
                }
            }
            var filed = these.stream().filter(r -> r.status() == 201).toList();
            assertThat(filed).as("application %d: %s", id, these).isNotEmpty();
            assertThat(filed)
                    .extracting(Api.Response::body)
                    .containsOnly(filed.getFirst().body());
            assertThat(org.applicant()
                            .get("/api/applications/" + id + "/submissions")
                            .json()
                            .size())
                    .as("filings of application %d", id)
                    .isOne();
        }
        assertThat(instance.admin()
                        .get("/api/audit/verify")
                        .json()
                        .get("intact")
                        .asBoolean())
                .isTrue();
        for (long id : ids) {
            long entries = instance.jdbc()
                    .sql("SELECT COUNT(*) FROM audit_log WHERE action = 'application.submitted' AND entity_id = :id")
                    .param("id", Long.toString(id))
                    .query(Long.class)
                    .single();
            assertThat(entries)
                    .as("audit entries of the filing of application %d", id)
                    .isOne();
        }
    }

    /**
     * A connection of the test holds the key, as a first request still filing does, in a
     * transaction not yet committed; the retry comes meanwhile.
     */
    record Holder(java.sql.Connection connection) implements AutoCloseable {
        static Holder of(Instance instance, String user, String key, long id, int status, String body)
                throws java.sql.SQLException {
            var c = instance.bean(javax.sql.DataSource.class).getConnection();
            c.setAutoCommit(false);
            try (var s = c.prepareStatement("INSERT INTO idempotency_keys (username, idem_key, request_hash, status,"
                    + " body, created_at) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                s.setString(1, user);
                s.setString(2, key);
                // the submit's fingerprint covers the answer's language: English, as no Accept-Language is sent
                s.setString(
                        3, IdempotentRequests.fingerprint("POST", "/api/applications/" + id + "/submit", "", "", "en"));
                s.setInt(4, status);
                s.setString(5, body);
                s.executeUpdate();
            }
            return new Holder(c);
        }

        @Override
        public void close() throws java.sql.SQLException {
            connection.close();
        }
    }

    /** Longer than H2's lock timeout (2 s), after which it stops waiting for the holder's row. */
    static final long HELD_MILLIS = 3_000;

    @Test
    void aRetryWaitsForARequestHoldingItsKeyThatFailsAndThenFilesItself() throws Exception {
        long id = draft();
        var k = key();
        try (var pool = Executors.newSingleThreadExecutor();
                var holder = Holder.of(instance, org.applicant().user(), k, id, 0, null)) {
            var retry = pool.submit(() -> org.applicant().submit(id, k));
            Thread.sleep(HELD_MILLIS);
            assertThat(retry).isNotDone();
            holder.connection().rollback(); // the first request failed: it stored nothing
            var answer = retry.get();
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        }
        assertThat(org.applicant()
                        .get("/api/applications/" + id + "/submissions")
                        .json()
                        .size())
                .isOne();
    }

    @Test
    void aRetryWaitsForARequestHoldingItsKeyAndReplaysItsAnswer() throws Exception {
        long id = draft();
        var k = key();
        var first = "{\"application\":{\"id\":" + id + "},\"submission\":1}";
        try (var pool = Executors.newSingleThreadExecutor();
                var holder = Holder.of(instance, org.applicant().user(), k, id, 201, first)) {
            var retry = pool.submit(() -> org.applicant().submit(id, k));
            Thread.sleep(HELD_MILLIS);
            holder.connection().commit();
            var answer = retry.get();
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo(first);
        }
        // the holder's answer was replayed: this request filed nothing itself
        assertThat(org.applicant()
                        .get("/api/applications/" + id + "/submissions")
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void aRetryWhoseKeyStaysHeldIsAnswered409AskingToRetryLater() throws Exception {
        long id = draft();
        var k = key();
        try (var holder = Holder.of(instance, org.applicant().user(), k, id, 0, null)) {
            var answer = org.applicant().submit(id, k); // held past the wait (10 s)
            assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
            assertThat(answer.header("content-type")).startsWith("application/problem+json");
            assertThat(answer.json().get("type").asString()).endsWith("idempotency-in-progress");
            holder.connection().rollback();
        }
        assertThat(org.applicant().submit(id, k).status()).isEqualTo(201);
    }
}
