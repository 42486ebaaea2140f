package kz.qualify.wording;

import java.util.Map;

/**
 * An edition's glossary in every language, and the language of the act's official text: the law's
 * own names for the codes come from that one ("the law's words"), whatever the reader's language.
 *
 * @param law the language the act is officially published in here (Russian: the decree's Kazakh
 *     text is not among the sources)
 * @param byLanguage the glossary of each language
 */
public record Glossaries(Language law, Map<Language, Glossary> byLanguage) {

    public Glossaries {
        byLanguage = Map.copyOf(byLanguage);
        if (!byLanguage.containsKey(law))
            throw new IllegalArgumentException("no glossary in the law's language " + law);
    }

    public Glossary in(Language language) {
        var g = byLanguage.get(language);
        if (g == null) throw new IllegalArgumentException("no glossary in " + language);
        return g;
    }
}
