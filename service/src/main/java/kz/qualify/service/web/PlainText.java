package kz.qualify.service.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the service accepts as text, wherever a person's or a client's text comes in — query
 * parameters, path segments, the Basic login's username, every string of a JSON body, multipart
 * fields and file names — checked in one place ({@link RequestHygiene}, {@link JsonBodies},
 * {@link MultipartHygiene}) before anything reaches the database.
 *
 * <p>Refused: NUL and the other C0 controls except tab, line feed and carriage return (PostgreSQL
 * cannot store NUL in text, and none belongs in a name or an id); DEL; the bidirectional overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069), which make {@code "a\u202Egnp.csv"} display as
 * "avsc.png"; the zero-width space, non-joiner and joiner (U+200B–U+200D) and the byte-order mark
 * (U+FEFF), which make two names that look the same differ. Kazakh and Russian letters, and every
 * other printable character, are text.
 *
 * <p>Lengths, in a JSON body: a {@code name} or {@code fullName} at most {@value #MAX_NAME}
 * characters, a {@code position} at most {@value #MAX_POSITION}, any other string (a comment, a
 * reason, an address) at most {@value #MAX_TEXT}, a key at most {@value #MAX_KEY}. Narrower limits of
 * a form's own (Bean Validation's {@code @Size}) apply besides.
 */
public final class PlainText {

    public static final int MAX_NAME = 300;
    public static final int MAX_POSITION = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_KEY = 200;

    /** Keys whose strings have a narrower limit than {@link #MAX_TEXT}. */
    private static final Map<String, Integer> LIMITS = Map.of(
            "name", MAX_NAME,
            "fullName", MAX_NAME,
            "position", MAX_POSITION);

    private PlainText() {}

    /** Whether a character is one the service refuses in text (see the class comment). */
    public static boolean forbidden(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || c == 0x7F
                || (c >= 0x200B && c <= 0x200D)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF;
    }

    /** Whether the text holds no refused character. */
    public static boolean plain(@Nullable CharSequence text) {
        if (text == null) return true;
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) return false;
        }
        return true;
    }

    /**
     * Refuses, with 400 naming the field, a text that holds a refused character or is longer than
     * {@code max}: for text that comes in other than as JSON (a staff table's cells).
     */
    public static void require(String field, @Nullable String text, int max) {
        if (plain(text) && (text == null || text.length() <= max)) return;
        var message = plain(text)
                ? kz.qualify.message.Message.of("api.text.tooLong", kz.qualify.message.Arg.count("max", max))
                : kz.qualify.message.Message.of("api.text.forbiddenCharacter");
        throw new ApiException(
                org.springframework.http.HttpStatus.BAD_REQUEST,
                "invalid-request",
                kz.qualify.message.Message.of("api.text.refused", kz.qualify.message.Arg.text("field", field)),
                java.util.List.of(new ApiException.FieldProblem(field, message)));
    }

    /** What is wrong with one string of a JSON body: the path to it and the limit it breaks, if any. */
    public record Flaw(String path, Kind kind, int limit) {}

    public enum Kind {
        /** a refused character */
        CHARACTER,
        /** longer than {@link Flaw#limit} characters */
        LENGTH
    }

    /** The first flaw of a JSON document's strings and keys, by its path ({@code staff[3].position}), or null. */
    public static @Nullable Flaw firstFlaw(JsonNode node) {
        return walk(node, "", null);
    }

    private static @Nullable Flaw walk(JsonNode node, String path, @Nullable String key) {
        if (node.isString()) {
            var text = node.asString();
            if (!plain(text)) return new Flaw(shown(path), Kind.CHARACTER, 0);
            int limit = key == null ? MAX_TEXT : LIMITS.getOrDefault(key, MAX_TEXT);
            if (text.length() > limit) return new Flaw(shown(path), Kind.LENGTH, limit);
            return null;
        }
        if (node.isArray()) {
            int i = 0;
            for (var element : node) {
                var flaw = walk(element, path + "[" + i++ + "]", key);
                if (flaw != null) return flaw;
            }
            return null;
        }
        if (node.isObject()) {
            for (var name : node.propertyNames()) {
                var at = path.isEmpty() ? name : path + "." + name;
                if (!plain(name)) return new Flaw(shown(path.isEmpty() ? "(key)" : path + ".(key)"), Kind.CHARACTER, 0);
                if (name.length() > MAX_KEY) return new Flaw(shown(at), Kind.LENGTH, MAX_KEY);
                var flaw = walk(node.get(name), at, name);
                if (flaw != null) return flaw;
            }
        }
        return null;
    }

    /** A path as the answer shows it: never the refused characters themselves, and never longer than a key may be. */
    static String shown(String path) {
        var b = new StringBuilder(Math.min(path.length(), MAX_KEY + 1));
        for (int i = 0; i < path.length() && b.length() < MAX_KEY; i++) {
            char c = path.charAt(i);
            b.append(forbidden(c) ? '?' : c);
        }
        if (path.length() > MAX_KEY) b.append('…');
        return b.isEmpty() ? "body" : b.toString();
    }
}
