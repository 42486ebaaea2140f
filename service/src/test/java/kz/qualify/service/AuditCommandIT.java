package kz.qualify.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.qualify.service.audit.Forger;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar's commands, as the launcher runs them: {@code --verify-audit} ({@code ./qualify
 * audit verify}) and {@code --reset-admin-password} ({@code ./qualify admin reset-password}), with
 * their exit codes and their one-line answers.
 */
class AuditCommandIT {

    record Outcome(int exit, String output) {
        /** One line, as a person reads it: no stack trace, no log. */
        Outcome isOneLine() {
            assertThat(output.strip().lines()).as(output).hasSize(1);
            assertThat(output).doesNotContain("\tat ", "Exception");
            return this;
        }
    }

    static Outcome run(Map<String, Object> properties, String... command) throws IOException, InterruptedException {
        var jar = Path.of("target", "qualify-service.jar");
        assertThat(jar).exists();
        var line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        line.addAll(List.of(command));
        properties.forEach((k, v) -> line.add("--" + k + "=" + v));
        var process = new ProcessBuilder(line).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), output);
    }

    /**
     * The same command in this JVM ({@link ServerCommands#run}, what the jar's main calls and exits
     * with). The jar itself runs where a process of its own matters — the exit code of the forged
     * trail as the launcher sees it, and an embedded database held by another process — since a
     * start of the jar costs seconds of CPU on a shared machine.
     */
    static Outcome runHere(Map<String, Object> properties, String... command) {
        var arguments = new ArrayList<String>(List.of(command));
        properties.forEach((k, v) -> arguments.add("--" + k + "=" + v));
        var which = ServerCommands.take(arguments).orElseThrow();
        var output = new java.io.ByteArrayOutputStream();
        var print = new java.io.PrintStream(output, true, StandardCharsets.UTF_8);
        int exit = ServerCommands.run(which, arguments, print, print);
        return new Outcome(exit, output.toString(StandardCharsets.UTF_8));
    }

    static Outcome verify(Databases db) throws IOException, InterruptedException {
        return run(db.properties(), "--verify-audit");
    }

    @Test
    void saysTheChainIsIntactAndNamesAnEntryForgedWithTheDatabaseAlone() throws Exception {
        try (var db = Databases.postgres()) {
            long forged;
            try (var instance = Instance.start(db)) {
                Fixtures.organisation(instance.admin(), "ТОО «Проверка»");
                Fixtures.organisation(instance.admin(), "ТОО «Проверка 2»");
                forged = instance.jdbc()
                        .sql("SELECT MAX(seq) - 1 FROM audit_log")
                        .query(Long.class)
                        .single();
            }
            var intact = runHere(db.properties(), "--verify-audit").isOneLine();
            assertThat(intact.exit()).as(intact.output()).isZero();
            assertThat(intact.output()).contains("audit chain intact", "authenticated by the audit key");

            // the entry rewritten, every later hash and the head recomputed: a consistent chain, but for the key
            try (var c = Databases.pgConnection(
                    db.properties().get("spring.datasource.url").toString())) {
                new Forger(c).rewrite(forged, "{}");
            }
            var broken = verify(db).isOneLine();
            assertThat(broken.exit()).as(broken.output()).isEqualTo(ServerCommands.BROKEN);
            assertThat(broken.output())
                    .contains("audit chain BROKEN at entry " + forged, "not made with the audit key");
        }
    }

    @Test
    void aDataFolderWithoutAStoreIsAnErrorAndNothingIsCreatedThere() throws Exception {
        var parent = Files.createTempDirectory("qualify-no-store-");
        try {
            var missing = parent.resolve("nothing-here");
            var none = runHere(Map.of("qualify.data-dir", missing), "--verify-audit")
                    .isOneLine();
            assertThat(none.exit()).as(none.output()).isEqualTo(ServerCommands.NO_STORE);
            assertThat(none.output()).contains("there is no data folder " + missing);
            assertThat(missing).doesNotExist();

            var empty = Files.createDirectory(parent.resolve("empty"));
            var noDatabase =
                    runHere(Map.of("qualify.data-dir", empty), "--verify-audit").isOneLine();
            assertThat(noDatabase.exit()).as(noDatabase.output()).isEqualTo(ServerCommands.NO_STORE);
            assertThat(noDatabase.output()).contains("there is no embedded database in " + empty);
            try (var left = Files.list(empty)) {
                assertThat(left).isEmpty();
            }
        } finally {
            try (var walk = Files.walk(parent)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aTrailFromBeforeTheKeyIsCheckedByItsHashesAndAMissingKeyIsAMissingStore() throws Exception {
        try (var db = Databases.postgres()) {
            try (var instance = Instance.start(db)) {
                Fixtures.organisation(instance.admin(), "ТОО «Без ключа»");
            }
            var key = db.dataDir().resolve("audit.key");
            Files.delete(key);
            var missing = runHere(db.properties(), "--verify-audit").isOneLine();
            assertThat(missing.exit()).as(missing.output()).isEqualTo(ServerCommands.NO_STORE);
            assertThat(missing.output()).contains("the audit key " + key + " is missing");

            // as the version before the key left it: no codes, no key's id, no key, no checkpoints
            try (var c = Databases.pgConnection(
                    db.properties().get("spring.datasource.url").toString())) {
                new Forger(c).stripAuthentication();
            }
            Files.delete(db.dataDir().resolve("audit-checkpoints"));
            var legacy = runHere(db.properties(), "--verify-audit").isOneLine();
            assertThat(legacy.exit()).as(legacy.output()).isZero();
            assertThat(legacy.output()).contains("entries verified by their hashes only: there is no audit key yet");
            assertThat(key).doesNotExist(); // the verification made none
        }
    }

    @Test
    void theEmbeddedDatabaseOfARunningServiceIsAClearRefusalWithItsOwnCode() throws Exception {
        try (var db = Databases.h2();
                var instance = Instance.start(db)) {
            var busy = verify(db).isOneLine();
            assertThat(busy.exit()).as(busy.output()).isEqualTo(ServerCommands.IN_USE);
            assertThat(busy.output())
                    .contains("is in use by a running service: stop it first", "GET /api/audit/verify");
            assertThat(instance.admin()
                            .get("/api/audit/verify")
                            .json()
                            .get("intact")
                            .asBoolean())
                    .isTrue();
        }
    }

    @Test
    void resetsAnAdministratorsPasswordToATemporaryOneAndRecordsIt() throws Exception {
        try (var db = Databases.postgres();
                var instance = Instance.start(db)) {
            var reset = runHere(db.properties(), "--reset-admin-password=" + Instance.ADMIN);
            assertThat(reset.exit()).as(reset.output()).isZero();
            var password = reset.output()
                    .lines()
                    .filter(l -> l.startsWith("new temporary password for the administrator 'admin': "))
                    .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                    .findFirst()
                    .orElseThrow();

            assertThat(instance.admin().get("/api/me").status()).isEqualTo(401); // the old one is gone
            var admin = instance.api().as(Instance.ADMIN, password);
            assertThat(admin.get("/api/me").json().get("mustChangePassword").asBoolean())
                    .isTrue();
            assertThat(admin.get("/api/accounts").status()).isEqualTo(403); // until it is replaced
            var entry = instance.jdbc()
                    .sql("SELECT actor, after_json FROM audit_log WHERE action = 'account.password-reset'")
                    .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                    .single();
            assertThat(entry)
                    .startsWith("console ")
                    .contains("\"username\":\"admin\"")
                    .doesNotContain(password);

            var nobody =
                    runHere(db.properties(), "--reset-admin-password=nobody").isOneLine();
            assertThat(nobody.exit()).as(nobody.output()).isEqualTo(ServerCommands.NO_SUCH_ADMINISTRATOR);
            assertThat(nobody.output()).contains("there is no administrator 'nobody'");
        }
    }
}
