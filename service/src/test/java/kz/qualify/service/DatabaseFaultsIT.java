package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL's backends terminated under load ({@code pg_terminate_backend}, as an operator, a
 * restart or a failover would): every request is answered 2xx/4xx as usual or 503 with
 * {@code Retry-After} as a problem document — never a 500, the login included — and the service
 * serves normally once the database is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFaultsIT {

    Databases.Postgres db;
    Instance instance;
    Api admin;
    Fixtures.Org org;

    @BeforeAll
    void start() {
        db = (Databases.Postgres) Databases.postgres();
        // a connection not to be had fails in 3 s, not Hikari's default 30
        instance = Instance.start(db, Map.of("spring.datasource.hikari.connection-timeout", "3000"));
        admin = instance.admin();
        org = Fixtures.organisation(admin, "ТОО «Обрыв»");
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    /** Terminates every backend of the service's database; how many. */
    int terminate() throws Exception {
        try (var c = Databases.pgConnection(Databases.PG_ADMIN_URL);
                var s = c.prepareStatement("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
            s.setString(1, db.database());
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void terminatedBackendsAnswer503WithRetryAfterNever500() throws Exception {
        var applicant = org.applicant();
        var anonymous = instance.api();
        List<Function<Integer, Api.Response>> calls = List.of(
                i -> anonymous.get("/api/registry/licences?name=x"),
                i -> applicant.get("/api/me"),
                i -> admin.get("/api/organisations?size=5"),
                i -> applicant.get("/api/applications"),
                i -> applicant.post("/api/applications", json("activity", 7)),
                i -> admin.get("/api/audit?size=5"));
        var stop = new AtomicBoolean();
        var wrong = Collections.synchronizedList(new ArrayList<String>());
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var pool = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            int thread = t;
            pool.submit(() -> {
                int i = 0;
                while (!stop.get()) {
                    var r = calls.get((thread + i++) % calls.size()).apply(i);
                    statuses.computeIfAbsent(r.status(), s -> new AtomicInteger())
                            .incrementAndGet();
                    if (r.status() >= 500 && r.status() != 503) wrong.add("answered " + r);
                    if (r.status() == 503 && !"2".equals(r.header("Retry-After")))
                        wrong.add("503 without Retry-After: " + r);
                    if (r.status() >= 400
                            && !String.valueOf(r.header("Content-Type")).startsWith("application/problem+json")) {
                        wrong.add("not a problem: " + r.status() + " " + r.header("Content-Type") + " " + r.body());
                    }
                    if (r.status() == 401) wrong.add("a login refused while the database was away: " + r);
                }
                return null;
            });
        }
        int terminated = 0;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        while (System.nanoTime() < until) {
            terminated += terminate();
            Thread.sleep(120);
        }
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        System.out.println("terminated " + terminated + " backends; answers " + statuses);
        assertThat(terminated).as("backends terminated").isGreaterThan(10);
        assertThat(wrong).as("answers while backends were terminated").isEmpty();
        // and all is well after
        var after = applicant.post("/api/applications", json("activity", 7));
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        assertThat(applicant.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aLoginWhileTheDatabaseIsUnreachableIsA503() throws Exception {
        // the pool's connections are all cut, and new ones are refused while the database is closed
        try (var c = Databases.pgConnection(Databases.PG_ADMIN_URL);
                var s = c.createStatement()) {
            s.execute("ALTER DATABASE " + db.database() + " ALLOW_CONNECTIONS false");
            try {
                terminate();
                var login = org.applicant().speaking("kk").get("/api/me");
                assertThat(login.status()).as(login.toString()).isEqualTo(503);
                assertThat(login.header("Content-Type")).startsWith("application/problem+json");
                assertThat(login.header("Retry-After")).isEqualTo("2");
                ProblemDetailsIT.assertIn("kk", login);
                var registry = instance.api().get("/api/registry/licences");
                assertThat(registry.status()).as(registry.toString()).isEqualTo(503);
            } finally {
                s.execute("ALTER DATABASE " + db.database() + " ALLOW_CONNECTIONS true");
            }
        }
        var back = org.applicant().get("/api/me");
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
    }
}
