package kz.qualify.catalog;

import java.util.HashMap;
import java.util.Map;
import kz.qualify.law.Activity;
import kz.qualify.law.Edition;
import kz.qualify.law.Term;
import kz.qualify.rules.Rule;
import kz.qualify.wording.Glossaries;
import kz.qualify.wording.Glossary;
import kz.qualify.wording.Language;

/**
 * An edition's glossaries read from the names its rules file gives in English and Russian.
 *
 * <p>Interim: the Kazakh glossary is the Russian one until the per-language glossary files beside the
 * rules file carry Kazakh names; the need of a provision rule is named by the law's own words (its
 * label) in every language, as the findings have always quoted it.
 */
final class EditionGlossaries {

    private EditionGlossaries() {}

    static Glossaries of(Edition edition) {
        var en = glossary(edition, false);
        var ru = glossary(edition, true);
        var russian = Language.of("ru");
        return new Glossaries(russian, Map.of(Language.of("en"), en, russian, ru, Language.of("kk"), ru));
    }

    /** A need's id: the requirement's id and the need's place among the rule's needs, from 1 ("1.1/2"). */
    static String needId(String requirementId, int index) {
        return requirementId + "/" + (index + 1);
    }

    private static Glossary glossary(Edition edition, boolean russian) {
        var activities = new HashMap<Integer, String>();
        var vocabulary = new HashMap<String, String>();
        for (var a : edition.activities()) {
            activities.put(a.item(), russian ? a.ru() : a.en());
            for (Activity.SubActivity s : a.subActivities()) vocabulary.put(s.code(), russian ? s.ru() : s.en());
            for (Term t : a.works()) vocabulary.put(t.code(), russian ? t.ru() : t.en());
            for (Term t : a.equipmentKinds()) vocabulary.put(t.code(), russian ? t.ru() : t.en());
        }
        for (var t : edition.vocabulary().values()) vocabulary.put(t.code(), russian ? t.ru() : t.en());
        var titles = new HashMap<String, String>();
        var interpretations = new HashMap<String, String>();
        var needs = new HashMap<String, String>();
        for (var r : edition.requirements()) {
            titles.put(r.id(), russian ? r.titleRu() : r.title());
            var reading = russian ? r.interpretationRu() : r.interpretation();
            if (reading != null && !reading.isEmpty()) interpretations.put(r.id(), reading);
            if (r.rule() instanceof Rule.ProvisionRule p) {
                for (int i = 0; i < p.needs().size(); i++)
                    needs.put(needId(r.id(), i), p.needs().get(i).label());
            }
        }
        return new Glossary(activities, vocabulary, titles, interpretations, needs);
    }
}
