package kz.qualify.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Map;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.Test;

/**
 * What someone who can write to the database — but cannot read the audit key kept outside it — can
 * do to the trail, on the real PostgreSQL, with the service running: every attempt is named by the
 * verification, in the service ({@code GET /api/audit/verify}) and in the bean the command uses.
 */
class AuditForgeryIT {

    /** A few entries: an organisation and its applicant (created, password changed). */
    private static long someEntries(Instance instance) {
        Fixtures.organisation(instance.admin(), "ТОО «Журнал»");
        Fixtures.organisation(instance.admin(), "ТОО «Журнал 2»");
        return instance.jdbc()
                .sql("SELECT MAX(seq) FROM audit_log")
                .query(Long.class)
                .single();
    }

    private static Forger forger(Databases db) throws Exception {
        var url = db.properties().get("spring.datasource.url").toString();
        return new Forger(Databases.pgConnection(url));
    }

    @Test
    void anEntryRewrittenWithEveryLaterHashAndTheHeadRecomputedIsNamed() throws Exception {
        try (var db = Databases.postgres();
                var instance = Instance.start(db)) {
            long last = someEntries(instance);
            long forged = last - 2;
            assertThat(instance.bean(AuditVerification.class).verify().intact()).isTrue();

            forger(db).rewrite(forged, "{\"name\":\"someone else\"}");

            var result = instance.bean(AuditVerification.class).verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(forged);
            assertThat(result.reason()).contains("not made with the audit key");
            var api = instance.admin().get("/api/audit/verify");
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.json().get("intact").asBoolean()).isFalse();
            assertThat(api.json().get("firstBroken").asLong()).isEqualTo(forged);
        }
    }

    @Test
    void entriesCutOffTheEndAreNamedByTheLastCheckpoint() throws Exception {
        try (var db = Databases.postgres();
                var instance = Instance.start(db)) {
            long last = someEntries(instance);
            instance.bean(AuditCheckpointing.class).checkpointIfMoved();

            forger(db).truncateAfter(last - 3);

            var result = instance.bean(AuditVerification.class).verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(last - 2);
            assertThat(result.reason())
                    .contains("the chain ends at entry " + (last - 3))
                    .contains("recorded entry " + last)
                    .contains("removed from its end");
        }
    }

    @Test
    void strippingTheAuthenticationCodesDoesNotMakeATrailPassForOneFromBeforeTheKey() throws Exception {
        try (var db = Databases.postgres();
                var instance = Instance.start(db)) {
            someEntries(instance);

            forger(db).stripAuthentication();

            var result = instance.bean(AuditVerification.class).verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(1L);
            assertThat(result.reason()).contains("carries no authentication code");
        }
    }

    @Test
    void aTrailFromBeforeTheKeyIsHeldByTheFirstCheckpointOnceTheServiceStartsWithAKey() throws Exception {
        try (var db = Databases.postgres()) {
            long legacy;
            try (var instance = Instance.start(db)) {
                legacy = someEntries(instance);
            }
            // as the previous version left it: no codes, no key's id, no key and no checkpoints
            forger(db).stripAuthentication();
            Files.delete(db.dataDir().resolve("audit.key"));
            Files.delete(db.dataDir().resolve("audit-checkpoints"));

            try (var instance = Instance.start(db)) {
                assertThat(db.dataDir().resolve("audit.key")).exists();
                Fixtures.organisation(instance.admin(), "ТОО «После ключа»");
                long last = instance.jdbc()
                        .sql("SELECT MAX(seq) FROM audit_log")
                        .query(Long.class)
                        .single();

                var result = instance.bean(AuditVerification.class).verify();
                assertThat(result.intact()).as(result.describe()).isTrue();
                assertThat(result.checked()).isEqualTo(last);
                assertThat(result.authenticated()).isEqualTo(last - legacy);
                assertThat(result.describe())
                        .contains("the " + legacy + " entries written before the key existed are held by its first");

                // an old entry rewritten, every later hash and the head recomputed: the first checkpoint,
                // taken when the key came, no longer matches the chain
                forger(db).rewrite(1, "{\"name\":\"someone else\"}");
                var forged = instance.bean(AuditVerification.class).verify();
                assertThat(forged.intact()).isFalse();
                assertThat(forged.firstBroken()).isEqualTo(legacy);
                assertThat(forged.reason()).contains("is not the entry the checkpoint of");
            }
        }
    }

    @Test
    void anInstanceGivenAnotherKeyRefusesToStart() throws Exception {
        try (var db = Databases.postgres()) {
            try (var instance = Instance.start(db)) {
                someEntries(instance);
            }
            var checkpoints = db.dataDir().resolve("audit-checkpoints");
            var before = Files.readString(checkpoints);
            var other = db.dataDir().resolve("other.key");
            assertThatThrownBy(() -> Instance.start(db, Map.of("qualify.audit.key-file", other.toString())))
                    .hasStackTraceContaining("is not the key this database's audit trail is written with");
            // made, then refused before anything was appended or checkpointed with it
            assertThat(other).exists();
            assertThat(Files.readString(checkpoints)).isEqualTo(before);
        }
    }
}
