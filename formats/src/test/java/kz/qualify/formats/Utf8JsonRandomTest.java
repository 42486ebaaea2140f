package kz.qualify.formats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * {@link Utf8Json} against Jackson on documents nobody would write by hand: seeded, so a failure
 * names the seed and the document and happens again.
 */
class Utf8JsonRandomTest {

    private static final long SEED = 0x5EED_2012L;

    @Test
    void readsRandomValidDocumentsAsTheyWereWrittenAndAsJacksonReadsThem() {
        var random = new Random(SEED);
        for (int n = 0; n < 20_000; n++) {
            var document = new Generator(random).document();
            var bytes = document.json().getBytes(UTF_8);

            Json read;
            if (n % 8 == 0) {
                // in the middle of a larger array, as a line of a batch is: nothing outside is read
                var padded = padded(bytes, random);
                read = Utf8Json.parse(padded, 16, bytes.length);
            } else {
                read = Utf8Json.parse(bytes, 0, bytes.length);
            }

            assertThat(CanonicalJson.of(read))
                    .as("document %d: %s", n, document.json())
                    .isEqualTo(document.canonical())
                    .isEqualTo(CanonicalJson.jackson(bytes));
        }
    }

    @Test
    void agreesWithJacksonOnRandomlyDamagedDocuments() {
        var random = new Random(SEED + 1);
        int refused = 0;
        for (int n = 0; n < 20_000; n++) {
            var original = new Generator(random).document().json().getBytes(UTF_8);
            var bytes = damage(original, random);
            int number = n;
            java.util.function.Supplier<String> as = () -> "document %d: %s".formatted(number, Arrays.toString(bytes));

            // anything but Malformed (an index out of bounds, a stack overflow) fails the test
            String ours;
            try {
                ours = CanonicalJson.of(Utf8Json.parse(bytes, 0, bytes.length));
            } catch (Utf8Json.Malformed e) {
                ours = "malformed: " + e.getMessage();
                refused++;
            }
            String jackson;
            try {
                jackson = CanonicalJson.jackson(bytes);
            } catch (JacksonException e) {
                jackson = "malformed";
            }

            if (!isUtf8(bytes) || hasZeroByte(bytes) || jackson.equals("malformed")) {
                // Jackson lets some malformed UTF-8 through (an encoded surrogate, say), and takes
                // zero bytes for a sign of UTF-16 or UTF-32; JSON is UTF-8, and no zero byte is in it
                assertThat(ours).as(as).startsWith("malformed: ");
            } else if (ours.startsWith("malformed: ")) {
                // where this is stricter than Jackson on purpose
                assertThat(ours).as(as).contains("a lone surrogate");
            } else {
                assertThat(ours).as(as).isEqualTo(jackson);
            }
        }
        assertThat(refused).as("damage that was refused").isBetween(5_000, 19_000);
    }

    @Test
    void refusesRandomMalformedUtf8InsideStrings() {
        var random = new Random(SEED + 2);
        for (int n = 0; n < 5_000; n++) {
            var bytes = new byte[1 + random.nextInt(6)];
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length; i++) {
                // no quote, backslash or control byte: only UTF-8 can be wrong
                if (bytes[i] >= 0 && bytes[i] < 0x20 || bytes[i] == '"' || bytes[i] == '\\') bytes[i] = 'a';
            }
            var json = Utf8JsonTest.bytes("[\"жж", bytes, "\"]");

            String ours;
            try {
                ours = CanonicalJson.of(Utf8Json.parse(json, 0, json.length));
            } catch (Utf8Json.Malformed e) {
                ours = "malformed: " + e.getMessage();
            }

            if (isUtf8(bytes)) {
                assertThat(ours).isEqualTo("[" + CanonicalJson.string("жж" + new String(bytes, UTF_8)) + "]");
            } else {
                assertThat(ours).as(Arrays.toString(bytes)).startsWith("malformed: invalid UTF-8 byte 0x");
            }
        }
    }

    // ---------------------------------------------------------------- damage

    private static final byte[] INTERESTING = bytes(
            "\"\\{}[],:0123456789-+.eEtfnu/ \n\r\t aж",
            0x00,
            0x01,
            0x1F,
            0x7F,
            0x80,
            0xBF,
            0xC0,
            0xC1,
            0xC2,
            0xC3,
            0xD0,
            0xE0,
            0xED,
            0xEF,
            0xF0,
            0xF4,
            0xF5,
            0xFF);

    private static byte[] damage(byte[] original, Random random) {
        var bytes = original;
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            byte b = random.nextInt(4) == 0
                    ? (byte) random.nextInt(256)
                    : INTERESTING[random.nextInt(INTERESTING.length)];
            bytes = switch (random.nextInt(6)) {
                case 0, 1 -> {
                    var changed = bytes.clone();
                    if (changed.length > 0) changed[at] = b;
                    yield changed;
                }
                case 2 ->
                    bytes(
                            Arrays.copyOfRange(bytes, 0, at),
                            (int) b & 0xFF,
                            Arrays.copyOfRange(bytes, at, bytes.length));
                case 3 ->
                    bytes.length == 0
                            ? bytes
                            : bytes(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(bytes, at + 1, bytes.length));
                case 4 -> Arrays.copyOf(bytes, at);
                default -> {
                    int to = Math.min(bytes.length, at + 1 + random.nextInt(8));
                    yield bytes(Arrays.copyOfRange(bytes, 0, to), Arrays.copyOfRange(bytes, at, bytes.length));
                }
            };
        }
        return bytes;
    }

    private static byte[] padded(byte[] json, Random random) {
        var padded = new byte[json.length + 32];
        for (int i = 0; i < padded.length; i++) padded[i] = INTERESTING[random.nextInt(INTERESTING.length)];
        System.arraycopy(json, 0, padded, 16, json.length);
        return padded;
    }

    private static boolean hasZeroByte(byte[] bytes) {
        for (var b : bytes) if (b == 0) return true;
        return false;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] bytes(Object... parts) {
        return Utf8JsonTest.bytes(parts);
    }

    // ---------------------------------------------------------------- documents

    /** A random document, written with random whitespace and escapes, and what it must read as. */
    record Document(String json, String canonical) {}

    private static final List<String> KNOWN_NAMES = Stream.of(
                    DossierReader.DOSSIER, DossierReader.STAFF, DossierReader.EDUCATION, DossierReader.DOCUMENT)
            .flatMap(java.util.Set::stream)
            .sorted()
            .toList();

    /** Strings a document repeats, so that the reader's cache of short strings is hit and missed. */
    private static final List<String> COMMON = List.of(
            "инженер-электрик",
            "инженер-электрик ",
            "инженер-электриk",
            "WORKER",
            "SPECIALIST",
            "Электроснабжение",
            "Қазақстан",
            "a",
            "ab",
            "abcdefgh",
            "abcdefghi",
            "😀",
            "\uFFFD",
            "x".repeat(64),
            "x".repeat(65),
            "ж".repeat(32),
            "ж".repeat(33));

    private static final int[] KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі".codePoints().toArray();

    private static final class Generator {
        private final Random random;
        private final StringBuilder json = new StringBuilder();
        private final StringBuilder canonical = new StringBuilder();

        Generator(Random random) {
            this.random = random;
        }

        Document document() {
            space();
            value(0);
            space();
            return new Document(json.toString(), canonical.toString());
        }

        private void value(int depth) {
            // containers fewer the deeper it goes, so that a document stays a few hundred bytes
            int containers = depth == 0 ? 6 : depth < 3 ? 3 : depth < 6 ? 1 : 0;
            if (random.nextInt(10) < containers) {
                if (random.nextBoolean()) array(depth);
                else object(depth);
                return;
            }
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    var value = string();
                    canonical.append(CanonicalJson.string(value));
                }
                case 2, 3 -> number();
                default -> {
                    var literal = List.of("true", "false", "null").get(random.nextInt(3));
                    json.append(literal);
                    canonical.append(literal);
                }
            }
        }

        private void array(int depth) {
            json.append('[');
            canonical.append('[');
            space();
            int n = depth < 2 && random.nextInt(20) == 0 ? random.nextInt(80) : random.nextInt(6);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    json.append(',');
                    canonical.append(',');
                    space();
                }
                value(depth + 1);
                space();
            }
            json.append(']');
            canonical.append(']');
        }

        private void object(int depth) {
            json.append('{');
            canonical.append('{');
            space();
            int n = depth < 2 && random.nextInt(20) == 0 ? random.nextInt(40) : random.nextInt(7);
            var names = new HashSet<String>();
            boolean first = true;
            for (int i = 0; i < n; i++) {
                var name = random.nextInt(5) < 2
                        ? KNOWN_NAMES.get(random.nextInt(KNOWN_NAMES.size()))
                        : randomText(random.nextInt(12));
                if (!names.add(name)) continue;
                if (!first) {
                    json.append(',');
                    canonical.append(',');
                    space();
                }
                first = false;
                write(name);
                canonical.append(CanonicalJson.string(name)).append(':');
                space();
                json.append(':');
                space();
                value(depth + 1);
                space();
            }
            json.append('}');
            canonical.append('}');
        }

        /** Writes a random string; returns its value. */
        private String string() {
            var value = random.nextInt(10) < 3
                    ? COMMON.get(random.nextInt(COMMON.size()))
                    : randomText(random.nextInt(20) == 0 ? random.nextInt(100) : random.nextInt(14));
            write(value);
            return value;
        }

        private String randomText(int codePoints) {
            var sb = new StringBuilder();
            for (int i = 0; i < codePoints; i++) sb.appendCodePoint(codePoint());
            return sb.toString();
        }

        private int codePoint() {
            return switch (random.nextInt(10)) {
                case 0, 1, 2 -> 0x20 + random.nextInt(0x5F); // printable ASCII, quote and backslash among it
                case 3 -> random.nextInt(3) == 0 ? 0x7F : random.nextInt(0x20); // control characters
                case 4 -> 0x80 + random.nextInt(0x80); // the rest of Latin-1
                case 5 -> 0x400 + random.nextInt(0x100); // Cyrillic
                case 6 -> KAZAKH[random.nextInt(KAZAKH.length)];
                case 7 -> {
                    int c;
                    do c = 0x800 + random.nextInt(0x10000 - 0x800);
                    while (Character.isSurrogate((char) c));
                    yield c;
                }
                case 8 -> 0x10000 + random.nextInt(Character.MAX_CODE_POINT + 1 - 0x10000);
                default ->
                    new int[] {0xFFFD, 0xFEFF, 0x2028, 0x2029, 0xA0, 0xFFFF, 0x1F600, '/', '"', '\\'}
                            [random.nextInt(10)];
            };
        }

        /** A string as JSON text, each character raw or escaped as chance has it (where JSON allows). */
        private void write(String value) {
            json.append('"');
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                i += Character.charCount(c);
                var shortEscape = switch (c) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    case '/' -> random.nextBoolean() ? "\\/" : null;
                    default -> null;
                };
                boolean mustEscape = c < 0x20 || c == '"' || c == '\\';
                if (shortEscape != null && (random.nextInt(4) != 0 || c == '/')) {
                    json.append(shortEscape);
                } else if (mustEscape || random.nextInt(10) == 0) {
                    for (char unit : Character.toChars(c)) {
                        var hex = String.format("%04x", (int) unit);
                        json.append("\\u").append(random.nextBoolean() ? hex : hex.toUpperCase());
                    }
                } else {
                    json.appendCodePoint(c);
                }
            }
            json.append('"');
        }

        private void number() {
            var sb = new StringBuilder();
            if (random.nextInt(3) == 0) sb.append('-');
            if (random.nextInt(4) == 0) {
                sb.append('0');
            } else {
                sb.append((char) ('1' + random.nextInt(9)));
                digits(sb, random.nextInt(random.nextInt(10) == 0 ? 40 : 6));
            }
            boolean integral = true;
            if (random.nextInt(3) == 0) {
                integral = false;
                sb.append('.');
                digits(sb, 1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 4));
            }
            if (random.nextInt(4) == 0) {
                integral = false;
                sb.append(random.nextBoolean() ? 'e' : 'E').append(new String[] {"", "+", "-"}[random.nextInt(3)]);
                digits(sb, 1 + random.nextInt(3));
            }
            json.append(sb);
            canonical.append(integral ? "int:" : "dec:").append(sb);
        }

        private void digits(StringBuilder sb, int n) {
            for (int i = 0; i < n; i++) sb.append((char) ('0' + random.nextInt(10)));
        }

        private void space() {
            int r = random.nextInt(12);
            if (r < 7) return;
            json.append(new String[] {" ", "\n", "\t", "\r\n", "  \n\t\r "}[r - 7]);
        }
    }
}
