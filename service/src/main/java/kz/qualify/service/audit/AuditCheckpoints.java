package kz.qualify.service.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checkpoints of the audit chain's head, kept outside the database: an append-only text file, one
 * line per checkpoint — the entry's number, its hash, when, and the HMAC of the three under the audit
 * key. Entries can be authenticated one by one, but removing the last few and moving the head back
 * leaves a shorter chain whose every entry is authentic; a checkpoint naming an entry the chain no
 * longer has shows it. The first checkpoint also marks where the key was introduced: the entries up
 * to it, written before there was a key, are held by its hash.
 *
 * <p>Lines are written whole with one appending write each and forced to disk; a last line without
 * its newline — a write cut short by a crash — is ignored, and lines starting with {@code #} are
 * comments.
 */
final class AuditCheckpoints {

    private static final Pattern LINE = Pattern.compile("(\\d{1,18}) ([0-9a-f]{64}) (\\S+) ([0-9a-f]{64})");
    static final String HEADER = "# Qualify audit checkpoints: entry, its hash, when, HMAC-SHA256 of the three under"
            + " the audit key (service/README.md, \"The audit trail\"). Append-only: do not edit.\n";

    /** One checkpoint: the chain had entry {@code seq} with this hash at {@code at}. */
    record Checkpoint(long seq, String hash, String at, int line) {}

    /** What the file holds: its checkpoints, or the first line that is not an authentic checkpoint. */
    record Reading(List<Checkpoint> checkpoints, @Nullable String problem) {}

    private AuditCheckpoints() {}

    /** Reads every checkpoint in {@code file}, checking each against the key; no file is no checkpoints. */
    static Reading read(Path file, AuditKey key) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Reading(List.of(), null);
        } catch (IOException e) {
            throw new AuditUnverifiable("the audit checkpoints " + file + " cannot be read: " + e.getMessage());
        }
        var checkpoints = new ArrayList<Checkpoint>();
        int end = text.lastIndexOf('\n') + 1; // a torn last line is not a checkpoint yet
        var lines = text.substring(0, end).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            var m = LINE.matcher(line);
            if (!m.matches()) {
                return new Reading(
                        checkpoints, "line " + (i + 1) + " of the checkpoints " + file + " is not a checkpoint");
            }
            var checkpoint = new Checkpoint(Long.parseLong(m.group(1)), m.group(2), m.group(3), i + 1);
            if (!key.authenticateCheckpoint(checkpoint.seq(), checkpoint.hash(), checkpoint.at())
                    .equals(m.group(4))) {
                return new Reading(
                        checkpoints,
                        "the checkpoint on line " + (i + 1) + " of " + file
                                + " was not made with the audit key (it was written or altered by someone else)");
            }
            checkpoints.add(checkpoint);
        }
        return new Reading(checkpoints, null);
    }

    /** Appends a checkpoint of entry {@code seq} with {@code hash}, taken now, and forces it to disk. */
    static void append(Path file, AuditKey key, long seq, String hash) throws IOException {
        var at = Instant.now().toString();
        var line = seq + " " + hash + " " + at + " " + key.authenticateCheckpoint(seq, hash, at) + "\n";
        var folder = file.toAbsolutePath().getParent();
        if (folder != null) Files.createDirectories(folder);
        try (var channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            var text = channel.size() == 0 ? HEADER + line : line;
            var bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) channel.write(bytes);
            channel.force(false);
        }
    }
}
