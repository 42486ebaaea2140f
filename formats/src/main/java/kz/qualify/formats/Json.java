package kz.qualify.formats;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The small read-only JSON tree the dossier reader walks, built in one pass from the bytes by
 * {@link Utf8Json}.
 *
 * <p>Why not Jackson's own {@code JsonNode}: a batch of 100 000 dossiers spends most of its time
 * building trees, and {@code ObjectNode} keeps a {@code LinkedHashMap} (a table and an entry per
 * field) for objects of five to eight fields that are read once. Here an object is two parallel
 * arrays searched linearly — the names of the dossier format are the reader's own literals, so a
 * lookup is mostly an identity check, else a comparison of cached hashes — and a number keeps its
 * text, becoming a {@code BigDecimal} only when a decimal field asks for one (exact, as the money
 * and pressure rules need).
 */
sealed interface Json {

    /** What the value is, for messages: "a string \"x\"", "a number 3", "an array". */
    String describe();

    /** An object: its fields in the order written. */
    final class Obj implements Json {
        private static final int LINEAR = 16;

        private final String[] names;
        private final Json[] values;
        private final java.util.@Nullable HashMap<String, Integer> index;

        /** Takes the arrays (no copy): the names, distinct, and their values, in the order written. */
        Obj(String[] names, Json[] values) {
            if (names.length != values.length) throw new IllegalArgumentException("a value for every name");
            this.names = names;
            this.values = values;
            if (names.length > LINEAR) {
                index = java.util.HashMap.newHashMap(names.length);
                for (int i = 0; i < names.length; i++) index.put(names[i], i);
            } else {
                index = null;
            }
        }

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
            for (int i = 0; i < names.length; i++) {
                var n = names[i];
                if (n == name || n.hashCode() == hash && n.equals(name)) return values[i];
            }
            return null;
        }

        int size() {
            return names.length;
        }

        String name(int i) {
            return names[i];
        }

        Json value(int i) {
            return values[i];
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
