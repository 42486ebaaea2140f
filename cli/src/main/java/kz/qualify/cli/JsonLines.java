package kz.qualify.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a JSON Lines stream into chunks of lines, as bytes.
 *
 * <p>Bytes, not {@code String}s: a batch of large dossiers is gigabytes of mostly Cyrillic text, and
 * decoding it to UTF-16 only for the JSON parser to walk the characters again cost a quarter of the
 * whole run. The parser reads UTF-8 itself. A line longer than the limit is not buffered: it is
 * skipped up to its newline and reported by its length, so one runaway line cannot exhaust memory.
 * Not thread-safe: one reader thread.
 */
final class JsonLines {

    /**
     * Lines {@code [from[i], to[i])} of {@code data}, the first being line {@code firstLine} (from 1);
     * {@code skipped[i]} is the length of an oversized line that was skipped, else 0.
     */
    record Chunk(byte[] data, int[] from, int[] to, long[] skipped, long firstLine, int size) {
        boolean oversized(int i) {
            return skipped[i] > 0;
        }
    }

    private static final int READ = 1 << 20;

    private final InputStream in;
    private final int maxLine;
    private final int linesPerChunk;
    private byte[] carry = new byte[0];
    private int capacity = 4 * READ;
    private long nextLine = 1;
    private boolean eof;

    JsonLines(InputStream in, int maxLine, int linesPerChunk) {
        this.in = in;
        this.maxLine = maxLine;
        this.linesPerChunk = linesPerChunk;
    }

    /**
     * The next chunk of up to {@code linesPerChunk} lines, or null at the end of the stream; read
     * into {@code reuse} when it is given and large enough: the data of a chunk already assessed. A batch of gigabytes then runs in a few buffers instead of a new
     * array of tens of megabytes per chunk, each zeroed by the JVM and each a humongous object
     * for the collector.
     */
    Chunk next(byte @Nullable [] reuse) throws IOException {
        if (eof && carry.length == 0) return null;
        int size = Math.max(capacity, carry.length + READ);
        byte[] data;
        if (reuse != null && reuse.length >= size) {
            data = reuse;
            System.arraycopy(carry, 0, data, 0, carry.length);
        } else {
            data = Arrays.copyOf(carry, size);
        }
        int filled = carry.length;
        int[] from = new int[linesPerChunk];
        int[] to = new int[linesPerChunk];
        long[] oversized = new long[linesPerChunk];
        int lines = 0;
        int lineStart = 0;
        int scan = 0;
        long skipped = -1; // ≥ 0 while skipping an oversized line: its bytes so far
        while (lines < linesPerChunk) {
            if (scan == filled) {
                if (eof) break;
                if (skipped >= 0) {
                    filled = lineStart; // drop what was read of the oversized line
                    scan = lineStart;
                } else if (filled - lineStart > maxLine) {
                    skipped = filled - lineStart;
                    filled = lineStart;
                    scan = lineStart;
                }
                if (filled + READ > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, filled + READ));
                int n = in.read(data, filled, data.length - filled);
                if (n < 0) {
                    eof = true;
                    continue;
                }
                filled += n;
            }
            int newline = indexOfNewline(data, scan, filled);
            if (newline < 0) {
                if (skipped >= 0) skipped += filled - scan;
                scan = filled;
                continue;
            }
            if (skipped >= 0) {
                skipped += newline - scan;
                oversized[lines++] = skipped;
                skipped = -1;
            } else if (newline - lineStart > maxLine) {
                oversized[lines++] = newline - lineStart;
            } else {
                int end = newline > lineStart && data[newline - 1] == '\r' ? newline - 1 : newline;
                from[lines] = lineStart;
                to[lines++] = end;
            }
            lineStart = newline + 1;
            scan = lineStart;
        }
        if (lines < linesPerChunk && eof && (filled > lineStart || skipped >= 0)) {
            // the last line has no newline
            if (skipped >= 0) {
                oversized[lines++] = skipped + filled - lineStart;
            } else if (filled - lineStart > maxLine) {
                oversized[lines++] = filled - lineStart;
            } else {
                from[lines] = lineStart;
                to[lines++] = filled;
            }
            lineStart = filled;
        }
        carry = Arrays.copyOfRange(data, lineStart, filled);
        capacity = Math.max(capacity, lineStart + READ);
        if (lines == 0) return null;
        var chunk = new Chunk(data, from, to, oversized, nextLine, lines);
        nextLine += lines;
        return chunk;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    /**
     * The first newline in {@code data[from, to)}, or −1. Eight bytes at a time (a word with a zero
     * byte after XOR with eight newlines has one): the reader thread shares the two cores with the
     * parsers, so its scan over gigabytes should cost them as little as possible.
     */
    static int indexOfNewline(byte[] data, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(data, i) ^ NEWLINES;
            long found = (word - ONES) & ~word & HIGHS;
            if (found != 0) return i + (Long.numberOfTrailingZeros(found) >>> 3);
        }
        for (; i < to; i++) {
            if (data[i] == '\n') return i;
        }
        return -1;
    }
}
