package kz.qualify.formats;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.wording.Languages;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;

/**
 * A strict RFC 8259 reader from UTF-8 bytes straight to the {@link Json} tree.
 *
 * <p>Why not Jackson: a batch of dossiers is mostly Cyrillic strings, and Jackson spent most of
 * its time decoding them. Here a string's end is found eight bytes at a time (one {@code long}
 * and a few arithmetic tricks), an ASCII string is copied as it is, and any other is decoded and
 * checked as UTF-8 in one pass into a reused buffer. The JDK's own UTF-8 constructor was tried:
 * for a non-ASCII string it copies the bytes, decodes into a worst-case array and trims that, and
 * it puts U+FFFD for a malformed sequence, which would then need a strict second look. A dossier
 * repeats its positions, specialties and codes on every staff row, so the short strings of one
 * document are kept by a hash of their bytes and a repeat costs a comparison, not a new string.
 * The field names of the dossier format are matched on the bytes and come out as the very
 * literals {@link DossierReader} looks them up with, so a lookup is an identity check.
 *
 * <p>Stricter than RFC 8259 where the RFC leaves it to the reader: a name given twice in one
 * object, an escape of a lone surrogate (U+D800 with no low surrogate after it, say), nesting
 * deeper than {@value #MAX_DEPTH} and a number longer than {@value #MAX_NUMBER_LENGTH} characters
 * are all refused. A UTF-8 byte order mark at the start is skipped.
 *
 * <p>An error says where (line, column) and the path of the value being read, worked out from
 * the offset and the stack of open containers only when it happens. Thread-safe: {@link #parse}
 * reads with a fresh instance.
 */
final class Utf8Json {

    /** Far deeper than any dossier; deeper is an attack on whoever walks the tree recursively. */
    static final int MAX_DEPTH = 1000;

    /** Jackson's default too: longer is an attack on whoever turns it into a BigDecimal. */
    static final int MAX_NUMBER_LENGTH = 1000;

    /**
     * Input that is not one well-formed JSON document: what is wrong as a message of the problems'
     * bundles ({@code problem.json.*}, worded in the reader's language), where, and in which value.
     *
     * <p>No stack trace: it describes the input, not a fault of the program.
     */
    static final class Malformed extends RuntimeException {
        private final Message reason;
        private final int line;
        private final int column;
        private final String path;

        Malformed(Message reason, int line, int column, String path) {
            super(null, null, false, false);
            this.reason = reason;
            this.line = line;
            this.column = column;
            this.path = path;
        }

        /** What is wrong: "unexpected character '}', expected a value", as a message to word. */
        Message reason() {
            return reason;
        }

        /** The whole problem: "malformed JSON at line 2, column 14: …", with the line and column. */
        Message problem() {
            return Message.of(
                    "problem.json.malformed",
                    Arg.count("line", line),
                    Arg.count("column", column),
                    Arg.message("reason", reason));
        }

        /** The reason in English, the bundles' reference language: for a log, never for a person. */
        @Override
        public String getMessage() {
            return English.WORDS.render(reason);
        }

        /** Loaded on the first message asked for, which no reading of a dossier asks for. */
        private static final class English {
            static final Words WORDS = new Wording(Phrasebook.load(DossierJson.PROBLEMS), Map.of())
                    .in(Languages.standard().reference());
        }

        /** From 1; a line ends at LF, CR LF or a lone CR. */
        int line() {
            return line;
        }

        /** From 1, in characters (Unicode code points, not bytes nor UTF-16 units). */
        int column() {
            return column;
        }

        /** The JSON path of the value being read: {@code $}, {@code $.staff[3].role}. */
        String path() {
            return path;
        }
    }

    /**
     * Reads the one JSON value in {@code in[offset, offset + length)}.
     *
     * @return the value, or null when the input holds nothing but whitespace (and a byte order mark)
     * @throws Malformed when the input is not one well-formed JSON value in UTF-8
     */
    static @Nullable Json parse(byte[] in, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, in.length);
        return new Utf8Json(in, offset, offset + length).document();
    }

    // ---------------------------------------------------------------- bytes, eight at a time

    /** Eight bytes of a {@code byte[]} read as one {@code long}, the first byte lowest. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /**
     * A hash of {@code in[from, from + length)}, best in its high bits: the one {@link #scan}
     * works out as it goes.
     */
    private static long hash(byte[] in, int from, int length) {
        long h = 0;
        int i = from;
        int end = from + length;
        for (; i <= end - Long.BYTES; i += Long.BYTES) h = (h ^ (long) LONGS.get(in, i)) * GOLDEN;
        if (i < end) h = (h ^ word(in, i, end - i)) * GOLDEN;
        return h;
    }

    /** Whether {@code a[i, i + length)} and {@code b[j, j + length)} hold the same bytes. */
    private static boolean same(byte[] a, int i, byte[] b, int j, int length) {
        int k = 0;
        for (; k <= length - Long.BYTES; k += Long.BYTES) {
            if ((long) LONGS.get(a, i + k) != (long) LONGS.get(b, j + k)) return false;
        }
        return k == length || word(a, i + k, length - k) == word(b, j + k, length - k);
    }

    /** The bytes {@code in[i, i + n)}, 0 < n ≤ 8, as a {@code long}, the first byte lowest, zeros above. */
    private static long word(byte[] in, int i, int n) {
        if (i <= in.length - Long.BYTES) return (long) LONGS.get(in, i) & -1L >>> (Long.SIZE - n * Byte.SIZE);
        long word = 0;
        for (int k = n - 1; k >= 0; k--) word = word << Byte.SIZE | in[i + k] & 0xFF;
        return word;
    }

    // ---------------------------------------------------------------- field names

    /** Every field name of the dossier format, each the literal the reader looks it up with. */
    private static final String[] KNOWN = DossierReader.OBJECTS.stream()
            .flatMap(Set::stream)
            .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
            .toArray(String[]::new);

    /** Each known name's bytes, padded so that its last word can be read whole. */
    private static final byte[][] KNOWN_BYTES = Stream.of(KNOWN)
            .map(s -> Arrays.copyOf(s.getBytes(UTF_8), s.length() + Long.BYTES))
            .toArray(byte[][]::new);

    /** Each known name's {@link #hash}. */
    private static final long[] KNOWN_HASHES = new long[KNOWN.length];

    /** For a name written with escapes, which only decoding reveals to be a known one. */
    private static final Map<String, Integer> KNOWN_IDS = new HashMap<>();

    private static final int KNOWN_BITS = 8;

    /** Open addressing over {@link #hash}: a known name's index, or -1 for an empty slot. */
    private static final int[] KNOWN_TABLE = new int[1 << KNOWN_BITS];

    static {
        Arrays.fill(KNOWN_TABLE, -1);
        for (int id = 0; id < KNOWN.length; id++) {
            KNOWN_IDS.put(KNOWN[id], id);
            KNOWN_HASHES[id] = hash(KNOWN_BYTES[id], 0, KNOWN[id].length());
            int slot = (int) (KNOWN_HASHES[id] >>> (Long.SIZE - KNOWN_BITS));
            while (KNOWN_TABLE[slot] >= 0) slot = (slot + 1) & (KNOWN_TABLE.length - 1);
            KNOWN_TABLE[slot] = id;
        }
    }

    /**
     * The names' bits, one per known name (its index, below 64): what {@link Json.Obj#onlyNamesIn}
     * takes. A name without a bit is left out; an object holding it has no bits and is looked at
     * name by name.
     */
    static long bits(Set<String> names) {
        long bits = 0;
        for (var name : names) {
            var id = KNOWN_IDS.get(name);
            if (id != null && id < Long.SIZE) bits |= 1L << id;
        }
        return bits;
    }

    /** The index of the known name spelt by {@code in[from, to)}, whose {@link #hash} is given, or -1. */
    private static int known(byte[] in, int from, int to, long hash) {
        int length = to - from;
        int slot = (int) (hash >>> (Long.SIZE - KNOWN_BITS));
        int id;
        while ((id = KNOWN_TABLE[slot]) >= 0) {
            // Equal hashes of at most eight bytes are equal bytes (one multiplication by an odd
            // constant is a bijection), so only longer names need their bytes compared.
            if (KNOWN_HASHES[id] == hash
                    && KNOWN[id].length() == length
                    && (length <= Long.BYTES || same(in, from, KNOWN_BYTES[id], 0, length))) return id;
            slot = (slot + 1) & (KNOWN_TABLE.length - 1);
        }
        return -1;
    }

    // ---------------------------------------------------------------- shared values

    /** The small whole numbers (months of experience, activity numbers) as written: no allocation. */
    private static final Json.Num[] SMALL = new Json.Num[1000];

    static {
        for (int i = 0; i < SMALL.length; i++)
            SMALL[i] = new Json.Num(Integer.toString(i).intern(), true);
    }

    private static final Json.Str EMPTY_STRING = new Json.Str("");
    private static final String[] NO_NAMES = {};
    private static final Json[] NO_VALUES = {};
    private static final Json.Arr EMPTY_ARRAY = new Json.Arr(List.of());

    /** 256 strings: a staff row's repeated values outlive the unique ones between their repeats. */
    private static final int CACHE_BITS = 8;

    /** Longer strings seldom repeat, and comparing them costs more. */
    private static final int CACHED_LENGTH = 64;

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long SPACES = 0x2020202020202020L;

    // ---------------------------------------------------------------- state

    private final byte[] in;
    /** Where the text starts (after a byte order mark): line 1, column 1. */
    private final int begin;

    private final int end;
    private int pos;

    /*
     * The children of the open containers, innermost last: each gets its slot before it is read,
     * so that the slots double as the path of an error. An object's slot holds its name from the
     * moment the name is read; a container's children are copied out when it closes.
     */
    private @Nullable String[] names = new String[64];
    private Json[] values = new Json[64];
    private int top;
    /** For each open container, outermost first: where its children start, and whether it is an object. */
    private int[] bases = new int[16];

    private boolean[] objects = new boolean[16];
    /** For each open object: the known names read so far, by index, a duplicate check without a search. */
    private long[] seen = new long[16];
    /** For each open object of many fields: its names. */
    @SuppressWarnings("unchecked") // an array of a generic type cannot be made otherwise
    private @Nullable HashSet<String>[] many = (HashSet<String>[]) new HashSet<?>[16];

    private int depth;

    /** Set by {@link #scan}: the {@link #hash} of the bytes it passed, and whether all were ASCII. */
    private long scannedHash;

    private boolean scannedAscii;

    /** Where a non-ASCII string is decoded, before it becomes a {@code String}. */
    private char[] chars = new char[128];

    /** Set by {@link #name()}: the index of the known name just read, or -1. */
    private int nameId;

    /*
     * The short strings read so far, by a hash of their bytes: a dossier repeats its positions,
     * specialties and codes on every staff row, and a repeat costs a comparison of bytes rather
     * than decoding and a new string. Direct-mapped: a collision replaces the older entry.
     */
    /** Where the cached string's bytes are in the input (high half) and how many (low half); 0 when empty. */
    private final long[] cacheKeys = new long[1 << CACHE_BITS];

    private final Json.Str[] cacheValues = new Json.Str[1 << CACHE_BITS];

    private Utf8Json(byte[] in, int from, int to) {
        this.in = in;
        this.end = to;
        boolean bom =
                to - from >= 3 && in[from] == (byte) 0xEF && in[from + 1] == (byte) 0xBB && in[from + 2] == (byte) 0xBF;
        this.begin = bom ? from + 3 : from;
        this.pos = begin;
    }

    // ---------------------------------------------------------------- grammar

    /**
     * The one value of the input and nothing after it. A loop over an explicit stack of open
     * containers, not a recursion: no nesting, however deep, can overflow the thread's stack.
     */
    private @Nullable Json document() {
        if (next() < 0) return null;
        boolean child = false; // whether the innermost container has a child to read next
        while (true) {
            if (child) {
                if (objects[depth - 1]) field();
                else element();
            }
            var value = value();
            child = value == null;
            if (child) continue; // a container opened, not empty
            // the value is whole: it fills its slot in the innermost container, which may end too
            while (!child) {
                if (depth == 0) {
                    if (next() >= 0) throw unexpected(pos, null);
                    return value;
                }
                values[top - 1] = value;
                int b = next();
                if (b == ',') {
                    pos++;
                    next();
                    child = true;
                } else if (objects[depth - 1]) {
                    if (b != '}') throw unexpected(pos, "commaOrBrace");
                    pos++;
                    value = closeObject();
                } else {
                    if (b != ']') throw unexpected(pos, "commaOrBracket");
                    pos++;
                    value = closeArray();
                }
            }
        }
    }

    /**
     * The value that starts at {@code pos} (past whitespace); or null when it is an object or
     * array with something in it, which is then open.
     */
    private @Nullable Json value() {
        if (pos >= end) throw unexpected(pos, "value");
        switch (in[pos]) {
            case '{' -> {
                open(true);
                if (next() != '}') return null;
                pos++;
                return closeObject();
            }
            case '[' -> {
                open(false);
                if (next() != ']') return null;
                pos++;
                return closeArray();
            }
            case '"' -> {
                return string();
            }
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                return number();
            }
            case 't' -> {
                return literal("true", Json.Bool.TRUE);
            }
            case 'f' -> {
                return literal("false", Json.Bool.FALSE);
            }
            case 'n' -> {
                return literal("null", Json.Null.NULL);
            }
            default -> throw unexpected(pos, "value");
        }
    }

    /** Skips whitespace; the byte there (0–255), or -1 at the end. */
    private int next() {
        while (pos < end) {
            int b = in[pos];
            if (b > ' ') return b;
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') pos++;
            else return b & 0xFF;
        }
        return -1;
    }

    /** Opens the object or array whose bracket is at {@code pos}. */
    private void open(boolean object) {
        if (depth == MAX_DEPTH) throw error(pos, Message.of("problem.json.tooDeep", Arg.count("levels", MAX_DEPTH)));
        if (depth == bases.length) {
            bases = Arrays.copyOf(bases, depth * 2);
            objects = Arrays.copyOf(objects, depth * 2);
            seen = Arrays.copyOf(seen, depth * 2);
            many = Arrays.copyOf(many, depth * 2);
        }
        bases[depth] = top;
        objects[depth] = object;
        seen[depth] = 0;
        many[depth] = null;
        depth++;
        pos++;
    }

    /**
     * Reads a field's name and colon, at {@code pos} (past whitespace), into a new slot of the
     * innermost object, and moves to its value.
     */
    private void field() {
        int d = depth - 1;
        int slot = reserve();
        names[slot] = null;
        int b = pos < end ? in[pos] : -1;
        if (b != '"') {
            if (b == '}' && slot > bases[d]) throw error(pos, trailingComma('}'));
            throw unexpected(pos, slot > bases[d] ? "fieldName" : "fieldNameOrBrace");
        }
        int at = pos;
        var name = name();
        names[slot] = name;
        if (duplicate(d, slot, name))
            throw error(at, Message.of("problem.json.duplicateField", Arg.text("name", name)));
        if (next() != ':') throw unexpected(pos, "colon");
        pos++;
        next();
    }

    /** Whether the innermost object, at depth {@code d}, had {@code name} before {@code slot}. */
    private boolean duplicate(int d, int slot, String name) {
        int id = nameId;
        if (id >= 0 && id < Long.SIZE) {
            long bit = 1L << id;
            boolean duplicate = (seen[d] & bit) != 0;
            seen[d] |= bit;
            return duplicate;
        }
        var set = many[d];
        if (set != null) return !set.add(name);
        int base = bases[d];
        if (slot - base < 16) { // as in Json.Obj: a search beats a hash set for a few names
            for (int i = base; i < slot; i++) if (name.equals(names[i])) return true;
            return false;
        }
        set = many[d] = new HashSet<>();
        for (int i = base; i < slot; i++) set.add(names[i]);
        return !set.add(name);
    }

    private Json closeObject() {
        int base = bases[--depth];
        // every name known (and below 64) set its own bit: then the bits name them all
        long known = seen[depth];
        if (Long.bitCount(known) != top - base) known = 0;
        int n = top - base;
        if (n == 0) return new Json.Obj(NO_NAMES, NO_VALUES, 0);
        // new arrays of the exact types, not Arrays.copyOfRange: that one finds the array's type by
        // reflection, and for the half-dozen fields of an object its call costs more than the copy
        var objectNames = new String[n];
        var objectValues = new Json[n];
        System.arraycopy(names, base, objectNames, 0, n);
        System.arraycopy(values, base, objectValues, 0, n);
        top = base;
        return new Json.Obj(objectNames, objectValues, known);
    }

    private Json closeArray() {
        int base = bases[--depth];
        int n = top - base;
        Json.Arr array;
        if (n == 0) {
            array = EMPTY_ARRAY;
        } else {
            var items = new Json[n];
            System.arraycopy(values, base, items, 0, n);
            array = new Json.Arr(List.of(items));
        }
        top = base;
        return array;
    }

    /** A slot for the next element of the innermost array, at {@code pos} (past whitespace). */
    private void element() {
        int slot = reserve();
        // ']' right after '[' closed the array already; after a comma, it is one comma too many
        if (pos < end && in[pos] == ']' && slot > bases[depth - 1]) throw error(pos, trailingComma(']'));
    }

    /** A slot for the next child of the innermost container. */
    private int reserve() {
        if (top == values.length) {
            names = Arrays.copyOf(names, top * 2);
            values = Arrays.copyOf(values, top * 2);
        }
        return top++;
    }

    private Json literal(String word, Json value) {
        int n = word.length();
        for (int i = 0; i < n; i++) {
            if (pos + i >= end || in[pos + i] != word.charAt(i)) throw unrecognised(pos, "value");
        }
        pos += n;
        return value;
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, kept as written. */
    private Json number() {
        int start = pos;
        int i = pos;
        if (in[i] == '-') i++;
        if (i >= end || !digit(in[i])) throw error(i, Message.of("problem.json.digitAfterMinus"));
        int whole = 0;
        if (in[i] == '0') {
            i++;
            if (i < end && digit(in[i])) throw error(start, Message.of("problem.json.leadingZero"));
        } else {
            while (i < end && digit(in[i]))
                whole = whole * 10 + in[i++] - '0'; // overflow harmless: used below 1000 only
        }
        boolean integral = true;
        if (i < end && in[i] == '.') {
            integral = false;
            int digits = ++i;
            while (i < end && digit(in[i])) i++;
            if (i == digits) throw error(i, Message.of("problem.json.digitAfterPoint"));
        }
        if (i < end && (in[i] | 0x20) == 'e') {
            integral = false;
            i++;
            if (i < end && (in[i] == '+' || in[i] == '-')) i++;
            int digits = i;
            while (i < end && digit(in[i])) i++;
            if (i == digits) throw error(i, Message.of("problem.json.digitInExponent"));
        }
        int length = i - start;
        if (length > MAX_NUMBER_LENGTH) {
            throw error(start, Message.of("problem.json.numberTooLong", Arg.count("length", MAX_NUMBER_LENGTH)));
        }
        pos = i;
        if (integral && length <= 3 && in[start] != '-') return SMALL[whole];
        return new Json.Num(new String(in, start, length, ISO_8859_1), integral);
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }

    // ---------------------------------------------------------------- strings

    /** A field name at {@code pos}: a known one as its literal (and {@link #nameId} set), else a new string. */
    private String name() {
        int from = pos + 1;
        int to = scan(from);
        if (to < end && in[to] == '"') {
            pos = to + 1;
            int id = known(in, from, to, scannedHash);
            nameId = id;
            return id >= 0 ? KNOWN[id] : decode(from, to, scannedAscii);
        }
        var name = escaped(from, to);
        var id = KNOWN_IDS.get(name);
        nameId = id == null ? -1 : id;
        return id == null ? name : KNOWN[id];
    }

    /** The string whose opening quote is at {@code pos}. */
    private Json.Str string() {
        int from = pos + 1;
        int to = scan(from);
        if (to < end && in[to] == '"') {
            pos = to + 1;
            int length = to - from;
            if (length == 0) return EMPTY_STRING;
            if (length > CACHED_LENGTH) return new Json.Str(decode(from, to, scannedAscii));
            int slot = (int) (scannedHash >>> (Long.SIZE - CACHE_BITS));
            long key = cacheKeys[slot];
            if ((int) key == length && same(in, (int) (key >>> 32), in, from, length)) return cacheValues[slot];
            var string = new Json.Str(decode(from, to, scannedAscii));
            cacheKeys[slot] = (long) from << 32 | length;
            cacheValues[slot] = string;
            return string;
        }
        var string = escaped(from, to);
        return string.isEmpty() ? EMPTY_STRING : new Json.Str(string);
    }

    /**
     * The first quote, backslash or control character at or after {@code i}, or the end; sets
     * {@link #scannedHash} and {@link #scannedAscii} for the bytes before it. Eight bytes at a time:
     * {@code (x - 0x01…) & ~x & 0x80…} marks the bytes of {@code x} that are zero (and {@code -
     * 0x20…} those below 0x20), with no false mark below the first true one.
     */
    private int scan(int i) {
        byte[] in = this.in;
        int end = this.end;
        long hash = 0;
        long high = 0;
        for (; i <= end - Long.BYTES; i += Long.BYTES) {
            long word = (long) LONGS.get(in, i);
            long quote = word ^ QUOTES;
            long backslash = word ^ BACKSLASHES;
            long marks = ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (word - SPACES) & ~word) & HIGHS;
            if (marks != 0) {
                int n = Long.numberOfTrailingZeros(marks) >>> 3;
                if (n > 0) {
                    long part = word & -1L >>> (Long.SIZE - n * Byte.SIZE);
                    hash = (hash ^ part) * GOLDEN;
                    high |= part;
                }
                scannedHash = hash;
                scannedAscii = (high & HIGHS) == 0;
                return i + n;
            }
            hash = (hash ^ word) * GOLDEN;
            high |= word;
        }
        // the last few bytes of the input, one at a time
        int start = i;
        long part = 0;
        for (; i < end; i++) {
            int b = in[i] & 0xFF;
            if (b == '"' || b == '\\' || b < 0x20) break;
            part |= (long) b << ((i - start) * Byte.SIZE);
        }
        if (i > start) hash = (hash ^ part) * GOLDEN;
        scannedHash = hash;
        scannedAscii = ((high | part) & HIGHS) == 0;
        return i;
    }

    /**
     * {@code in[from, to)}, which holds no quote, backslash nor control character, as a string;
     * fails at the first byte that is not well-formed UTF-8.
     */
    private String decode(int from, int to, boolean ascii) {
        if (from == to) return "";
        if (ascii) return new String(in, from, to - from, ISO_8859_1);
        if (this.chars.length < to - from) this.chars = new char[Math.max(to - from, this.chars.length * 2)];
        char[] chars = this.chars; // at most one char per byte
        byte[] in = this.in;
        int n = 0;
        for (int i = from; i < to; ) {
            int b = in[i];
            if (b >= 0) {
                chars[n++] = (char) b;
                i++;
            } else if ((b & 0xE0) == 0xC0 && i + 1 < to && (b & 0x1E) != 0 && (in[i + 1] & 0xC0) == 0x80) {
                chars[n++] = (char) ((b & 0x1F) << 6 | in[i + 1] & 0x3F);
                i += 2;
            } else if ((b & 0xF0) == 0xE0 && i + 2 < to) {
                int b2 = in[i + 1];
                int b3 = in[i + 2];
                int c = (b & 0x0F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F;
                if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80 || c < 0x800 || Character.isSurrogate((char) c)) {
                    throw malformedUtf8(i, to);
                }
                chars[n++] = (char) c;
                i += 3;
            } else if ((b & 0xF8) == 0xF0 && i + 3 < to) {
                int b2 = in[i + 1];
                int b3 = in[i + 2];
                int b4 = in[i + 3];
                int c = (b & 0x07) << 18 | (b2 & 0x3F) << 12 | (b3 & 0x3F) << 6 | b4 & 0x3F;
                if ((b2 & 0xC0) != 0x80
                        || (b3 & 0xC0) != 0x80
                        || (b4 & 0xC0) != 0x80
                        || c < 0x10000
                        || c > Character.MAX_CODE_POINT) {
                    throw malformedUtf8(i, to);
                }
                chars[n++] = Character.highSurrogate(c);
                chars[n++] = Character.lowSurrogate(c);
                i += 4;
            } else {
                throw malformedUtf8(i, to);
            }
        }
        return new String(chars, 0, n);
    }

    private Malformed malformedUtf8(int i, int to) {
        var problem = utf8Problem(i, to);
        return error(i, problem != null ? problem : Message.of("problem.json.utf8", Arg.text("byte", hexByte(in[i]))));
    }

    /**
     * The rest of a string that does not end at {@code stop}: escapes, or a control character, or
     * the end of the input. {@code in[from, stop)} is plain text.
     */
    private String escaped(int from, int stop) {
        var sb = new StringBuilder(stop - from + 16);
        sb.append(decode(from, stop, scannedAscii));
        int i = stop;
        while (true) {
            if (i >= end) throw error(from - 1, Message.of("problem.json.unclosedString"));
            int b = in[i] & 0xFF;
            if (b == '"') break;
            if (b != '\\') {
                throw error(i, Message.of("problem.json.controlCharacter", Arg.text("codePoint", codePoint(b))));
            }
            i = escape(i, sb);
            int next = scan(i);
            sb.append(decode(i, next, scannedAscii));
            i = next;
        }
        pos = i + 1;
        return sb.toString();
    }

    /** Appends the escape at {@code in[at]} (a backslash); where the text goes on after it. */
    private int escape(int at, StringBuilder sb) {
        if (at + 1 >= end) throw error(at, Message.of("problem.json.unclosedString"));
        int c = in[at + 1] & 0xFF;
        switch (c) {
            case '"', '\\', '/' -> sb.append((char) c);
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                char unit = hex4(at);
                if (Character.isLowSurrogate(unit)) {
                    throw error(at, loneSurrogate(unit, false));
                }
                if (!Character.isHighSurrogate(unit)) {
                    sb.append(unit);
                    return at + 6;
                }
                if (at + 7 >= end || in[at + 6] != '\\' || in[at + 7] != 'u') {
                    throw error(at, loneSurrogate(unit, true));
                }
                char low = hex4(at + 6);
                if (!Character.isLowSurrogate(low)) {
                    throw error(at, loneSurrogate(unit, true));
                }
                sb.append(unit).append(low);
                return at + 12;
            }
            default -> {
                var what = c > 0x20 && c < 0x7F
                        ? Arg.text("escape", "'\\" + (char) c + "'")
                        : Arg.message(
                                "escape",
                                Message.of("problem.json.backslashFollowedBy", printable("character", at + 1)));
                throw error(at, Message.of("problem.json.invalidEscape", what));
            }
        }
        return at + 2;
    }

    /** The UTF-16 unit of the {@code \}{@code uXXXX} escape at {@code at}. */
    private char hex4(int at) {
        int unit = 0;
        for (int i = at + 2; i < at + 6; i++) {
            int digit = i < end ? Character.digit(in[i], 16) : -1;
            if (digit < 0) throw error(at, Message.of("problem.json.invalidUnicodeEscape"));
            unit = unit << 4 | digit;
        }
        return (char) unit;
    }

    /** "a lone surrogate \\uD800 in a string", and whether a low surrogate's escape was due next. */
    private static Message loneSurrogate(char unit, boolean lowMustFollow) {
        return Message.of(
                "problem.json.loneSurrogate",
                Arg.text("escape", String.format("\\u%04X", (int) unit)),
                Arg.choice("lowMustFollow", lowMustFollow));
    }

    private static Message trailingComma(char bracket) {
        return Message.of("problem.json.trailingComma", Arg.text("bracket", String.valueOf(bracket)));
    }

    // ---------------------------------------------------------------- UTF-8

    private static int sequenceLength(byte lead) {
        int b = lead & 0xFF;
        return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }

    /**
     * What is wrong with the sequence that starts at {@code in[i]}, or null when it is one
     * well-formed character (the Unicode Standard's table 3-7).
     */
    private @Nullable Message utf8Problem(int i, int to) {
        int lead = in[i] & 0xFF;
        if (lead < 0x80) return null;
        if (lead < 0xC0) return invalidUtf8(lead, "continuation");
        if (lead < 0xC2) return invalidUtf8(lead, "overlong");
        if (lead > 0xF4) return invalidUtf8(lead, "unused");
        int length = sequenceLength(in[i]);
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        for (int k = 1; k < length; k++) {
            if (i + k >= to) return invalidUtf8(lead, "truncated");
            int b = in[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) return invalidUtf8(lead, "truncated");
            if (k == 1 && (b < low || b > high)) {
                return invalidUtf8(lead, lead == 0xED ? "surrogate" : lead == 0xF4 ? "beyondUnicode" : "overlong");
            }
        }
        return null;
    }

    /**
     * "invalid UTF-8 byte 0xC0 (an overlong encoding)".
     *
     * @param why {@code continuation}, {@code overlong}, {@code unused}, {@code truncated},
     *     {@code surrogate} or {@code beyondUnicode}: the bundles' cases
     */
    private static Message invalidUtf8(int lead, String why) {
        return Message.of("problem.json.utf8.why", Arg.text("byte", hexByte(lead)), Arg.choice("why", why));
    }

    private static String hexByte(int b) {
        return String.format("0x%02X", b & 0xFF);
    }

    // ---------------------------------------------------------------- errors

    /**
     * What was found at {@code at} instead of what was expected there (or, when {@code expected} is
     * null, after the one document): a character, a word ("NaN", "True"), the end of the input, or a
     * byte that starts no character (then only what is wrong with it). "unexpected character 'x',
     * expected ',' or '}'"; "unexpected end of input, expected a value".
     *
     * @param expected a case of {@code problem.json.expected.*}: {@code value}, {@code commaOrBrace},
     *     {@code commaOrBracket}, {@code fieldName}, {@code fieldNameOrBrace}, {@code colon}
     */
    private Malformed unexpected(int at, @Nullable String expected) {
        if (at >= end) return error(at, then(Message.of("problem.json.found.end"), expected));
        var problem = utf8Problem(at, end);
        if (problem != null) return error(at, problem);
        int b = in[at] & 0xFF;
        if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') return unrecognised(at, expected);
        return error(at, then(Message.of("problem.json.found.character", printable("character", at)), expected));
    }

    /** A word where a value should be: "NaN", "True", "tru". */
    private Malformed unrecognised(int at, @Nullable String expected) {
        int to = at;
        while (to < end && to - at < 32 && (Character.isLetterOrDigit(in[to]) || in[to] == '_')) to++;
        var word = new String(in, at, to - at, ISO_8859_1);
        return error(at, then(Message.of("problem.json.found.word", Arg.text("word", word)), expected));
    }

    /** What was found, then what was expected instead, or that one document had already ended. */
    private static Message then(Message found, @Nullable String expected) {
        if (expected == null) return Message.of("problem.json.afterDocument", Arg.message("found", found));
        return Message.of(
                "problem.json.expecting",
                Arg.message("found", found),
                Arg.message("expected", Message.of("problem.json.expected." + expected)));
    }

    /**
     * The character at {@code at}, quoted, with its code point when it is not plain ASCII; a byte that
     * starts no character, as a byte.
     */
    private Arg printable(String name, int at) {
        int b = in[at] & 0xFF;
        if (b == '\'') return Arg.text(name, "\"'\"");
        if (b >= 0x20 && b < 0x7F) return Arg.text(name, "'" + (char) b + "'");
        if (b < 0x80) return Arg.text(name, codePoint(b));
        if (utf8Problem(at, end) != null)
            return Arg.message(name, Message.of("problem.json.byte", Arg.text("hex", hexByte(b))));
        int cp = new String(in, at, sequenceLength(in[at]), UTF_8).codePointAt(0);
        return Arg.text(name, "'" + Character.toString(cp) + "' (" + codePoint(cp) + ")");
    }

    private static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }

    /** Where {@code at} is and the path of the value being read: worked out only now, on failure. */
    private Malformed error(int at, Message reason) {
        int line = 1;
        int lineStart = begin;
        for (int i = begin; i < at && i < end; i++) {
            byte b = in[i];
            if (b == '\n' || b == '\r' && (i + 1 >= end || in[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < at && i < end; i++) {
            if ((in[i] & 0xC0) != 0x80) column++;
        }
        return new Malformed(reason, line, column, path());
    }

    private String path() {
        var sb = new StringBuilder("$");
        for (int d = 0; d < depth; d++) {
            int child = d + 1 < depth ? bases[d + 1] - 1 : top - 1;
            if (child < bases[d]) continue; // nothing of it read yet
            if (!objects[d]) {
                sb.append('[').append(child - bases[d]).append(']');
            } else if (names[child] != null) {
                sb.append(DossierReader.member(names[child]));
            }
        }
        return sb.toString();
    }
}
