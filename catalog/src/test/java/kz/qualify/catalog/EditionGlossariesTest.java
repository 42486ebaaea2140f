package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import kz.qualify.law.Edition;
import kz.qualify.rules.Rule;
import kz.qualify.wording.Glossary;
import kz.qualify.wording.Language;
import org.junit.jupiter.api.Test;

/**
 * The edition's glossaries beside its rules file: complete in every language, naming only what the
 * edition has, and the Kazakh one in Kazakh.
 */
class EditionGlossariesTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Edition EDITION = CATALOG.editions().all().getFirst();
    private static final Map<String, String> FILES = Catalog.glossaryFiles(Catalog.RULES);
    private static final String KK = "decree-967-2012.glossary_kk.properties";
    private static final String RU = "decree-967-2012.glossary_ru.properties";

    private static Glossary glossary(String language) {
        return CATALOG.glossaries().get(EDITION.id()).in(Language.of(language));
    }

    /** The bundled files with {@code language}'s text changed by {@code change}. */
    private static Map<String, String> with(String language, java.util.function.UnaryOperator<String> change) {
        var files = new HashMap<>(FILES);
        files.put(language, change.apply(files.get(language)));
        return files;
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> refused(
            Map<String, String> files) {
        return assertThatThrownBy(() -> EditionGlossaries.read(Catalog.RULES, EDITION, files))
                .isInstanceOf(CatalogException.class);
    }

    private static int lineOf(String text, String fragment) {
        var at = text.indexOf(fragment);
        assertThat(at).as(fragment).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theFilesAreNamedAfterTheRulesFile() {
        assertThat(EditionGlossaries.file("decree-967-2012.rules.yaml", "kk")).isEqualTo(KK);
    }

    @Test
    void everyLanguageNamesEveryActivityCodeRequirementAndNeedOfTheEdition() {
        for (var language : java.util.List.of("en", "ru", "kk")) {
            var g = glossary(language);
            for (var a : EDITION.activities()) {
                assertThat(g.activities()).as(language).containsKey(a.item());
                for (var s : a.subActivities())
                    assertThat(g.vocabulary()).as(language).containsKey(s.code());
            }
            assertThat(g.vocabulary().keySet())
                    .as(language)
                    .isEqualTo(EDITION.vocabulary().keySet());
            int needs = 0;
            for (var r : EDITION.requirements()) {
                assertThat(g.titles().get(r.id()))
                        .as(language + " title." + r.id())
                        .isNotBlank();
                // a reading in every language exactly where the rules file gives one
                assertThat(g.interpretations().containsKey(r.id()))
                        .as(language + " interpretation." + r.id())
                        .isEqualTo(!r.interpretation().isEmpty());
                if (r.rule() instanceof Rule.ProvisionRule p) {
                    for (int i = 0; i < p.needs().size(); i++) {
                        var id = EditionGlossaries.needId(r.id(), i);
                        assertThat(g.needs().get(id))
                                .as(language + " need." + id)
                                .isNotBlank();
                        needs++;
                    }
                }
            }
            assertThat(g.needs()).as(language).hasSize(needs);
            assertThat(g.titles()).as(language).hasSize(EDITION.requirements().size());
            assertThat(g.activities()).as(language).hasSize(EDITION.activities().size());
        }
    }

    @Test
    void englishSaysWhatTheRulesFileSaysAndANeedIsNamedByTheLawsWords() {
        var en = glossary("en");
        var ru = glossary("ru");
        for (var r : EDITION.requirements()) {
            assertThat(en.titles()).containsEntry(r.id(), r.title());
            assertThat(en.interpretations().getOrDefault(r.id(), "")).isEqualTo(r.interpretation());
            if (r.rule() instanceof Rule.ProvisionRule p) {
                for (int i = 0; i < p.needs().size(); i++) {
                    var id = EditionGlossaries.needId(r.id(), i);
                    // a need is named by the law's own words in English too, as the findings quote it
                    assertThat(en.needs()).containsEntry(id, p.needs().get(i).label());
                    assertThat(ru.needs()).containsEntry(id, p.needs().get(i).label());
                }
            }
        }
    }

    @Test
    void kazakhNamesEverythingInCyrillicKazakhOfItsOwn() {
        var latin = Pattern.compile("[A-Za-z]");
        var kk = glossary("kk");
        var ru = glossary("ru");
        assertThat(kk.activities()).hasSameSizeAs(ru.activities());
        assertThat(kk.vocabulary()).hasSameSizeAs(ru.vocabulary());
        assertThat(kk.interpretations()).hasSameSizeAs(ru.interpretations());
        var all = new HashMap<String, String[]>();
        kk.activities()
                .forEach((k, v) -> all.put(
                        "activity." + k, new String[] {v, ru.activities().get(k)}));
        kk.vocabulary()
                .forEach((k, v) ->
                        all.put("term." + k, new String[] {v, ru.vocabulary().get(k)}));
        kk.titles()
                .forEach((k, v) ->
                        all.put("title." + k, new String[] {v, ru.titles().get(k)}));
        kk.interpretations()
                .forEach((k, v) -> all.put(
                        "interpretation." + k,
                        new String[] {v, ru.interpretations().get(k)}));
        kk.needs()
                .forEach((k, v) ->
                        all.put("need." + k, new String[] {v, ru.needs().get(k)}));
        assertThat(all).hasSizeGreaterThan(300);
        all.forEach((key, words) -> {
            assertThat(latin.matcher(words[0]).find())
                    .as("%s has Latin letters: %s", key, words[0])
                    .isFalse();
            assertThat(words[0]).as("%s is still the Russian words", key).isNotEqualTo(words[1]);
        });
        // the state language's own letters are there, not Russian in disguise
        assertThat(kk.titles().get("1#legal-form")).isEqualTo("Кім лицензиат бола алады");
        assertThat(String.join(" ", kk.interpretations().values())).contains("лицензиардың лауазымды тұлғасы");
    }

    @Test
    void aKeyMissingInOneLanguageIsRefusedNamingTheFileAndTheKey() {
        refused(with("kk", t -> t.replaceFirst("(?m)^title\\.1\\.1=.*\\n", "")))
                .hasMessageContaining(KK + ": no words for title.1.1");
    }

    @Test
    void aReadingGivenInOneLanguageOnlyIsRefused() {
        refused(with("kk", t -> t.replaceFirst("(?m)^interpretation\\.1\\.1=.*\\n", "")))
                .hasMessageContaining(KK + ": no words for interpretation.1.1, which another language gives");
    }

    @Test
    void aKeyNamingNoRequirementIsRefusedWithItsLine() {
        var files = with("ru", t -> t + "title.9.9=Нет такого требования\n");
        refused(files)
                .hasMessageContaining(RU + ":" + lineOf(files.get("ru"), "title.9.9") + ": title.9.9: "
                        + "decree-967-2012 has no requirement with this id");
    }

    @Test
    void aKeyNamingNoCodeOrNoNeedOrNoItemIsRefused() {
        refused(with("kk", t -> t + "term.no-such-code=жоқ\nneed.1.1/3=жоқ\nactivity.8=жоқ\n"))
                .hasMessageContaining("term.no-such-code: decree-967-2012 has no such code")
                .hasMessageContaining("need.1.1/3: decree-967-2012 has no such need")
                .hasMessageContaining("activity.8: the annex of decree-967-2012 has no such item");
    }

    @Test
    void aKeyOfNoKindIsRefused() {
        refused(with("kk", t -> t + "titel.1.1=қате\n")).hasMessageContaining("titel.1.1: not a glossary key");
    }

    @Test
    void aKeyGivenTwiceOrWithoutWordsIsRefused() {
        refused(with("kk", t -> t + "title.1.1=қайта\nterm.other=\n"))
                .hasMessageContaining("title.1.1: given twice")
                .hasMessageContaining("term.other: has no words");
    }

    @Test
    void aMissingLanguageIsRefused() {
        var files = new HashMap<>(FILES);
        files.remove("kk");
        refused(files).hasMessageContaining(KK + ": missing");
    }
}
