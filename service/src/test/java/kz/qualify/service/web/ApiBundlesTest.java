package kz.qualify.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kz.qualify.service.applications.ApplicationState;
import kz.qualify.service.licences.Licence;
import kz.qualify.wording.Language;
import kz.qualify.wording.Languages;
import kz.qualify.wording.Phrasebook;
import org.junit.jupiter.api.Test;

/**
 * The service's bundles say every key in every language with the same arguments, and every key the
 * service's code raises, every constraint it declares and every state it names is in them: a
 * refusal is never met without its words.
 */
class ApiBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");
    private static final Pattern CONSTRAINT =
            Pattern.compile("@(NotNull|NotBlank|NotEmpty|Size|Pattern|Min|Max|Email|Positive|PositiveOrZero)\\b");
    private static final Pattern OWN_TEMPLATE = Pattern.compile("message\\s*=\\s*\"\\{([^}]+)}\"");

    private final Phrasebook phrases = Phrasebook.load(Phrasebook.FINDINGS, Speech.API);

    @Test
    void everyKeyIsSaidInEveryLanguageWithTheSameArguments() {
        assertThat(Phrasebook.problems(Languages.standard(), Speech.API)).isEmpty();
        assertThat(Languages.standard().all()).extracting(Language::tag).containsExactly("en", "ru", "kk");
    }

    @Test
    void everyKeyTheServiceRaisesIsInTheBundles() throws IOException {
        var missing = new TreeSet<String>();
        forEachSource(text -> {
            var m = KEY.matcher(text);
            while (m.find()) if (!phrases.has(m.group(1))) missing.add(m.group(1));
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyConstraintTheApiDeclaresIsInTheBundles() throws IOException {
        var keys = new TreeSet<String>();
        forEachSource(text -> {
            var m = CONSTRAINT.matcher(text);
            while (m.find()) keys.add("jakarta.validation.constraints." + m.group(1) + ".message");
            var own = OWN_TEMPLATE.matcher(text);
            while (own.find()) keys.add(own.group(1));
        });
        assertThat(keys)
                .contains("jakarta.validation.constraints.NotBlank.message", "kz.qualify.account.reason-required");
        assertThat(keys).allSatisfy(k -> assertThat(phrases.has(k)).as(k).isTrue());
    }

    @Test
    void everyStateTheServiceNamesHasALabel() {
        for (var s : ApplicationState.values())
            assertThat(phrases.has("ApplicationState." + s.name())).isTrue();
        for (var s : Licence.Status.values())
            assertThat(phrases.has("Status." + s.name())).isTrue();
    }

    private interface SourceText {
        void accept(String text);
    }

    private static void forEachSource(SourceText action) throws IOException {
        try (var files = Files.walk(SOURCES)) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                action.accept(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }
}
