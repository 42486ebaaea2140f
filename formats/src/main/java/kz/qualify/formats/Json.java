package kz.qualify.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * The small read-only JSON tree the dossier reader walks, built in one pass from Jackson's token
 * stream.
 *
 * <p>Why not Jackson's own {@code JsonNode}: a batch of 100 000 dossiers spends most of its time
 * building trees, and {@code ObjectNode} keeps a {@code LinkedHashMap} (a table and an entry per
 * field) for objects of five to eight fields that are read once. Here an object is two parallel
 * arrays searched linearly — the names are Jackson's canonical instances, so a lookup is mostly an
 * identity check, else a comparison of cached hashes — and a number keeps its text, becoming a {@code BigDecimal} only when a decimal
 * field asks for one (exact, as the money and pressure rules need).
 */
sealed interface Json {

    /**
     * Reads the value that starts at {@code token}, the parser's current token; malformed input
     * fails with Jackson's exception, which knows the line, the column and the path.
     */
    static Json read(JsonParser parser, JsonToken token) {
        return switch (token) {
            case START_OBJECT -> {
                var object = new Obj();
                String name;
                while ((name = parser.nextName()) != null) {
                    // {"ref": "a", "ref": "b"} would otherwise keep one silently
                    if (object.get(name) != null) {
                        throw new StreamReadException(parser, "Duplicate Object property \"" + name + "\"");
                    }
                    object.add(name, read(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                var items = new ArrayList<Json>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) items.add(read(parser, next));
                yield new Arr(items);
            }
            case VALUE_STRING -> new Str(parser.getString());
            case VALUE_NUMBER_INT -> new Num(parser.getString(), true);
            case VALUE_NUMBER_FLOAT -> new Num(parser.getString(), false);
            case VALUE_TRUE -> Bool.TRUE;
            case VALUE_FALSE -> Bool.FALSE;
            case VALUE_NULL -> Null.NULL;
            default -> throw new StreamReadException(parser, "unexpected token " + token);
        };
    }

    /** What the value is, for messages: "a string \"x\"", "a number 3", "an array". */
    String describe();

    /** An object: its fields in the order written. */
    final class Obj implements Json {
        private String[] names = new String[8];
        private Json[] values = new Json[8];
        private int size;
        private java.util.@Nullable HashMap<String, Integer> index;

        private void add(String name, Json value) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            if (index != null) {
                index.put(name, size);
            } else if (size == LINEAR) {
                index = new java.util.HashMap<>();
                for (int i = 0; i < size; i++) index.put(names[i], i);
                index.put(name, size);
            }
            names[size] = name;
            values[size++] = value;
        }

        private static final int LINEAR = 16;

        /**
         * The field's value, or null when absent. A linear search: a dossier's objects have a dozen
         * fields at most; one with more (hostile input) switches to an index.
         */
        @Nullable
        Json get(String name) {
            if (index != null) {
                var i = index.get(name);
                return i == null ? null : values[i];
            }
            int hash = name.hashCode();
            for (int i = 0; i < size; i++) {
                var n = names[i];
                if (n == name || n.hashCode() == hash && n.equals(name)) return values[i];
            }
            return null;
        }

        int size() {
            return size;
        }

        String name(int i) {
            return names[i];
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    record Arr(List<Json> items) implements Json {
        int size() {
            return items.size();
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        Json get(int i) {
            return items.get(i);
        }

        @Override
        public String describe() {
            return "an array";
        }
    }

    record Str(String value) implements Json {
        @Override
        public String describe() {
            return "a string \"" + DossierReader.abbreviate(value) + "\"";
        }
    }

    /** A number as written; {@code integral} when it has neither fraction nor exponent. */
    record Num(String text, boolean integral) implements Json {
        BigDecimal decimal() {
            return new BigDecimal(text);
        }

        /** The value as an int, or null when it is not a whole number within int's range. */
        @Nullable
        Integer intValue() {
            if (!integral || text.length() > 11) return null;
            long value = Long.parseLong(text);
            return value == (int) value ? (int) value : null;
        }

        @Override
        public String describe() {
            return "a number " + DossierReader.abbreviate(text);
        }
    }

    enum Bool implements Json {
        TRUE,
        FALSE;

        boolean value() {
            return this == TRUE;
        }

        @Override
        public String describe() {
            return this == TRUE ? "true" : "false";
        }
    }

    enum Null implements Json {
        NULL;

        @Override
        public String describe() {
            return "null";
        }
    }
}
