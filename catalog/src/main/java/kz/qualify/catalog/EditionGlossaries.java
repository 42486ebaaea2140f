package kz.qualify.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.qualify.law.Activity;
import kz.qualify.law.Edition;
import kz.qualify.law.Term;
import kz.qualify.rules.Rule;
import kz.qualify.wording.Glossaries;
import kz.qualify.wording.Glossary;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;

/**
 * An edition's glossaries, read from one file per language beside its rules file
 * ({@code decree-967-2012.glossary_kk.properties}): {@code activity.<item>}, {@code term.<code>},
 * {@code title.<requirement id>}, {@code interpretation.<requirement id>} and {@code
 * need.<requirement id>/<n>}.
 *
 * <p>Every activity, code, requirement and need of the edition must be named in every language, and
 * a reading given in one language must be given in all: a reader in Kazakh must never meet a gap the
 * Russian reader does not. A key naming nothing of the edition is refused too, since it is a typo or
 * a leftover of a requirement that moved.
 */
final class EditionGlossaries {

    /** The act is officially published in Russian here; its Kazakh text is not among the sources. */
    static final String LAW = "ru";

    private static final String ACTIVITY = "activity.";
    private static final String TERM = "term.";
    private static final String TITLE = "title.";
    private static final String INTERPRETATION = "interpretation.";
    private static final String NEED = "need.";

    private EditionGlossaries() {}

    /** A need's id: the requirement's id and the need's place among the rule's needs, from 1 ("1.1/2"). */
    static String needId(String requirementId, int index) {
        return requirementId + "/" + (index + 1);
    }

    /** The glossary's file for a language, named after the rules file ({@code x.rules.yaml} → {@code x.glossary_kk.properties}). */
    static String file(String rulesFile, String language) {
        var base = rulesFile.endsWith(".rules.yaml")
                ? rulesFile.substring(0, rulesFile.length() - ".rules.yaml".length())
                : rulesFile;
        return base + ".glossary_" + language + ".properties";
    }

    /**
     * Reads the glossary of every language ({@link ProcedureWords#LANGUAGES}) from {@code
     * textByLanguage}, refusing with every problem at once, each naming the file, the line where
     * there is one, and the key.
     */
    static Glossaries read(String rulesFile, Edition edition, Map<String, String> textByLanguage) {
        var names = new Names(edition);
        var problems = new ArrayList<String>();
        var entriesByLanguage = new HashMap<String, Map<String, String>>();
        for (var language : ProcedureWords.LANGUAGES) {
            var file = file(rulesFile, language);
            var text = textByLanguage.get(language);
            if (text == null) {
                problems.add(file + ": missing — every language needs the edition's glossary");
                continue;
            }
            entriesByLanguage.put(language, WordsFile.read(file, text, names::unknown, problems));
        }
        var interpretations = new TreeSet<String>();
        entriesByLanguage
                .values()
                .forEach(entries -> entries.keySet().stream()
                        .filter(k -> k.startsWith(INTERPRETATION))
                        .forEach(interpretations::add));
        for (var language : ProcedureWords.LANGUAGES) {
            var entries = entriesByLanguage.get(language);
            if (entries == null) continue;
            var file = file(rulesFile, language);
            for (var key : names.required) if (!entries.containsKey(key)) problems.add(file + ": no words for " + key);
            for (var key : interpretations)
                if (!entries.containsKey(key))
                    problems.add(file + ": no words for " + key + ", which another language gives");
        }
        if (!problems.isEmpty()) throw new CatalogException(problems);
        var byLanguage = new HashMap<Language, Glossary>();
        entriesByLanguage.forEach((language, entries) -> byLanguage.put(Language.of(language), glossary(entries)));
        return new Glossaries(Language.of(LAW), byLanguage);
    }

    private static Glossary glossary(Map<String, String> entries) {
        var activities = new HashMap<Integer, String>();
        var vocabulary = new HashMap<String, String>();
        var titles = new HashMap<String, String>();
        var interpretations = new HashMap<String, String>();
        var needs = new HashMap<String, String>();
        entries.forEach((key, words) -> {
            if (key.startsWith(ACTIVITY)) activities.put(Integer.parseInt(key.substring(ACTIVITY.length())), words);
            else if (key.startsWith(TERM)) vocabulary.put(key.substring(TERM.length()), words);
            else if (key.startsWith(TITLE)) titles.put(key.substring(TITLE.length()), words);
            else if (key.startsWith(INTERPRETATION)) interpretations.put(key.substring(INTERPRETATION.length()), words);
            else needs.put(key.substring(NEED.length()), words);
        });
        return new Glossary(activities, vocabulary, titles, interpretations, needs);
    }

    /** What the edition has that a glossary names, and the keys each language must have. */
    private static final class Names {

        private final String edition;
        private final Set<String> activities = new LinkedHashSet<>();
        private final Set<String> codes = new LinkedHashSet<>();
        private final Set<String> requirements = new LinkedHashSet<>();
        private final Set<String> needs = new LinkedHashSet<>();
        private final Set<String> required = new LinkedHashSet<>();

        Names(Edition edition) {
            this.edition = edition.id();
            for (var a : edition.activities()) {
                activities.add(Integer.toString(a.item()));
                for (Activity.SubActivity s : a.subActivities()) codes.add(s.code());
                for (Term t : a.works()) codes.add(t.code());
                for (Term t : a.equipmentKinds()) codes.add(t.code());
            }
            codes.addAll(new TreeSet<>(edition.vocabulary().keySet()));
            for (var r : edition.requirements()) {
                requirements.add(r.id());
                if (r.rule() instanceof Rule.ProvisionRule p)
                    for (int i = 0; i < p.needs().size(); i++) needs.add(needId(r.id(), i));
            }
            activities.forEach(a -> required.add(ACTIVITY + a));
            codes.forEach(c -> required.add(TERM + c));
            requirements.forEach(r -> required.add(TITLE + r));
            needs.forEach(n -> required.add(NEED + n));
        }

        /** Why {@code key} names nothing of the edition, or null where it names something. */
        @Nullable
        String unknown(String key) {
            if (key.startsWith(ACTIVITY))
                return activities.contains(key.substring(ACTIVITY.length()))
                        ? null
                        : "the annex of " + edition + " has no such item";
            if (key.startsWith(TERM))
                return codes.contains(key.substring(TERM.length())) ? null : edition + " has no such code";
            if (key.startsWith(TITLE))
                return requirements.contains(key.substring(TITLE.length()))
                        ? null
                        : edition + " has no requirement with this id";
            if (key.startsWith(INTERPRETATION))
                return requirements.contains(key.substring(INTERPRETATION.length()))
                        ? null
                        : edition + " has no requirement with this id";
            if (key.startsWith(NEED))
                return needs.contains(key.substring(NEED.length()))
                        ? null
                        : edition + " has no such need (<requirement id>/<n>, n counted from 1)";
            return "not a glossary key (activity., term., title., interpretation. or need.)";
        }
    }
}
