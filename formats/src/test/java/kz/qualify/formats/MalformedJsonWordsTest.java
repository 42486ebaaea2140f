package kz.qualify.formats;

import static kz.qualify.formats.DossierJsonTest.invalid;
import static kz.qualify.formats.DossierJsonTest.problems;
import static kz.qualify.formats.ProblemWords.en;
import static kz.qualify.formats.ProblemWords.ru;
import static kz.qualify.formats.Utf8JsonTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HexFormat;
import java.util.List;
import kz.qualify.message.Message;
import kz.qualify.wording.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the JSON reader refuses is said in every language from the problems' bundles: the English as
 * it always was, the Russian and the Kazakh in their own words, with the same characters, bytes and
 * numbers.
 */
class MalformedJsonWordsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("kz.qualify.formats.Utf8JsonTest#invalidDocuments")
    void saysEveryMalformedDocumentInEachLanguage(String json, String english) {
        assertThat(invalid(json)).singleElement().satisfies(p -> {
            assertThat(en(p)).startsWith("malformed JSON at line ").endsWith(": " + english);
            assertThat(ru(p)).startsWith("некорректный JSON в строке ").doesNotContain(english);
            RussianProblemsTest.saidInRussian(p);
            KazakhProblemsTest.saidInKazakh(p);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kz.qualify.formats.Utf8JsonTest#invalidUtf8")
    void saysEveryInvalidUtf8InEachLanguage(String hex, String english) {
        var json = bytes("{\"a\": [\"", HexFormat.ofDelimiter(" ").parseHex(hex), "\"]}");

        assertThat(problems(DossierJsonTest.JSON.read(json))).singleElement().satisfies(p -> {
            assertThat(en(p)).isEqualTo("malformed JSON at line 1, column 9: " + english);
            RussianProblemsTest.saidInRussian(p);
            KazakhProblemsTest.saidInKazakh(p);
        });
    }

    @Test
    void saysWhatWasFoundAndWhatWasExpected() {
        var reason = reason("{\"a\":1 \"b\":2}");

        assertThat(said(reason))
                .containsExactly(
                        "unexpected character '\"', expected ',' or '}'",
                        "неожиданный символ '\"', ожидалось ',' или '}'",
                        "күтпеген таңба '\"', ',' немесе '}' күтілген");
    }

    @Test
    void saysThatOneDocumentHadEnded() {
        assertThat(said(reason("{} x")))
                .containsExactly(
                        "unrecognised word 'x' after the dossier: one document only",
                        "нераспознанное слово 'x' после досье: допускается только один документ",
                        "танылмаған сөз 'x' досьеден кейін тұр: тек бір құжат болуы тиіс");
    }

    @Test
    void saysTheDepthAndTheLengthWithTheNounAgreeing() {
        assertThat(said(reason("[".repeat(Utf8Json.MAX_DEPTH + 1))))
                .containsExactly(
                        "nesting deeper than 1000 levels",
                        "вложенность глубже 1000 уровней",
                        "кірістіру тереңдігі 1000 деңгейден асады");
        assertThat(said(reason("[" + "9".repeat(Utf8Json.MAX_NUMBER_LENGTH + 1) + "]")))
                .containsExactly(
                        "a number longer than 1000 characters",
                        "число длиннее 1000 символов",
                        "сан 1000 таңбадан ұзын");
    }

    @Test
    void saysABadByteAfterABackslashAsAByte() {
        assertThat(said(reason(bytes("[\"\\", 0xFF, "\"]"))))
                .containsExactly(
                        "an invalid escape \\ followed by byte 0xFF in a string",
                        "в строке недопустимая экранирующая последовательность \\, за которым следует байт 0xFF",
                        "жолда жарамсыз экрандау тізбегі \\ және одан кейін 0xFF байты бар");
    }

    @Test
    void saysAnInvalidUtf8ByteAndWhyInEachLanguage() {
        assertThat(said(reason(bytes("[\"", 0xF5, "\"]"))))
                .containsExactly(
                        "invalid UTF-8 byte 0xF5 (never used in UTF-8)",
                        "недопустимый байт UTF-8 0xF5 (в UTF-8 не используется)",
                        "UTF-8 бойынша жарамсыз байт: 0xF5 (UTF-8 кодтауында қолданылмайды)");
    }

    @Test
    void saysALoneSurrogateAndWhatMustFollowIt() {
        assertThat(said(reason("[\"\\uD800x\"]")))
                .containsExactly(
                        "a lone surrogate \\uD800 in a string: a low surrogate escape must follow",
                        "непарный суррогат \\uD800 в строке: за ним должна следовать экранированная младшая"
                                + " половина суррогатной пары",
                        "жолда жұпсыз суррогат \\uD800 бар: одан кейін суррогат жұбының экрандалған кіші жартысы"
                                + " тұруы тиіс");
    }

    @Test
    void carriesTheLineTheColumnAndThePathBesideTheReason() {
        var e = malformed(bytes("{\n  \"applicant\": {\"name\": }\n}"));

        assertThat(e.path()).isEqualTo("$.applicant.name");
        assertThat(ProblemWords.WORDING.in(Language.of("kk")).render(e.problem()))
                .isEqualTo("мәтін қате құрылған (2-жол, 25-баған): күтпеген таңба '}', мән күтілген");
        assertThat(e.getMessage()).as("the English, for a log").isEqualTo("unexpected character '}', expected a value");
    }

    private static Message reason(String json) {
        return reason(bytes(json));
    }

    private static Message reason(byte[] json) {
        return malformed(json).reason();
    }

    private static Utf8Json.Malformed malformed(byte[] json) {
        var e = catchThrowableOfType(Utf8Json.Malformed.class, () -> Utf8Json.parse(json, 0, json.length));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static List<String> said(Message reason) {
        return List.of("en", "ru", "kk").stream()
                .map(l -> ProblemWords.WORDING.in(Language.of(l)).render(reason))
                .toList();
    }
}
