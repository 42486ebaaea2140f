package kz.qualify.wording;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The sentences of some layers in every language: one bundle per language per layer, a UTF-8
 * {@code .properties} file of ICU MessageFormat patterns named by the layer and the language
 * ({@code kz/qualify/formats/problems_kk.properties}).
 *
 * <p>Loading checks what a reader would otherwise meet at run time: every language has every
 * layer's bundle, every key of the reference language is in every other with the same argument
 * names and no key is only in one, each pattern parses, a plural names every form its language has
 * (Russian one, few, many; Kazakh and English one), no key is in two layers, no key twice in a file.
 * The sentences are parsed once here and shared by every thread.
 */
public final class Phrasebook {

    /** Number and date formats, list separators and the names of the core's enumerations. */
    public static final String COMMON = "kz/qualify/wording/common";

    /** The words of the rules core's findings, verdicts and checklist. */
    public static final String FINDINGS = "kz/qualify/wording/findings";

    /** Keys of the common bundle that set how a language writes (checked by {@link #settings}, not by their arguments). */
    private static final String SETTINGS = "format.";

    private final Languages languages;
    private final Map<Language, Map<String, Sentence>> sentences;
    private final Map<Language, PluralRules> plurals;

    private Phrasebook(
            Languages languages, Map<Language, Map<String, Sentence>> sentences, Map<Language, PluralRules> plurals) {
        this.languages = languages;
        this.sentences = sentences;
        this.plurals = plurals;
    }

    /** The common bundle and these layers, in the languages on the class path. */
    public static Phrasebook load(String... layers) {
        return load(Languages.standard(), List.of(layers));
    }

    /**
     * The common bundle and these layers in every one of {@code languages}.
     *
     * @throws WordingException naming every problem found
     */
    public static Phrasebook load(Languages languages, List<String> layers) {
        var all = new ArrayList<String>();
        all.add(COMMON);
        for (var l : layers) if (!all.contains(l)) all.add(l);
        var problems = new ArrayList<String>();
        var sentences = new LinkedHashMap<Language, Map<String, Sentence>>();
        for (var language : languages.all()) sentences.put(language, new HashMap<>());
        var owner = new HashMap<String, String>();
        for (var layer : all) {
            var loaded = layer(languages, layer, problems);
            for (var e : loaded.entrySet()) {
                for (var key : e.getValue().keySet()) {
                    var before = owner.putIfAbsent(key, layer);
                    if (before != null && !before.equals(layer)) {
                        problems.add(layer + ": key " + key + " is also in " + before);
                    }
                }
                sentences.get(e.getKey()).putAll(e.getValue());
            }
        }
        var plurals = new LinkedHashMap<Language, PluralRules>();
        for (var language : languages.all()) {
            plurals.put(language, pluralRules(language));
            settings(language, sentences.get(language), problems);
        }
        if (!problems.isEmpty()) throw new WordingException(problems);
        var frozen = new LinkedHashMap<Language, Map<String, Sentence>>();
        sentences.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new Phrasebook(languages, Map.copyOf(frozen), Map.copyOf(plurals));
    }

    /** What is wrong with one layer's bundles, across {@code languages}; empty when they agree. */
    public static List<String> problems(Languages languages, String layer) {
        var problems = new ArrayList<String>();
        layer(languages, layer, problems);
        return problems;
    }

    private static Map<Language, Map<String, Sentence>> layer(
            Languages languages, String layer, List<String> problems) {
        var out = new LinkedHashMap<Language, Map<String, Sentence>>();
        var reference = languages.reference();
        Map<String, Set<String>> referenceArguments = null;
        // the reference first, so the others are compared with it
        var order = new ArrayList<Language>();
        order.add(reference);
        languages.all().stream().filter(l -> !l.equals(reference)).forEach(order::add);
        for (var language : order) {
            var file = layer + language.fileSuffix() + ".properties";
            var patterns = read(file, problems);
            if (patterns == null) {
                problems.add(file + ": missing (each layer has a bundle in every language: " + languages + ")");
                continue;
            }
            var rules = pluralRules(language);
            var compiled = new HashMap<String, Sentence>();
            var arguments = new TreeMap<String, Set<String>>();
            for (var e : patterns.entrySet()) {
                try {
                    var s = Sentence.compile(e.getValue());
                    compiled.put(e.getKey(), s);
                    arguments.put(e.getKey(), s.arguments());
                    for (var forms : s.pluralKeywords()) checkForms(file, e.getKey(), forms, rules, problems);
                } catch (IllegalArgumentException ex) {
                    problems.add(file + ": " + e.getKey() + ": not a valid message: " + ex.getMessage());
                }
            }
            out.put(language, compiled);
            if (referenceArguments == null) {
                referenceArguments = arguments;
                continue;
            }
            var referenceFile = layer + reference.fileSuffix() + ".properties";
            for (var e : referenceArguments.entrySet()) {
                var mine = arguments.get(e.getKey());
                if (!patterns.containsKey(e.getKey())) {
                    problems.add(file + ": key " + e.getKey() + " is missing (it is in " + referenceFile + ")");
                } else if (mine != null
                        && !mine.equals(e.getValue())
                        && !e.getKey().startsWith(SETTINGS)) {
                    problems.add(file + ": key " + e.getKey() + " uses " + braces(mine) + " but " + referenceFile
                            + " uses " + braces(e.getValue()));
                }
            }
            for (var key : new TreeSet<>(patterns.keySet())) {
                if (!referenceArguments.containsKey(key) && compiled.containsKey(key)) {
                    problems.add(file + ": key " + key + " is not in " + referenceFile);
                }
            }
        }
        return out;
    }

    private static String braces(Set<String> names) {
        return names.isEmpty() ? "no arguments" : "{" + String.join("}, {", names) + "}";
    }

    /** A plural must name every form of its language, and no other (an explicit {@code =n} aside). */
    private static void checkForms(
            String file, String key, Set<String> forms, PluralRules rules, List<String> problems) {
        var expected = new TreeSet<>(rules.getKeywords());
        var given = new TreeSet<>(forms);
        if (!given.equals(expected)) {
            var missing = new TreeSet<>(expected);
            missing.removeAll(given);
            var extra = new TreeSet<>(given);
            extra.removeAll(expected);
            problems.add(file + ": " + key + ": a plural must give the forms " + expected
                    + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (extra.isEmpty() ? "" : "; not forms of this language " + extra));
        }
    }

    static PluralRules pluralRules(Language language) {
        return PluralRules.forLocale(ULocale.forLanguageTag(language.tag()));
    }

    /** The common bundle's settings must be usable: checked at load, so rendering never meets a bad one. */
    private static void settings(Language language, Map<String, Sentence> sentences, List<String> problems) {
        var file = COMMON + language.fileSuffix() + ".properties";
        var sign = constant(sentences, Words.DECIMAL_SIGN);
        if (sign == null || sign.length() != 1)
            problems.add(file + ": " + Words.DECIMAL_SIGN + " must be one character");
        var date = constant(sentences, Words.DATE);
        try {
            if (date == null) throw new IllegalArgumentException("missing");
            DateTimeFormatter.ofPattern(date);
        } catch (IllegalArgumentException e) {
            problems.add(file + ": " + Words.DATE + " must be a date pattern (yyyy-MM-dd): " + e.getMessage());
        }
        var clause = constant(sentences, Words.CLAUSE);
        if (!"id".equals(clause) && !"citation".equals(clause)) {
            problems.add(file + ": " + Words.CLAUSE + " must be id (3.2.a16) or citation (п. 3 пп. 2) абз. 16)");
        }
        var term = sentences.get(Words.TERM);
        if (term == null || !Set.of("name", "law").containsAll(term.arguments())) {
            problems.add(file + ": " + Words.TERM + " must be a sentence of {name} and {law}");
        }
    }

    private static @Nullable String constant(Map<String, Sentence> sentences, String key) {
        var s = sentences.get(key);
        return s == null ? null : s.constant();
    }

    /** A properties file as UTF-8, refusing a key given twice; null when there is no such resource. */
    private static @Nullable Map<String, String> read(String resource, List<String> problems) {
        var in = Phrasebook.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) return null;
        var map = new LinkedHashMap<String, String>();
        var properties = new Properties() {
            @Override
            public synchronized @Nullable Object put(Object key, Object value) {
                if (map.put((String) key, (String) value) != null) {
                    problems.add(resource + ": key " + key + " is given twice");
                }
                return super.put(key, value);
            }
        };
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
        return map;
    }

    public Languages languages() {
        return languages;
    }

    /** Whether a key is said in the bundles (in every language, by construction). */
    public boolean has(String key) {
        return sentences.get(languages.reference()).containsKey(key);
    }

    /** Every key. */
    public Set<String> keys() {
        return new TreeSet<>(sentences.get(languages.reference()).keySet());
    }

    Map<String, Sentence> sentences(Language language) {
        var s = sentences.get(language);
        if (s == null) throw new IllegalArgumentException("not a language of these bundles: " + language);
        return s;
    }

    PluralRules plurals(Language language) {
        return plurals.get(language);
    }
}
