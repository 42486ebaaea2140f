package kz.qualify.formats;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * One text for a JSON value, whoever read it, so that two readers can be compared with {@code
 * equals}: fields in the order written, a number as written and marked whole or not, every
 * character of a string outside printable ASCII as its UTF-16 unit (so a lone surrogate shows).
 */
final class CanonicalJson {

    private CanonicalJson() {}

    /** What {@link Utf8Json} read; "empty" for nothing. */
    static String of(@Nullable Json json) {
        var sb = new StringBuilder();
        if (json == null) return "empty";
        write(json, sb);
        return sb.toString();
    }

    private static void write(Json json, StringBuilder sb) {
        switch (json) {
            case Json.Obj o -> {
                sb.append('{');
                for (int i = 0; i < o.size(); i++) {
                    if (i > 0) sb.append(',');
                    string(o.name(i), sb);
                    sb.append(':');
                    write(o.value(i), sb);
                }
                sb.append('}');
            }
            case Json.Arr a -> {
                sb.append('[');
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) sb.append(',');
                    write(a.get(i), sb);
                }
                sb.append(']');
            }
            case Json.Str(var value) -> string(value, sb);
            case Json.Num(var text, var integral) ->
                sb.append(integral ? "int:" : "dec:").append(text);
            case Json.Bool b -> sb.append(b.value());
            case Json.Null n -> sb.append("null");
        }
    }

    /**
     * What Jackson (strict about duplicate names) reads from the same bytes; "empty" for nothing.
     *
     * @throws tools.jackson.core.JacksonException when Jackson finds the input malformed
     */
    static String jackson(byte[] json) {
        try (var parser = Jackson.MAPPER.createParser(json)) {
            var token = parser.nextToken();
            if (token == null) return "empty";
            var sb = new StringBuilder();
            write(parser, token, sb);
            if (parser.nextToken() != null) throw new StreamReadException(parser, "a second document");
            return sb.toString();
        }
    }

    private static void write(JsonParser parser, JsonToken token, StringBuilder sb) {
        switch (token) {
            case START_OBJECT -> {
                sb.append('{');
                boolean first = true;
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    if (!first) sb.append(',');
                    first = false;
                    string(parser.currentName(), sb);
                    sb.append(':');
                    write(parser, parser.nextToken(), sb);
                }
                sb.append('}');
            }
            case START_ARRAY -> {
                sb.append('[');
                boolean first = true;
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (!first) sb.append(',');
                    first = false;
                    write(parser, next, sb);
                }
                sb.append(']');
            }
            case VALUE_STRING -> string(parser.getString(), sb);
            case VALUE_NUMBER_INT -> sb.append("int:").append(parser.getString());
            case VALUE_NUMBER_FLOAT -> sb.append("dec:").append(parser.getString());
            case VALUE_TRUE -> sb.append("true");
            case VALUE_FALSE -> sb.append("false");
            case VALUE_NULL -> sb.append("null");
            default -> throw new IllegalStateException("unexpected token " + token);
        }
    }

    /** A string as its canonical text: quoted, everything but printable ASCII as a UTF-16 unit. */
    static String string(String value) {
        var sb = new StringBuilder();
        string(value, sb);
        return sb.toString();
    }

    private static void string(String value, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') sb.append(c);
            else sb.append(String.format("\\u%04x", (int) c));
        }
        sb.append('"');
    }
}
