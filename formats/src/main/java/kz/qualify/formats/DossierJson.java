package kz.qualify.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import kz.qualify.law.Editions;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes a {@link Dossier} as JSON (the format of {@code docs/DOSSIER.md} and {@code
 * docs/dossier.schema.json}).
 *
 * <p>Reading never throws for bad input: it returns every problem found, each with its JSON path,
 * so an applicant fixes a dossier in one round. Vocabulary codes are checked against every edition
 * held, since the date of assessment is not known yet. Thread-safe; build one and share it.
 */
public final class DossierJson {

    /** What reading gave: a dossier, or every problem found. */
    public sealed interface Result {
        record Valid(Dossier dossier) implements Result {}

        record Invalid(List<Problem> problems) implements Result {
            public Invalid {
                if (problems.isEmpty()) throw new IllegalArgumentException("an invalid result names its problems");
                problems = List.copyOf(problems);
            }
        }
    }

    /**
     * How much one input may hold, so a mistaken or hostile upload cannot exhaust memory.
     *
     * @param maxBytes the largest input, in bytes (for a {@code String}, in characters)
     * @param maxStaff the most staff rows
     */
    public record Limits(long maxBytes, int maxStaff) {
        public static final Limits DEFAULT = new Limits(20L * 1024 * 1024, 100_000);

        public Limits {
            if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive");
            if (maxStaff < 0) throw new IllegalArgumentException("maxStaff must not be negative");
        }
    }

    /**
     * The most problems an invalid dossier's answer lists; past them one last problem (at "$") says
     * how many more there were. Enough for any honest dossier; a bound on what a hostile one costs.
     */
    public static final int LISTED_PROBLEMS = 100;

    /**
     * The bundles that word the problems ({@code problems_<lang>.properties}): a reader of problems
     * loads this layer with {@code Phrasebook.load(…, DossierJson.PROBLEMS)}. Its keys start with
     * {@code problem.}; they also word {@link kz.qualify.dossier.TaxId#problem}.
     */
    public static final String PROBLEMS = "kz/qualify/formats/problems";

    private final Vocabulary vocabulary;
    private final Limits limits;

    /** Reads against the catalog's editions (their vocabularies and activities). */
    public DossierJson(Catalog catalog) {
        this(catalog.editions(), Limits.DEFAULT);
    }

    public DossierJson(Editions editions) {
        this(editions, Limits.DEFAULT);
    }

    public DossierJson(Editions editions, Limits limits) {
        this.vocabulary = new Vocabulary(editions);
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public Limits limits() {
        return limits;
    }

    public Result read(String json) {
        if (json.length() > limits.maxBytes()) return tooLarge(json.length(), "characters");
        ByteBuffer bytes;
        try {
            // strict, unlike getBytes: a lone surrogate would otherwise become '?' unnoticed
            bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(json));
        } catch (CharacterCodingException e) {
            return notUnicode(json);
        }
        return parse(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    }

    public Result read(byte[] json) {
        return read(json, 0, json.length);
    }

    /** Reads the UTF-8 JSON in {@code json[offset, offset + length)}: one line of a JSONL batch, say. */
    public Result read(byte[] json, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, json.length);
        if (length > limits.maxBytes()) return tooLarge(length, "bytes");
        return parse(json, offset, length);
    }

    /** Reads at most the limit (and one byte more, to know it was exceeded); does not close the stream. */
    public Result read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            return invalid(
                    "$", Message.of("problem.input.unreadable", Arg.text("reason", String.valueOf(e.getMessage()))));
        }
        if (bytes.length > limits.maxBytes()) {
            return invalid("$", Message.of("problem.input.overLimit", Arg.count("limit", limits.maxBytes())));
        }
        return read(bytes);
    }

    /**
     * Reads a file, never more than the limit: a device or a FIFO reports no size ({@code /dev/zero}
     * is "0 bytes" and endless), so the read itself is bounded, not only the size checked.
     */
    public Result read(Path file) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) return tooLarge(size, "bytes");
            try (var in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (IOException e) {
            return invalid(
                    "$",
                    Message.of(
                            "problem.file.unreadable",
                            Arg.text("file", file.toString()),
                            Arg.text("reason", e.getClass().getSimpleName() + " " + e.getMessage())));
        }
    }

    /** Reads an already parsed tree (a request body bound by a framework, say). */
    public Result read(JsonNode root) {
        if (root == null || root.isMissingNode()) return empty();
        // a tree is rare input: writing it out and reading that back keeps one way of reading
        return read(Jackson.MAPPER.writeValueAsBytes(root));
    }

    /**
     * One value and nothing after it ("{} {}" is two documents, not one with junk after it), then
     * the reader's walk over it.
     */
    private Result parse(byte[] json, int offset, int length) {
        Json root;
        try {
            root = Utf8Json.parse(json, offset, length);
        } catch (Utf8Json.Malformed e) {
            return invalid(e.path(), e.problem());
        }
        if (root == null) return empty();
        return new DossierReader(vocabulary, limits).read(root);
    }

    private static Result empty() {
        return invalid("$", Message.of("problem.input.empty"));
    }

    public String write(Dossier dossier) {
        return Jackson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(DossierWriter.tree(dossier));
    }

    /** One line, for JSONL batches. */
    public String writeCompact(Dossier dossier) {
        return Jackson.MAPPER.writeValueAsString(DossierWriter.tree(dossier));
    }

    public JsonNode tree(Dossier dossier) {
        return DossierWriter.tree(dossier);
    }

    private static Result invalid(String path, Message message) {
        return new Result.Invalid(List.of(new Problem(path, message)));
    }

    /** {@code unit}: "bytes" or "characters". */
    private Result tooLarge(long size, String unit) {
        return invalid("$", tooLarge(size, unit, limits.maxBytes()));
    }

    /**
     * "the input is 30000000 bytes, larger than the limit of 20971520 bytes": for a reader that
     * refuses an input before it is read (a line of a batch too long to hold).
     *
     * @param unit {@code bytes} or {@code characters}
     */
    public static Message tooLarge(long size, String unit, long limit) {
        return Message.of(
                "problem.input.tooLarge", Arg.count("size", size), Arg.choice("unit", unit), Arg.count("limit", limit));
    }

    /** "malformed JSON at line 2, column 14: unexpected character '}', expected a value", at the value's path. */
    private static Result malformed(String path, int line, int column, Arg reason) {
        return invalid(
                path,
                Message.of("problem.json.malformed", Arg.count("line", line), Arg.count("column", column), reason));
    }

    /** A string that no UTF-8 encodes: where its first unpaired surrogate is. */
    private static Result notUnicode(String json) {
        int line = 1, column = 1;
        for (int i = 0; i < json.length(); ) {
            int cp = json.codePointAt(i);
            if (Character.isSurrogate((char) cp)) {
                var at = String.format("U+%04X", cp);
                return malformed(
                        "$",
                        line,
                        column,
                        Arg.message("reason", Message.of("problem.json.surrogate", Arg.text("codePoint", at))));
            }
            if (cp == '\n' || cp == '\r' && (i + 1 == json.length() || json.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(cp);
        }
        // the encoder found what this did not
        return malformed("$", line, column, Arg.message("reason", Message.of("problem.json.notUnicode")));
    }
}
