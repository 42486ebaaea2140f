package kz.qualify.service.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.qualify.assessment.Status;
import kz.qualify.assessment.Verdict;
import kz.qualify.service.applications.ApplicationState;
import kz.qualify.service.licences.Licence;
import kz.qualify.service.review.Judgment;
import kz.qualify.service.web.Actor;
import kz.qualify.staff.RowStatus;
import org.junit.jupiter.api.Test;

/**
 * Every visible string of the UI comes from /i18n/kk.json, /i18n/ru.json and /i18n/en.json: the
 * files have the same keys and placeholders, every key a page or script uses is in each, every
 * status, verdict, state and role the API returns has its name in each, and no HTML file shows text
 * of its own.
 */
class TranslationsTest {

    private final Map<String, Map<String, String>> locales = Translations.LANGUAGES.stream()
            .collect(Collectors.toMap(l -> l, Translations::locale, (a, b) -> a, LinkedHashMap::new));
    private final Map<String, String> ru = locales.get("ru");

    @Test
    void everyLanguageHasExactlyTheSameKeys() {
        assertThat(locales.keySet()).as("the UI's locale files").containsExactly("kk", "ru", "en");
        locales.forEach((language, locale) -> assertThat(new TreeSet<>(locale.keySet()))
                .as("keys of " + language + ".json against ru.json")
                .containsExactlyElementsOf(new TreeSet<>(ru.keySet())));
    }

    @Test
    void noTextIsEmptyAndEveryLanguageFillsTheSamePlaceholders() {
        var problems = new ArrayList<String>();
        for (var key : ru.keySet()) {
            var expected = Translations.placeholders(ru.get(key));
            locales.forEach((language, locale) -> {
                var text = locale.get(key);
                if (text == null) return;
                if (text.isBlank()) problems.add(language + " " + key + " is empty");
                if (!Translations.placeholders(text).equals(expected)) {
                    problems.add(key + ": ru " + expected + " vs " + language + " " + Translations.placeholders(text));
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The Kazakh texts are written in Kazakh: no Latin-script word but the product's name and the
     * names of file formats, which have no Kazakh spelling; and none is the Russian text copied
     * unless the word is the same in both languages (досье, файл, инспектор, лицензиат…).
     */
    @Test
    void theKazakhTextsAreKazakh() {
        var kk = locales.get("kk");
        var problems = new ArrayList<String>();
        kk.forEach((key, text) -> {
            if (key.startsWith("lang.")) return; // each language named in itself
            for (var word : Translations.latinWords(text.replaceAll("\\{\\w+}", ""))) {
                if (!Translations.LATIN_NAMES.contains(word)) problems.add(key + ": Latin word \"" + word + "\"");
            }
            var letters = text.replaceAll("\\{\\w+}", "").replaceAll("[^\\p{IsCyrillic}]", "");
            if (letters.length() > 12 && text.equals(ru.get(key))) problems.add(key + ": the Russian text copied");
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theKazakhCheckFindsLatinWordsAndCopiedRussian() {
        assertThat(Translations.latinWords("PDF немесе UTF-8 мәтін, see docs/DOSSIER.md"))
                .containsExactly("PDF", "UTF", "see", "docs", "DOSSIER", "md");
        assertThat(Translations.latinWords("№ {id} өтініш, 12 цифр")).containsExactly("id");
    }

    @Test
    void everyKeyThePagesAndScriptsUseIsInEveryLocale() {
        var namespaces = Translations.namespaces(ru);
        var missing = new ArrayList<String>();
        var files = Stream.concat(Translations.files(".html").stream(), Translations.files(".js").stream())
                .toList();
        assertThat(files).as("the UI's files").isNotEmpty();
        int used = 0;
        for (var file : files) {
            var keys = Translations.keysUsedIn(Translations.read(file), namespaces);
            used += keys.size();
            for (var key : keys) {
                locales.forEach((language, locale) -> {
                    if (!locale.containsKey(key)) missing.add(file.getFileName() + ": " + key + " not in " + language);
                });
            }
        }
        assertThat(used).as("keys found in the pages and scripts").isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyStatusVerdictStateRoleAndOutcomeTheApiReturnsIsTranslated() {
        var expected = new LinkedHashMap<String, List<String>>();
        expected.put(
                "status",
                Stream.concat(names(Status.values()).stream(), Stream.of("DOCUMENT_CHECK"))
                        .toList());
        expected.put("verdict", names(Verdict.values()));
        expected.put("verdictExplained", names(Verdict.values()));
        expected.put("state", names(ApplicationState.values()));
        expected.put("licenceStatus", names(Licence.Status.values()));
        expected.put("role", names(Actor.Role.values()));
        expected.put("outcome", names(Judgment.Outcome.values()));
        expected.put("decisionOutcome", List.of("APPROVE", "REFUSE"));
        expected.put("rowStatus", names(RowStatus.values()));
        var missing = new ArrayList<String>();
        expected.forEach((kind, values) -> values.forEach(v -> {
            locales.forEach((language, locale) -> {
                if (!locale.containsKey(kind + "." + v)) missing.add(language + " " + kind + "." + v);
            });
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void noHtmlFileShowsTextOutsideATranslatedElement() {
        var problems = new ArrayList<String>();
        for (var file : Translations.files(".html")) {
            Translations.untranslatedText(Translations.read(file))
                    .forEach(p -> problems.add(file.getFileName() + ": " + p));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theHtmlCheckFindsTextAndLabelsWithoutAKey() {
        var html = """
                <!DOCTYPE html><html><head><title data-i18n="app.name">Qualify</title>
                <script type="module">const x = '<p>not text</p>';</script></head>
                <body><!-- a comment is not text -->
                <h1 data-i18n="registry.title"><span>inside a translated element</span></h1>
                <p>Реестр лицензий</p>
                <input placeholder="БИН"> <input placeholder="x" data-i18n-placeholder="registry.bin">
                <img src="/a.svg" alt=""><br>
                <button type="button" aria-label="Close"></button>
                </body></html>
                """;
        assertThat(Translations.untranslatedText(html))
                .containsExactly(
                        "text \"Реестр лицензий\"",
                        "placeholder=\"БИН\" on <input>",
                        "aria-label=\"Close\" on <button>");
    }

    @Test
    void theKeyScanFindsCallsAttributesAndNamespacedLiterals() {
        var js = """
                h('p', {}, t('registry.lead'), t("common.next", { n: 1 }));
                const items = [['#/registry', 'nav.registry']];
                el.setAttribute('data-i18n', 'app.name');
                localStorage.getItem('qualify.lang'); fetch(`/i18n/${lang}.json`);
                """;
        assertThat(Translations.keysUsedIn(js, Translations.namespaces(ru)))
                .containsExactlyInAnyOrder("registry.lead", "common.next", "nav.registry", "app.name");
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }
}
