package kz.qualify.service.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * Every visible string of the UI comes from /i18n/ru.json and /i18n/en.json: the two files have
 * the same keys and placeholders, every key a page or script uses is in both, every status,
 * verdict, state and role the API returns has its name, and no HTML file shows text of its own.
 */
class TranslationsTest {

    private final Map<String, String> ru = Translations.locale("ru");
    private final Map<String, String> en = Translations.locale("en");

    @Test
    void russianAndEnglishHaveExactlyTheSameKeys() {
        assertThat(new TreeSet<>(en.keySet()))
                .as("keys of en.json against ru.json")
                .containsExactlyElementsOf(new TreeSet<>(ru.keySet()));
    }

    @Test
    void noTextIsEmptyAndBothLanguagesFillTheSamePlaceholders() {
        var problems = new ArrayList<String>();
        for (var key : ru.keySet()) {
            if (ru.get(key).isBlank()) problems.add("ru " + key + " is empty");
            var english = en.get(key);
            if (english == null) continue;
            if (english.isBlank()) problems.add("en " + key + " is empty");
            if (!Translations.placeholders(ru.get(key)).equals(Translations.placeholders(english))) {
                problems.add(key + ": ru " + Translations.placeholders(ru.get(key)) + " vs en "
                        + Translations.placeholders(english));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyThePagesAndScriptsUseIsInBothLocales() {
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
                for (var language : Translations.LANGUAGES) {
                    var locale = language.equals("ru") ? ru : en;
                    if (!locale.containsKey(key)) missing.add(file.getFileName() + ": " + key + " not in " + language);
                }
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
            if (!ru.containsKey(kind + "." + v)) missing.add(kind + "." + v);
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
