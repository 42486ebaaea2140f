package kz.qualify.wording;

import java.util.Map;

/**
 * An edition's own words in one language: what its activities, codes, requirements and needs are
 * called, and the reading of each requirement the law leaves room for. Kept by the catalog beside
 * the rules file, one file per language; the loader refuses one that lacks a key another has.
 *
 * @param activities the annex items' names, by item
 * @param vocabulary the names of the codes a dossier uses, by code
 * @param titles each requirement's short name, by requirement id
 * @param interpretations the reading chosen, by requirement id, for the requirements that have one
 * @param needs what each need of a provision rule is, by need id ("1.1/2")
 */
public record Glossary(
        Map<Integer, String> activities,
        Map<String, String> vocabulary,
        Map<String, String> titles,
        Map<String, String> interpretations,
        Map<String, String> needs) {

    public Glossary {
        activities = Map.copyOf(activities);
        vocabulary = Map.copyOf(vocabulary);
        titles = Map.copyOf(titles);
        interpretations = Map.copyOf(interpretations);
        needs = Map.copyOf(needs);
    }
}
