package kz.qualify.wording;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.qualify.message.Arg;
import org.jspecify.annotations.Nullable;

/**
 * One ICU MessageFormat pattern, parsed once by ICU's {@link MessagePattern} and kept as an
 * immutable tree of literal text, named placeholders, {@code plural} and {@code select}.
 *
 * <p>Why not {@code com.ibm.icu.text.MessageFormat} itself: an instance is not thread-safe (its
 * number formats keep state), so a shared cache would need a lock or a copy per call on the batch's
 * hot path, and it formats numbers by the locale ("10,000" in English, "10 000" in Russian) where the
 * reports have always written counts as plain digits and amounts as {@link kz.qualify.law.Money}
 * formats them. The tree is read-only, so every thread renders from the same one; the plural
 * category of a count comes from ICU's {@link com.ibm.icu.text.PluralRules} for the language, and the
 * syntax is ICU's, checked by ICU's parser. Patterns may use {@code {name}}, {@code {name, plural, …}}
 * (with {@code =n} cases and {@code #}) and {@code {name, select, …}}; a typed argument
 * ({@code {n, number}}, {@code {d, date}}), {@code choice}, {@code selectordinal} and plural offsets
 * are refused at load: an argument's type decides how it is written.
 */
final class Sentence {

    /** A piece of a sentence. */
    private sealed interface Piece {}

    private record Literal(String text) implements Piece {}

    private record Slot(String name) implements Piece {}

    /** {@code #} inside a plural: the number it chose by. */
    private record Number() implements Piece {}

    private record Plural(String name, long[] exact, Sentence[] exactCases, Map<String, Sentence> cases)
            implements Piece {}

    private record Select(String name, Map<String, Sentence> cases) implements Piece {}

    private static final Number NUMBER = new Number();

    private final Piece[] pieces;

    private Sentence(List<Piece> pieces) {
        this.pieces = pieces.toArray(Piece[]::new);
    }

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException when ICU cannot parse it or it uses what is refused here
     */
    static Sentence compile(String pattern) {
        var mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        mp.parse(pattern);
        return message(mp, 0);
    }

    private static Sentence message(MessagePattern mp, int start) {
        var pieces = new ArrayList<Piece>();
        var text = mp.getPatternString();
        var literal = new StringBuilder();
        int prev = mp.getPart(start).getLimit();
        for (int i = start + 1; ; i++) {
            var part = mp.getPart(i);
            var type = part.getType();
            literal.append(text, prev, part.getIndex());
            if (type == Part.Type.MSG_LIMIT) break;
            prev = part.getLimit();
            switch (type) {
                case REPLACE_NUMBER -> {
                    flush(literal, pieces);
                    pieces.add(NUMBER);
                }
                case ARG_START -> {
                    flush(literal, pieces);
                    int limit = mp.getLimitPartIndex(i);
                    var namePart = mp.getPart(i + 1);
                    if (namePart.getType() != Part.Type.ARG_NAME) {
                        throw new IllegalArgumentException(
                                "numbered argument {" + mp.getSubstring(namePart) + "}: every argument has a name");
                    }
                    var name = mp.getSubstring(namePart);
                    var argType = part.getArgType();
                    pieces.add(
                            switch (argType) {
                                case NONE -> new Slot(name);
                                case PLURAL -> plural(mp, i + 2, limit, name);
                                case SELECT -> new Select(name, cases(mp, i + 2, limit, name, null));
                                default ->
                                    throw new IllegalArgumentException("{" + name + ", " + argType(argType)
                                            + "} is not supported: an argument is written by its type"
                                            + " (use {" + name + "}, plural or select)");
                            });
                    prev = mp.getPart(limit).getLimit();
                    i = limit;
                }
                // SKIP_SYNTAX: an apostrophe of the quoting syntax; INSERT_CHAR: where ICU would add
                // one to quote the pattern for another apostrophe mode, nothing to write
                default -> {}
            }
        }
        flush(literal, pieces);
        return new Sentence(pieces);
    }

    private static String argType(ArgType t) {
        return switch (t) {
            case SIMPLE -> "number/date/…";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static void flush(StringBuilder literal, List<Piece> pieces) {
        if (!literal.isEmpty()) {
            pieces.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private static Plural plural(MessagePattern mp, int i, int limit, String name) {
        if (mp.getPart(i).getType().hasNumericValue()) {
            throw new IllegalArgumentException("{" + name + ", plural, offset:…} is not supported");
        }
        var exact = new HashMap<Long, Sentence>();
        var cases = cases(mp, i, limit, name, exact);
        long[] numbers = new long[exact.size()];
        var sentences = new Sentence[exact.size()];
        int k = 0;
        for (var e : exact.entrySet()) {
            numbers[k] = e.getKey();
            sentences[k++] = e.getValue();
        }
        return new Plural(name, numbers, sentences, cases);
    }

    /** The cases of a plural or select, keyword → sentence; a plural's {@code =n} cases go to {@code exact}. */
    private static Map<String, Sentence> cases(
            MessagePattern mp, int i, int limit, String name, @Nullable Map<Long, Sentence> exact) {
        var cases = new HashMap<String, Sentence>();
        while (i < limit) {
            var selector = mp.getSubstring(mp.getPart(i++));
            Long number = null;
            if (mp.getPart(i).getType().hasNumericValue()) {
                double v = mp.getNumericValue(mp.getPart(i++));
                if (v != Math.rint(v))
                    throw new IllegalArgumentException("{" + name + "}: =" + v + " is not a whole number");
                number = (long) v;
            }
            var sentence = message(mp, i);
            i = mp.getLimitPartIndex(i) + 1;
            if (number != null && exact != null) exact.put(number, sentence);
            else cases.put(selector, sentence);
        }
        return Map.copyOf(cases);
    }

    /** The names of the arguments the sentence uses, in any of its cases. */
    Set<String> arguments() {
        var names = new TreeSet<String>();
        collect(names);
        return names;
    }

    private void collect(Set<String> names) {
        for (var p : pieces) {
            switch (p) {
                case Slot s -> names.add(s.name());
                case Plural pl -> {
                    names.add(pl.name());
                    pl.cases().values().forEach(c -> c.collect(names));
                    for (var c : pl.exactCases()) c.collect(names);
                }
                case Select s -> {
                    names.add(s.name());
                    s.cases().values().forEach(c -> c.collect(names));
                }
                case Literal l -> {}
                case Number n -> {}
            }
        }
    }

    /** The plural keywords the sentence's plurals use ("one", "few", …), each plural's set separately. */
    List<Set<String>> pluralKeywords() {
        var out = new ArrayList<Set<String>>();
        pluralKeywords(out);
        return out;
    }

    private void pluralKeywords(List<Set<String>> out) {
        for (var p : pieces) {
            switch (p) {
                case Plural pl -> {
                    out.add(pl.cases().keySet());
                    pl.cases().values().forEach(c -> c.pluralKeywords(out));
                    for (var c : pl.exactCases()) c.pluralKeywords(out);
                }
                case Select s -> s.cases().values().forEach(c -> c.pluralKeywords(out));
                default -> {}
            }
        }
    }

    /** The text of a sentence without arguments (a separator, a label), or null when it has some. */
    @Nullable
    String constant() {
        if (pieces.length == 0) return "";
        return pieces.length == 1 && pieces[0] instanceof Literal l ? l.text() : null;
    }

    /** Writes the sentence with the arguments given, in the words of {@code words}. */
    void render(Words words, List<Arg> args, StringBuilder out, @Nullable Arg number) {
        for (var p : pieces) {
            switch (p) {
                case Literal l -> out.append(l.text());
                case Slot s -> words.write(find(args, s.name()), out);
                case Number n -> {
                    if (number == null) throw new IllegalArgumentException("# outside a plural");
                    words.write(number, out);
                }
                case Plural pl -> {
                    var arg = find(args, pl.name());
                    pick(pl, arg, words).render(words, args, out, arg);
                }
                case Select s -> {
                    var value = words.selector(find(args, s.name()));
                    var chosen = s.cases().get(value);
                    (chosen == null ? s.cases().get("other") : chosen).render(words, args, out, number);
                }
            }
        }
    }

    private static Sentence pick(Plural pl, Arg arg, Words words) {
        if (arg instanceof Arg.Count c) {
            for (int i = 0; i < pl.exact().length; i++) if (pl.exact()[i] == c.value()) return pl.exactCases()[i];
        }
        var chosen = pl.cases().get(words.pluralCategory(arg));
        return chosen == null ? pl.cases().get("other") : chosen;
    }

    private static Arg find(List<Arg> args, String name) {
        for (int i = 0, n = args.size(); i < n; i++) {
            var a = args.get(i);
            if (a.name().equals(name)) return a;
        }
        throw new IllegalArgumentException("no argument {" + name + "} given");
    }
}
