package kz.qualify.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTest {

    @TempDir
    Path folder;

    @Test
    void isMadeOnceReadableByItsOwnerOnlyAndReadBackTheSame() throws Exception {
        var file = folder.resolve("data").resolve("audit.key");
        var made = AuditKey.readOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        var again = AuditKey.readOrCreate(file);
        assertThat(again.id()).isEqualTo(made.id()).hasSize(32);
        assertThat(again.authenticateEntry("a".repeat(64))).isEqualTo(made.authenticateEntry("a".repeat(64)));
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void isNotMadeByReading() {
        assertThat(AuditKey.read(folder.resolve("audit.key"))).isEmpty();
        assertThat(folder.resolve("audit.key")).doesNotExist();
    }

    @Test
    void refusesAFileThatHoldsNoKey() throws Exception {
        var file = Files.writeString(folder.resolve("audit.key"), "not a key\n");
        assertThatThrownBy(() -> AuditKey.read(file))
                .isInstanceOf(AuditUnverifiable.class)
                .hasMessageContaining("is not a key");
        Files.writeString(file, "c2hvcnQ=\n"); // Base64, but 5 bytes
        assertThatThrownBy(() -> AuditKey.read(file)).hasMessageContaining("at least 32 random bytes");
    }

    @Test
    void twoKeysAuthenticateDifferentlyAndAnEntryAndACheckpointNeverShareACode() {
        var one = AuditKey.of(new byte[32], folder.resolve("one"));
        var bytes = new byte[32];
        bytes[0] = 1;
        var other = AuditKey.of(bytes, folder.resolve("other"));
        var hash = "b".repeat(64);
        assertThat(one.authenticateEntry(hash)).isNotEqualTo(other.authenticateEntry(hash));
        assertThat(one.id()).isNotEqualTo(other.id());
        assertThat(one.authenticateCheckpoint(1, hash, "2026-01-01T00:00:00Z"))
                .isNotEqualTo(one.authenticateEntry(hash));
    }
}
