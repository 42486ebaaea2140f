package kz.qualify.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.Test;

/** {@code java -jar qualify-service.jar --verify-audit}: the command the launcher wraps as {@code ./qualify audit verify}. */
class AuditCommandIT {

    record Outcome(int exit, String output) {}

    static Outcome verify(Databases db) throws IOException, InterruptedException {
        var jar = Path.of("target", "qualify-service.jar");
        assertThat(jar).exists();
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--verify-audit"));
        db.properties().forEach((k, v) -> command.add("--" + k + "=" + v));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), output);
    }

    @Test
    void theCommandSaysTheChainIsIntactAndNamesTheFirstBrokenLinkAfterTampering() throws Exception {
        try (var db = Databases.postgres()) {
            long tampered;
            try (var instance = Instance.start(db)) {
                Fixtures.organisation(instance.admin(), "ТОО «Проверка»");
                Fixtures.organisation(instance.admin(), "ТОО «Проверка 2»");
                tampered = instance.jdbc()
                        .sql("SELECT MAX(seq) - 1 FROM audit_log")
                        .query(Long.class)
                        .single();
            }
            var intact = verify(db);
            assertThat(intact.exit()).as(intact.output()).isZero();
            assertThat(intact.output()).contains("audit chain intact");

            try (var c = java.sql.DriverManager.getConnection(
                            db.properties().get("spring.datasource.url").toString(), "postgres", "");
                    var s = c.prepareStatement("UPDATE audit_log SET after_json = '{}' WHERE seq = ?")) {
                s.setLong(1, tampered);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            var broken = verify(db);
            assertThat(broken.exit()).as(broken.output()).isEqualTo(1);
            assertThat(broken.output()).contains("audit chain BROKEN at entry " + tampered);
        }
        assertThat(Files.exists(Path.of("target"))).isTrue();
    }
}
