package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two instances on one PostgreSQL database: an application is worked across both. */
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
                        .post(
                                "/api/organisations",
                                json(
                                        "legalForm",
                                        "LEGAL_ENTITY",
                                        "taxId",
                                        Fixtures.bin(),
                                        "name",
                                        "Параллель",
                                        "address",
                                        "Астана"))
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
}
