package kz.qualify.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import kz.qualify.law.Editions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.StreamReadException;
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
        return parse(() -> Jackson.DOSSIER_PARSERS.createParser(json));
    }

    public Result read(byte[] json) {
        return read(json, 0, json.length);
    }

    /** Reads the UTF-8 JSON in {@code json[offset, offset + length)}: one line of a JSONL batch, say. */
    public Result read(byte[] json, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, json.length);
        if (length > limits.maxBytes()) return tooLarge(length, "bytes");
        return parse(() -> Jackson.DOSSIER_PARSERS.createParser(json, offset, length));
    }

    /** Reads at most the limit (and one byte more, to know it was exceeded); does not close the stream. */
    public Result read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            return new Result.Invalid(List.of(new Problem("$", "cannot read the input: " + e.getMessage())));
        }
        if (bytes.length > limits.maxBytes()) {
            return new Result.Invalid(
                    List.of(new Problem("$", "the input is larger than the limit of " + limits.maxBytes() + " bytes")));
        }
        return read(bytes);
    }

    public Result read(Path file) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) return tooLarge(size, "bytes");
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            return new Result.Invalid(List.of(new Problem(
                    "$", "cannot read " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage())));
        }
    }

    /** Reads an already parsed tree (a request body bound by a framework, say). */
    public Result read(JsonNode root) {
        if (root == null || root.isMissingNode()) return empty();
        return parse(() -> Jackson.MAPPER.treeAsTokens(root));
    }

    /**
     * One value and nothing after it ("{} {}" is two documents, not one with junk after it), then
     * the reader's walk over it.
     */
    private Result parse(java.util.function.Supplier<JsonParser> open) {
        Json root;
        try (var parser = open.get()) {
            if (parser.nextToken() == null) return empty();
            root = Json.read(parser, parser.currentToken());
            if (parser.nextToken() != null) {
                throw new StreamReadException(
                        parser, "trailing token (" + parser.currentToken() + ") after the dossier: one document only");
            }
        } catch (JacksonException e) {
            return malformed(e);
        }
        return new DossierReader(vocabulary, limits).read(root);
    }

    private static Result empty() {
        return new Result.Invalid(List.of(new Problem("$", "the input is empty: expected a dossier object")));
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

    private Result tooLarge(long size, String unit) {
        return new Result.Invalid(List.of(new Problem(
                "$",
                "the input is " + size + " " + unit + ", larger than the limit of " + limits.maxBytes() + " " + unit)));
    }

    /** Malformed JSON: Jackson's own words, where (line, column) and, when it knows, the path. */
    private static Result malformed(JacksonException e) {
        var location = e.getLocation();
        var where = location == null || location.getLineNr() < 0
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        var message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) message = message.substring(0, newline);
        return new Result.Invalid(List.of(new Problem(path(e), "malformed JSON" + where + ": " + message)));
    }

    private static String path(JacksonException e) {
        if (!(e.processor() instanceof JsonParser parser)) return "$";
        try {
            var context = parser.streamReadContext();
            return context == null ? "$" : toPath(context.pathAsPointer());
        } catch (RuntimeException ignored) {
            return "$"; // the parser may be closed; the line and column still say where
        }
    }

    static String toPath(JsonPointer pointer) {
        var sb = new StringBuilder("$");
        for (var p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0) {
                sb.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                sb.append(DossierReader.member(p.getMatchingProperty()));
            }
        }
        return sb.toString();
    }
}
