package kz.qualify.formats;

import static kz.qualify.formats.DossierJsonTest.invalid;
import static kz.qualify.formats.DossierJsonTest.mutate;
import static kz.qualify.formats.ProblemWords.en;
import static kz.qualify.formats.ProblemWords.kk;
import static kz.qualify.formats.ProblemWords.ru;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kz.qualify.wording.Language;
import kz.qualify.wording.Languages;
import kz.qualify.wording.Phrasebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The problems' bundles agree in every language, and every problem is said in Kazakh: in Kazakh
 * words, with the numbers of the English, and no Latin word but what the dossier itself wrote.
 */
class KazakhProblemsTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /**
     * The Latin words the Kazakh sentences themselves may hold: field names of the dossier format and
     * JSON's own literals, which the applicant types as they are, and the name of the encoding (UTF-8).
     */
    private static final Set<String> FORMAT_WORDS = Set.of(
            "bin",
            "iin",
            "experienceMonths",
            "experienceYears",
            "true",
            "false",
            "null",
            "id",
            "documents",
            "C",
            "UTF-8");

    @Test
    void everyKeyIsSaidInEveryLanguageWithTheSameArguments() {
        assertThat(Phrasebook.problems(Languages.standard(), DossierJson.PROBLEMS))
                .isEmpty();
        assertThat(Languages.standard().all()).extracting(Language::tag).containsExactly("en", "ru", "kk");
        // and the layer loads beside the findings' words without a key in both
        assertThat(Phrasebook.load(Phrasebook.FINDINGS, DossierJson.PROBLEMS).has("problem.more"))
                .isTrue();
    }

    @Test
    void theKazakhSentencesHoldNoLatinWordButTheFormatsOwn() throws IOException {
        var bundle = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream(DossierJson.PROBLEMS + "_kk.properties")) {
            assertThat(in).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var foreign = new TreeSet<String>();
        for (var key : bundle.stringPropertyNames()) {
            // what ICU reads rather than shows: argument names, plural and select keywords
            var words = bundle.getProperty(key)
                    // Unicode's own notation: a code point, a \\u escape
                    .replaceAll("U\\+[0-9A-F]+|\\\\u", "")
                    .replaceAll(",\\s*(select|plural)\\s*,", " ")
                    .replaceAll("[A-Za-z_]+\\s*\\{", "{")
                    .replaceAll("\\{[A-Za-z]+", "{");
            var m = LATIN_WORD.matcher(words);
            while (m.find()) if (!FORMAT_WORDS.contains(m.group())) foreign.add(key + ": " + m.group());
        }
        assertThat(foreign).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("kz.qualify.formats.DossierJsonTest#invalidDossiers")
    void saysEveryProblemOfAnInvalidDossierInKazakh(String mutations, String path, String fragment) {
        assertThat(invalid(mutate(ValidDossier.JSON, mutations)))
                .isNotEmpty()
                .allSatisfy(KazakhProblemsTest::saidInKazakh);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kz.qualify.formats.RussianProblemsTest#moreInvalidDossiers")
    void saysTheRestInKazakhToo(String mutations) {
        assertThat(invalid(mutate(ValidDossier.JSON, mutations)))
                .isNotEmpty()
                .allSatisfy(KazakhProblemsTest::saidInKazakh);
    }

    @Test
    void saysHowManyMoreProblemsThereWereInEachLanguage() {
        var fields = new StringBuilder("{");
        for (int i = 0; i < 105; i++) fields.append("\"x").append(i).append("\": 0, ");
        fields.append("\"activity\": 1}");

        var last = invalid(fields.toString()).getLast();

        assertThat(last.path()).isEqualTo("$");
        assertThat(en(last)).isEqualTo("and 6 more problems (only the first 100 are listed)");
        assertThat(ru(last)).isEqualTo("и ещё 6 ошибок (перечислены только первые 100)");
        assertThat(kk(last)).isEqualTo("және тағы 6 қате (тек алғашқы 100 қате көрсетілген)");
    }

    @Test
    void saysOneMoreProblemInTheSingular() {
        var fields = new StringBuilder("{");
        for (int i = 0; i < 100; i++) fields.append("\"x").append(i).append("\": 0, ");
        fields.append("\"activity\": 1}");

        var last = invalid(fields.toString()).getLast();

        assertThat(en(last)).isEqualTo("and 1 more problem (only the first 100 are listed)");
        assertThat(ru(last)).isEqualTo("и ещё 1 ошибка (перечислены только первые 100)");
        assertThat(kk(last)).isEqualTo("және тағы 1 қате (тек алғашқы 100 қате көрсетілген)");
    }

    @Test
    void saysACheckDigitThatFailsInKazakh() {
        assertThat(invalid(mutate(ValidDossier.JSON, "{\"/applicant/bin\": \"990340001231\"}")))
                .extracting(ProblemWords::kk)
                .containsExactly(
                        "БСН/ЖСН 990340001231 бақылау цифрының тексерісінен өтпейді (соңғы цифр 0 болуы тиіс)");
    }

    @Test
    void saysAnUnknownFieldInKazakhWithTheNearestName() {
        assertThat(invalid(mutate(ValidDossier.JSON, "{\"/staff/0/education/levl\": \"HIGHER\"}")))
                .extracting(ProblemWords::kk)
                .contains("белгісіз өріс 'levl' (мүмкін, 'level' деп жазбақ болдыңыз ба?);"
                        + " мұнда рұқсат етілгендері: field, level, specialty, specialtyCode");
    }

    @Test
    void saysAValueOfTheWrongKindInKazakh() {
        assertThat(invalid("[]")).extracting(ProblemWords::kk).containsExactly("объект болуы тиіс, берілгені: массив");
        assertThat(invalid(mutate(ValidDossier.JSON, "{\"/staff/1/experienceYears\": 60.5}")))
                .extracting(ProblemWords::kk)
                .containsExactly("60,5 жыл еңбек өтілі рұқсат етілген 0..60 жыл (0..720 ай) аралығынан тыс");
    }

    static void saidInKazakh(Problem p) {
        var kk = kk(p);
        var ru = ru(p);
        assertThat(kk).as("%s", p).isNotBlank().isNotEqualTo(en(p)).isNotEqualTo(ru);
        assertThat(CYRILLIC.matcher(kk).find()).as("Cyrillic in %s", kk).isTrue();
        var digits = DIGITS.matcher(en(p));
        while (digits.find()) assertThat(kk).as("%s", p).contains(digits.group());
        // a Latin word in the Kazakh is one the Russian holds too: a code, a field or a value the dossier wrote
        var latin = LATIN_WORD.matcher(kk);
        while (latin.find()) {
            if (FORMAT_WORDS.contains(latin.group())) continue;
            assertThat(ru).as("'%s' of %s", latin.group(), kk).contains(latin.group());
        }
    }
}
