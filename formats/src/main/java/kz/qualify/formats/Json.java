package kz.qualify.formats;

import java.math.BigDecimal;
import java.util.List;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
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

    /**
     * What the value is, for a message saying what was given instead ("a string \"x\"", "a number
     * 3", "an array"); each language words it in the case its sentence needs.
     */
    Message describe();

    Message OBJECT = Message.of("problem.json.object");
    Message ARRAY = Message.of("problem.json.array");
    Message TRUE_VALUE = Message.of("problem.json.true");
    Message FALSE_VALUE = Message.of("problem.json.false");
    Message NULL_VALUE = Message.of("problem.json.null");

    /** An object: its fields in the order written. */
    final class Obj implements Json {
        private static final int LINEAR = 16;

        private final String[] names;
        private final Json[] values;
        private final java.util.@Nullable HashMap<String, Integer> index;
        /**
         * Where the next {@link #get} starts to look: a hint only, which changes no answer. Always a
         * valid index of this object's names, so even two threads racing on it (the reader does not
         * share a tree) could only cost each other a longer search.
         */
        private int next;

        /** The bits ({@link Utf8Json#bits}) of the names, when every one is a name of the dossier format; else 0. */
        private final long knownBits;

        /**
         * Takes the arrays (no copy): the names, distinct, and their values, in the order written;
         * and the bits of the names when the parser recognised every one as a name of the dossier
         * format (0 when it did not, or could not tell).
         */
        Obj(String[] names, Json[] values, long knownBits) {
            if (names.length != values.length) throw new IllegalArgumentException("a value for every name");
            if (knownBits != 0 && Long.bitCount(knownBits) != names.length) {
                throw new IllegalArgumentException("a bit for every name, or none");
            }
            this.names = names;
            this.values = values;
            this.knownBits = knownBits;
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
            // From where the last lookup found its field: the reader asks for the fields mostly in
            // the order a dossier writes them, so most lookups succeed at the first name tried.
            int hash = name.hashCode();
            int length = names.length;
            int start = next;
            for (int k = 0, i = start; k < length; k++, i = i + 1 == length ? 0 : i + 1) {
                var n = names[i];
                if (n == name || n.hashCode() == hash && n.equals(name)) {
                    next = i + 1 == length ? 0 : i + 1;
                    return values[i];
                }
            }
            return null;
        }

        int size() {
            return names.length;
        }

        /**
         * Whether every name is among those of {@code allowed}, the {@link Utf8Json#bits} of a set
         * of names, by one mask; false when that cannot be told so (the caller then looks at each).
         */
        boolean onlyNamesIn(long allowed) {
            return knownBits != 0 && (knownBits & ~allowed) == 0;
        }

        String name(int i) {
            return names[i];
        }

        Json value(int i) {
            return values[i];
        }

        @Override
        public Message describe() {
            return OBJECT;
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
        public Message describe() {
            return ARRAY;
        }
    }

    record Str(String value) implements Json {
        @Override
        public Message describe() {
            return Message.of("problem.json.string", Arg.text("text", DossierReader.abbreviate(value)));
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
        public Message describe() {
            return Message.of("problem.json.number", Arg.text("text", DossierReader.abbreviate(text)));
        }
    }

    enum Bool implements Json {
        TRUE,
        FALSE;

        boolean value() {
            return this == TRUE;
        }

        @Override
        public Message describe() {
            return this == TRUE ? TRUE_VALUE : FALSE_VALUE;
        }
    }

    enum Null implements Json {
        NULL;

        @Override
        public Message describe() {
            return NULL_VALUE;
        }
    }
}
