package kz.qualify.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCheckpointsTest {

    @TempDir
    Path folder;

    final AuditKey key = AuditKey.of(new byte[32], Path.of("audit.key"));

    @Test
    void readsBackWhatWasAppendedInOrder() throws Exception {
        var file = folder.resolve("audit-checkpoints");
        AuditCheckpoints.append(file, key, 0, AuditTrail.GENESIS);
        AuditCheckpoints.append(file, key, 7, "a".repeat(64));
        var reading = AuditCheckpoints.read(file, key);
        assertThat(reading.problem()).isNull();
        assertThat(reading.checkpoints())
                .extracting(AuditCheckpoints.Checkpoint::seq, AuditCheckpoints.Checkpoint::hash)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0L, AuditTrail.GENESIS),
                        org.assertj.core.groups.Tuple.tuple(7L, "a".repeat(64)));
        assertThat(Files.readString(file)).startsWith("# Qualify audit checkpoints");
    }

    @Test
    void aLastLineCutShortByACrashIsNotACheckpointYet() throws Exception {
        var file = folder.resolve("audit-checkpoints");
        AuditCheckpoints.append(file, key, 3, "c".repeat(64));
        Files.writeString(file, "4 " + "d".repeat(20), StandardOpenOption.APPEND);
        var reading = AuditCheckpoints.read(file, key);
        assertThat(reading.problem()).isNull();
        assertThat(reading.checkpoints())
                .extracting(AuditCheckpoints.Checkpoint::seq)
                .containsExactly(3L);
    }

    @Test
    void aCheckpointMovedForwardWithoutTheKeyIsNamedByItsLine() throws Exception {
        var file = folder.resolve("audit-checkpoints");
        AuditCheckpoints.append(file, key, 3, "c".repeat(64));
        AuditCheckpoints.append(file, key, 5, "e".repeat(64));
        Files.writeString(file, Files.readString(file).replace("\n5 ", "\n6 "));
        var reading = AuditCheckpoints.read(file, key);
        assertThat(reading.problem()).contains("line 3", "was not made with the audit key");
        assertThat(AuditCheckpoints.read(file, AuditKey.of(new byte[32], Path.of("same")))
                        .checkpoints())
                .hasSize(1);
    }

    @Test
    void noFileIsNoCheckpoints() {
        var reading = AuditCheckpoints.read(folder.resolve("none"), key);
        assertThat(reading.checkpoints()).isEmpty();
        assertThat(reading.problem()).isNull();
    }
}
