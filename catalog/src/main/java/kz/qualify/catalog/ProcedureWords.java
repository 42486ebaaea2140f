package kz.qualify.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statutory clock's words in Kazakh, Russian and English: the name of every term, consequence
 * and holiday, by message key ({@code procedure.term.<id>}, {@code procedure.consequence.<id>},
 * {@code procedure.holiday.<id>}). The bundles are ordinary UTF-8 {@code .properties} files, one
 * entry per line, so they can join the product's message bundles as they are.
 */
public final class ProcedureWords {

    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private final Map<String, Map<String, String>> byLanguage;

    private ProcedureWords(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /** The bundle's file name for a language: {@code procedure_kk.properties}. */
    static String file(String language) {
        return "procedure_" + language + ".properties";
    }

    /**
     * Reads one bundle per language and checks each holds exactly {@code keys}: a key missing, unknown
     * or empty is a problem naming the file and, where there is one, its line.
     */
    static ProcedureWords read(Map<String, String> textByLanguage, Set<String> keys) {
        var problems = new ArrayList<String>();
        var byLanguage = new HashMap<String, Map<String, String>>();
        for (var language : LANGUAGES) {
            var file = file(language);
            var text = textByLanguage.get(language);
            if (text == null) {
                problems.add(file + ": missing — every language needs its bundle");
                continue;
            }
            var entries = WordsFile.read(
                    file,
                    text,
                    key -> keys.contains(key) ? null : "no term, consequence or holiday has this key",
                    problems);
            for (var key : new TreeSet<>(keys)) {
                if (!entries.containsKey(key)) problems.add(file + ": no words for " + key);
            }
            byLanguage.put(language, entries);
        }
        if (!problems.isEmpty()) throw new CatalogException(problems);
        return new ProcedureWords(byLanguage);
    }

    /** The words for {@code key} in {@code language} (kk, ru or en). */
    public String text(String language, String key) {
        var bundle = byLanguage.get(language);
        if (bundle == null) throw new IllegalArgumentException("no words in language '" + language + "'");
        var words = bundle.get(key);
        if (words == null) throw new IllegalArgumentException("no words for " + key);
        return words;
    }

    /** Every key, the same in each language. */
    public Set<String> keys() {
        return byLanguage.get("en").keySet();
    }
}
