package kz.qualify.wording;

import com.ibm.icu.text.PluralRules;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.jspecify.annotations.Nullable;

/**
 * Everything said in one language: messages rendered from the bundles, and an edition's requirements,
 * codes and needs named from its glossary. Immutable and shared by every thread.
 *
 * <p>How each argument is written comes from the common bundle, so a language is data: the decimal
 * sign ({@code format.decimalSign}), the date pattern ({@code format.date}), whether a clause is
 * written by its id or cited as the law cites it ({@code format.clause}), and how a code is shown
 * ({@code format.term}: its {@code {name}} in this language and the {@code {law}}'s own name).
 */
public final class Words {

    static final String DECIMAL_SIGN = "format.decimalSign";
    static final String DATE = "format.date";
    static final String CLAUSE = "format.clause";
    static final String TERM = "format.term";
    private static final String TITLE = "finding.title.";

    private final Language language;
    private final Map<String, Sentence> sentences;
    private final PluralRules plurals;
    private final char decimalSign;
    private final DateTimeFormatter dates;
    private final boolean citations;
    private final Sentence term;
    private final @Nullable Glossary glossary;
    private final @Nullable Glossary law;
    private final Map<Enum<?>, String> labels = new ConcurrentHashMap<>();

    Words(Phrasebook phrases, Language language, @Nullable Glossaries edition) {
        this.language = language;
        this.sentences = phrases.sentences(language);
        this.plurals = phrases.plurals(language);
        this.decimalSign = constant(DECIMAL_SIGN).charAt(0);
        this.dates = DateTimeFormatter.ofPattern(constant(DATE));
        this.citations = constant(CLAUSE).equals("citation");
        this.term = sentence(TERM);
        this.glossary = edition == null ? null : edition.in(language);
        this.law = edition == null ? null : edition.in(edition.law());
    }

    public Language language() {
        return language;
    }

    /** The message in this language. */
    public String render(Message message) {
        var out = new StringBuilder(64);
        write(message, out);
        return out.toString();
    }

    /** Each message in this language. */
    public List<String> render(List<Message> messages) {
        var out = new ArrayList<String>(messages.size());
        for (var m : messages) out.add(render(m));
        return out;
    }

    /** A sentence without arguments: a heading, a label. */
    public String say(String key) {
        return render(Message.of(key));
    }

    /** Whether the bundles say this key. */
    public boolean has(String key) {
        return sentences.containsKey(key);
    }

    /** A requirement's short name; a finding that is no requirement of the edition (the declarations) is named by the bundle. */
    public String title(String requirementId) {
        var t = glossary == null ? null : glossary.titles().get(requirementId);
        return t != null ? t : say(TITLE + requirementId);
    }

    /** The reading chosen for a requirement, or "" where the law leaves no room. */
    public String interpretation(String requirementId) {
        return glossary == null ? "" : glossary.interpretations().getOrDefault(requirementId, "");
    }

    /** A code's name in this language, or the code where the edition has no name for it. */
    public String term(String code) {
        var t = glossary == null ? null : glossary.vocabulary().get(code);
        return t == null ? code : t;
    }

    /** An activity's name in this language. */
    public String activity(int item) {
        var a = glossary == null ? null : glossary.activities().get(item);
        return a == null ? Integer.toString(item) : a;
    }

    /** What a need of a provision rule is. */
    public String need(String needId) {
        var n = glossary == null ? null : glossary.needs().get(needId);
        if (n == null) throw new IllegalArgumentException("no need " + needId + " in the glossary (" + language + ")");
        return n;
    }

    /**
     * A need the rules name by the law's own words (an issue's ref where nothing was claimed for
     * it), said in this language: the need of {@code requirementId} whose name in the law's language
     * is {@code lawWords}, or the words as they are where none is.
     */
    public String needByLawWords(String requirementId, String lawWords) {
        if (glossary == null || law == null) return lawWords;
        var prefix = requirementId + "/";
        for (var e : law.needs().entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getValue().equals(lawWords))
                return glossary.needs().getOrDefault(e.getKey(), lawWords);
        }
        return lawWords;
    }

    void write(Message message, StringBuilder out) {
        var s = sentences.get(message.key());
        if (s == null) throw new IllegalArgumentException("no sentence '" + message.key() + "' in the bundles");
        try {
            s.render(this, message.args(), out, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(message.key() + " (" + language + "): " + e.getMessage(), e);
        }
    }

    /** Writes one argument as this language writes its type. */
    void write(Arg arg, StringBuilder out) {
        switch (arg) {
            case Arg.Count c -> out.append(c.value());
            case Arg.Decimal d -> decimal(d.value().toPlainString(), out);
            case Arg.Amount m -> decimal(m.value().format(), out);
            case Arg.Day d -> dates.formatTo(d.value(), out);
            case Arg.Clause c ->
                out.append(citations ? c.value().citation() : c.value().id());
            case Arg.Code c -> code(c.code(), out);
            case Arg.Term t -> out.append(term(t.code()));
            case Arg.NeedLabel n -> out.append(need(n.need()));
            case Arg.Label l -> out.append(label(l.value()));
            case Arg.Choice c -> out.append(c.value());
            case Arg.Verbatim v -> out.append(v.text());
            case Arg.Nested n -> write(n.message(), out);
            case Arg.Items items -> {
                var list = items.items();
                if (list.isEmpty()) return;
                var separator = list.size() > 1 ? say(items.separator()) : "";
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(separator);
                    write(list.get(i), out);
                }
            }
        }
    }

    private void decimal(String plain, StringBuilder out) {
        out.append(decimalSign == '.' ? plain : plain.replace('.', decimalSign));
    }

    private void code(String code, StringBuilder out) {
        var name = glossary == null ? null : glossary.vocabulary().get(code);
        if (name == null) {
            out.append(code);
            return;
        }
        var lawName = law == null ? name : law.vocabulary().getOrDefault(code, name);
        term.render(this, List.of(Arg.text("name", name), Arg.text("law", lawName)), out, null);
    }

    /** An enumeration's constant in this language: the bundle's {@code <Enum>.<CONSTANT>}. */
    private String label(Enum<?> value) {
        var l = labels.get(value);
        if (l == null) {
            l = say(value.getDeclaringClass().getSimpleName() + "." + value.name());
            labels.put(value, l);
        }
        return l;
    }

    /** The value a {@code select} chooses by. */
    String selector(Arg arg) {
        return switch (arg) {
            case Arg.Label l -> l.value().name();
            case Arg.Choice c -> c.value();
            case Arg.Verbatim v -> v.text();
            case Arg.Count c -> Long.toString(c.value());
            case Arg.Code c -> c.code();
            case Arg.Term t -> t.code();
            // only to leave it unsaid ({x, select, other {}}): a language that lists the same values
            // in an order of its own shows the list given for it, and skips the other language's
            case Arg.Items i -> "";
            default -> throw new IllegalArgumentException("{" + arg.name() + "} cannot be selected on");
        };
    }

    /** The plural form a number takes in this language ("one", "few", "many", "other"). */
    String pluralCategory(Arg arg) {
        return switch (arg) {
            case Arg.Count c -> plurals.select(c.value());
            case Arg.Decimal d -> plurals.select(d.value().doubleValue());
            default -> throw new IllegalArgumentException("{" + arg.name() + "} is not a number to choose a plural by");
        };
    }

    private Sentence sentence(String key) {
        var s = sentences.get(key);
        if (s == null) throw new IllegalStateException("the common bundle has no " + key);
        return s;
    }

    private String constant(String key) {
        var c = sentence(key).constant();
        if (c == null) throw new IllegalStateException(key + " must be plain text");
        return c;
    }

    @Override
    public String toString() {
        return "Words[" + language + "]";
    }
}
