package kz.qualify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    /** Every line as text, or "oversized N" for a skipped one, with its line number. */
    private static List<String> lines(InputStream in, int maxLine, int perChunk) throws IOException {
        return lines(in, maxLine, perChunk, false);
    }

    /**
     * With {@code recycle}, each chunk's buffer is scribbled over and handed back for the next, as
     * the batch does once a chunk is assessed: no line may then show bytes of an earlier chunk.
     */
    private static List<String> lines(InputStream in, int maxLine, int perChunk, boolean recycle) throws IOException {
        var reader = new JsonLines(in, maxLine, perChunk);
        var result = new ArrayList<String>();
        JsonLines.Chunk chunk;
        long expectedFirst = 1;
        byte[] spare = null;
        int reused = 0;
        while ((chunk = reader.next(spare)) != null) {
            if (chunk.data() == spare) reused++;
            assertThat(chunk.firstLine()).isEqualTo(expectedFirst);
            assertThat(chunk.size()).isBetween(1, perChunk);
            for (int i = 0; i < chunk.size(); i++) {
                result.add(
                        chunk.oversized(i)
                                ? "oversized " + chunk.skipped()[i]
                                : new String(
                                        chunk.data(),
                                        chunk.from()[i],
                                        chunk.to()[i] - chunk.from()[i],
                                        StandardCharsets.UTF_8));
            }
            expectedFirst += chunk.size();
            if (recycle) {
                spare = chunk.data();
                java.util.Arrays.fill(spare, (byte) '#');
            }
        }
        if (recycle && expectedFirst > perChunk * 2L)
            assertThat(reused).as("buffers filled again").isPositive();
        return result;
    }

    private static List<String> lines(String text, int maxLine, int perChunk) throws IOException {
        return lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLine, perChunk);
    }

    @Test
    void splitsOnNewlinesDropsCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
        assertThat(lines("{\"a\":1}\r\n\n{\"б\":\"ж\"}\n{}", 100, 2))
                .containsExactly("{\"a\":1}", "", "{\"б\":\"ж\"}", "{}");
        assertThat(lines("", 100, 2)).isEmpty();
        assertThat(lines("x\n", 100, 2)).containsExactly("x");
    }

    @Test
    void skipsAnOversizedLineWithoutBufferingItAndGoesOn() throws IOException {
        var big = "y".repeat(5_000_000);
        assertThat(lines("a\n" + big + "\nb\n" + big, 1000, 3))
                .containsExactly("a", "oversized 5000000", "b", "oversized 5000000");
        assertThat(lines("a\n" + "z".repeat(1001) + "\nb", 1000, 1)).containsExactly("a", "oversized 1001", "b");
        assertThat(lines("z".repeat(1000), 1000, 1)).containsExactly("z".repeat(1000));
    }

    @Test
    void readsLinesThatStraddleEveryReadAndChunkBoundary() throws IOException {
        var expected = new ArrayList<String>();
        var text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            var line = "{\"n\":" + i + ",\"pad\":\"" + "ж".repeat(i % 997) + "\"}";
            expected.add(line);
            text.append(line).append('\n');
        }
        // a stream that hands out a few bytes at a time, as a pipe may
        var bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        var trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 777));
            }
        };
        assertThat(lines(trickle, 10_000, 128)).isEqualTo(expected);
        assertThat(lines(new ByteArrayInputStream(bytes), 10_000, 2_000)).isEqualTo(expected);
        assertThat(lines(new ByteArrayInputStream(bytes), 10_000, 128, true)).isEqualTo(expected);
        trickle.reset();
        assertThat(lines(trickle, 10_000, 100, true)).isEqualTo(expected);
    }

    @Test
    void findsTheFirstNewlineAsAPlainScanWould() {
        var random = new java.util.Random(967);
        // bytes near '\n' and with the high bit set are where a word-at-a-time search could err
        byte[] alphabet = {'\n', '\n' + 1, '\n' - 1, (byte) 0x8A, (byte) 0x0B, 0, (byte) 0xFF, 'a', (byte) 0xD0};
        for (int round = 0; round < 20_000; round++) {
            var data = new byte[random.nextInt(40)];
            for (int i = 0; i < data.length; i++) {
                data[i] =
                        random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            int from = data.length == 0 ? 0 : random.nextInt(data.length);
            int to = from + random.nextInt(data.length - from + 1);
            int expected = -1;
            for (int i = from; i < to; i++) {
                if (data[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertThat(JsonLines.indexOfNewline(data, from, to))
                    .as("%s [%d, %d)", java.util.HexFormat.of().formatHex(data), from, to)
                    .isEqualTo(expected);
        }
    }
}
