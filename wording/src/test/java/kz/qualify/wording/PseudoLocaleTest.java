package kz.qualify.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.qualify.law.ClauseRef;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fourth language needs no code: the test class path adds {@code en-XA} to the languages
 * ({@code languages.properties}) and its bundles beside the others, and everything below works
 * with no line of Java knowing of it.
 */
class PseudoLocaleTest {

    private static final List<String> LAYERS = List.of(Phrasebook.COMMON, Phrasebook.FINDINGS);

    @Test
    void theLanguagesOnTheClassPathIncludeThePseudoLocaleAfterTheProductsOwn() {
        assertThat(Languages.standard().all())
                .containsExactly(Language.of("en"), Language.of("ru"), Language.of("kk"), PseudoBundles.PSEUDO);
        assertThat(Languages.standard().reference()).isEqualTo(Language.of("en"));
    }

    @Test
    void aRequestForThePseudoLocaleGetsIt() {
        assertThat(Languages.standard().negotiate("en-XA, en;q=0.5")).contains(PseudoBundles.PSEUDO);
    }

    @Test
    void findingsAreRenderedInThePseudoLocaleWithItsOwnFormats() {
        var phrases = Phrasebook.load(Languages.standard(), List.of(Phrasebook.FINDINGS));
        var words = new Wording(phrases, Map.of()).in(PseudoBundles.PSEUDO);

        assertThat(words.render(Message.of("assessment.COMPLIANT"))).isEqualTo("⟦évérý ápplíçáblé réqúíréméñt íš mét⟧");
        assertThat(words.render(Message.of(
                        "assessment.NOT_ELIGIBLE",
                        Arg.items("clauses", "list.comma", List.of(Arg.clause("", ClauseRef.parse("4.a2")))))))
                .startsWith("⟦thé ")
                .endsWith("[4.a2]⟧");
        assertThat(words.render(Message.of("count.months", Arg.count("count", 21))))
                .isEqualTo("⟦21 móñthš⟧");
        assertThat(words.render(Message.of("Verdict.NON_COMPLIANT"))).isEqualTo("⟦ÑÓÑ_ÇÓMPLÍÁÑT⟧");
        assertThat(words.say("format.decimalSign")).isEqualTo(",");
        var sample = new Wording(
                        Phrasebook.load(
                                new Languages(List.of(Language.of("en"), PseudoBundles.PSEUDO), Language.of("en")),
                                List.of()),
                        Map.of())
                .in(PseudoBundles.PSEUDO);
        var out = new StringBuilder();
        sample.write(Arg.decimal("x", new BigDecimal("0.7")), out);
        sample.write(Arg.date("d", LocalDate.of(2012, 11, 1)), out);
        assertThat(out).hasToString("0,701/11/2012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "findings"})
    void thePseudoBundlesAreGeneratedFromTheEnglishOnes(String layer) throws IOException {
        var english = Path.of("src/main/resources/kz/qualify/wording/" + layer + "_en.properties");
        var pseudo = Path.of("src/test/resources/kz/qualify/wording/" + layer + "_en_XA.properties");
        var expected = PseudoBundles.of(english);
        if (Boolean.getBoolean("qualify.regenerate")) Files.writeString(pseudo, expected, StandardCharsets.UTF_8);
        assertThat(Files.readString(pseudo, StandardCharsets.UTF_8))
                .as("%s is out of date: run this test with -Dqualify.regenerate=true", pseudo)
                .isEqualTo(expected);
    }
}
