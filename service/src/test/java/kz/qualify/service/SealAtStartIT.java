package kz.qualify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A configured keystore that cannot be opened stops the service at start — not at the first document
 * — with Spring Boot's start-up report naming the setting and what is wrong on one line, and no stack
 * trace: a wrong password, a file that is not there, an alias that holds no private key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SealAtStartIT {

    Path keystore;
    Databases db;

    @BeforeAll
    void keystore() throws Exception {
        var folder = Files.createTempDirectory("qualify-bad-seal-");
        keystore = folder.resolve("authority.p12");
        TestKeystores.generate(keystore);
        db = Databases.h2();
    }

    @AfterAll
    void stop() {
        if (db != null) db.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "authority.p12 | wrong-password | authority | not a PKCS#12 keystore or a wrong password",
                "missing.p12   | seal-password  | authority | no such readable file",
                "authority.p12 | seal-password  | seal      | no private key under alias 'seal'"
            })
    void aKeystoreThatCannotBeOpenedStopsTheStartNamingTheSetting(
            String file, String password, String alias, String reason, CapturedOutput output) {
        var path = keystore.resolveSibling(file);

        assertThatThrownBy(() -> Instance.start(
                                db,
                                Map.of(
                                        "qualify.seal.keystore", path.toString(),
                                        "qualify.seal.password", password,
                                        "qualify.seal.alias", alias))
                        .close())
                .hasStackTraceContaining("qualify.seal.keystore (" + path)
                .hasStackTraceContaining(reason);

        var report = output.getOut() + output.getErr();
        assertThat(report).contains("APPLICATION FAILED TO START");
        var line = report.lines()
                .filter(l -> l.startsWith("qualify.seal.keystore (" + path))
                .toList();
        assertThat(line).as(report).hasSize(1);
        assertThat(line.getFirst())
                .contains("qualify.seal.alias='" + alias + "'")
                .contains(reason);
        assertThat(report).contains("Correct qualify.seal.keystore, qualify.seal.password or qualify.seal.alias");
        assertThat(report).as("no stack trace in the report").doesNotContain("\tat kz.qualify");
    }
}
