package kz.qualify.formats;

import static kz.qualify.formats.DossierJsonTest.JSON;
import static kz.qualify.formats.DossierJsonTest.invalid;
import static kz.qualify.formats.DossierJsonTest.mutate;
import static kz.qualify.formats.DossierJsonTest.problems;
import static kz.qualify.formats.ProblemWords.en;
import static kz.qualify.formats.ProblemWords.ru;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.qualify.dossier.TaxId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every problem is said in Russian too: in Russian words, with the numbers of the English. */
class RussianProblemsTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** English words of our own messages that must not be left in the Russian. */
    private static final List<String> ENGLISH =
            List.of("must ", "unknown ", "did you mean", "allowed", "known", "is required", "duplicate ", " is ");

    // ---------------------------------------------------------------- every problem of the tables

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("kz.qualify.formats.DossierJsonTest#invalidDossiers")
    void saysEveryProblemOfAnInvalidDossierInRussian(String mutations, String path, String fragment) {
        var problems = invalid(mutate(ValidDossier.JSON, mutations));

        assertThat(problems).isNotEmpty().allSatisfy(RussianProblemsTest::saidInRussian);
    }

    static Stream<Arguments> moreInvalidDossiers() {
        var undefined = IntStream.range(0, 1000)
                .mapToObj(i -> String.format("99034%03d0000", i))
                .filter(s -> TaxId.checkDigit(s) == 10)
                .findFirst()
                .orElseThrow();
        return Stream.of(
                more("{\"/applicant/bin\": \"" + undefined + "\"}"),
                more("{\"/applicant/legalForm\": \"LEGAL_ENTTY\"}"),
                more("{\"/activity\": 1, \"/subActivities\": [\"3.a5\"]}"),
                more("{\"/activity\": 3, \"/subActivities\": [\"4.a1\"]}"),
                more("{\"/activity\": 3, \"/subActivities\": [\"zz\"]}"),
                more("{\"/activity\": 99999999999}"),
                more("{\"/activity\": null}"),
                more("{\"/staff/0/experienceYears\": \"__remove__\", \"/staff/0/experienceMonths\": \"__remove__\","
                        + " \"/staff/1/experienceYears\": 61}"),
                more("{\"/staff/1/experienceYears\": 12345}"),
                more("{\"/staff/0/experienceMonths\": 1001}"),
                more("{\"/staff/0/production\": null, \"/staff/0/role\": [], \"/staff/0/fullName\": {}}"),
                more("{\"/staff/0/education/level\": true}"),
                more("{\"/workingCapital/amount\": 12345678901234567}"),
                more("{\"/workingCapital/amount\": \"1e5\"}"),
                more("{\"/workingCapital\": 5}"),
                more("{\"/documents\": []}"),
                more("{\"/documents/0/id\": \"doc-titl\"}"),
                more("{\"/documents/0/sha256\": \"" + "z".repeat(80) + "\"}"),
                more("{\"/documents/0/date\": \"2024-13-01\"}"),
                more("{\"/services/0/order\": []}"),
                more("{\"/activity\": 4, \"/works\": [\"design\", \"design\"]}"),
                more("{\"/activity\": 4, \"/works\": [\"design\"], \"/equipment\": [{\"ref\": \"k\","
                        + " \"kind\": \"boiler\", \"description\": \"Котёл\", \"workingPressureKgfCm2\": 123456789,"
                        + " \"coolantTemperatureC\": -12345678}]}"),
                more("{\"/activity\": 4, \"/works\": [\"design\"], \"/equipment\": [{\"ref\": \"k\","
                        + " \"kind\": \"labour-safety\", \"description\": \"Котёл\"}]}"));
    }

    private static Arguments more(String mutations) {
        return Arguments.of(mutations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moreInvalidDossiers")
    void saysTheRestInRussianToo(String mutations) {
        assertThat(invalid(mutate(ValidDossier.JSON, mutations)))
                .isNotEmpty()
                .allSatisfy(RussianProblemsTest::saidInRussian);
    }

    @Test
    void saysProblemsOfTheInputAsAWholeInRussian(@TempDir Path dir) {
        var small = new DossierJson(TestEdition.editions(), new DossierJson.Limits(100, 2));
        var bytes = ValidDossier.JSON.getBytes(StandardCharsets.UTF_8);
        var all = new ArrayList<Problem>();
        all.addAll(invalid(""));
        all.addAll(invalid("   "));
        all.addAll(invalid("[]"));
        all.addAll(invalid("\"dossier\""));
        all.addAll(invalid("null"));
        all.addAll(invalid("{\n \"applicant\": \"" + (char) 0xDC00 + "\"}"));
        all.addAll(problems(small.read(ValidDossier.JSON)));
        all.addAll(problems(small.read(bytes)));
        all.addAll(problems(small.read(new ByteArrayInputStream(bytes))));
        all.addAll(problems(small.read(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk 2 failed");
            }
        })));
        all.addAll(problems(JSON.read(dir.resolve("missing-2.json"))));
        all.addAll(problems(
                new DossierJson(TestEdition.editions(), new DossierJson.Limits(1_000_000, 2)).read(ValidDossier.JSON)));
        all.addAll(invalid(mutate(ValidDossier.JSON, """
                {"/applicant/bin": "990340001231", "/staff/0/experienceMonths": 900, "/staff/2/role": "BOSS",
                 "/assets/0/category": "netwrk", "/documents/0/date": "yesterday", "/typo": true}
                """)));

        assertThat(all).hasSizeGreaterThan(15).allSatisfy(RussianProblemsTest::saidInRussian);
    }

    // ---------------------------------------------------------------- exact words

    @Test
    void saysACheckDigitThatFailsInRussian() {
        assertThat(invalid(mutate(ValidDossier.JSON, "{\"/applicant/bin\": \"990340001231\"}")))
                .extracting(ProblemWords::said)
                .containsExactly(
                        new ProblemWords.Said(
                                "$.applicant.bin",
                                "BIN/IIN 990340001231 fails the check digit (expected 0 as the last digit)",
                                "БИН/ИИН 990340001231 не проходит проверку контрольной цифры (последней цифрой должна быть 0)"));
    }

    @Test
    void saysAnUnknownFieldInRussianWithTheNearestName() {
        assertThat(invalid(mutate(ValidDossier.JSON, "{\"/staff/0/education/levl\": \"HIGHER\"}")))
                .extracting(ProblemWords::ru)
                .contains("неизвестное поле 'levl' (возможно, имелось в виду 'level');"
                        + " допустимы здесь: field, level, specialty, specialtyCode");
    }

    @Test
    void saysACodeOfAnotherListInRussian() {
        assertThat(invalid(mutate(ValidDossier.JSON, "{\"/assets/0/category\": \"labour-safety\"}")))
                .singleElement()
                .satisfies(p -> assertThat(ru(p))
                        .startsWith("'labour-safety' — функция службы, а не категория имущества; допустимы: "));
    }

    @Test
    void saysExperienceOutOfRangeInRussianWithTheNounAgreeing() {
        assertThat(invalid(mutate(ValidDossier.JSON, "{\"/staff/0/experienceMonths\": 721}")))
                .extracting(ProblemWords::ru)
                .containsExactly("стаж 721 месяц вне допустимого диапазона 0..720 месяцев");
        assertThat(invalid(mutate(ValidDossier.JSON, "{\"/staff/1/experienceYears\": 60.5}")))
                .extracting(ProblemWords::ru)
                .containsExactly("стаж 60,5 года вне допустимого диапазона 0..60 лет (0..720 месяцев)");
    }

    @Test
    void saysMalformedJsonInRussianWithWhatWasFoundAndWhatWasExpected() {
        assertThat(invalid("{\n  \"applicant\": {\"name\": }\n}"))
                .extracting(ProblemWords::said)
                .containsExactly(new ProblemWords.Said(
                        "$.applicant.name",
                        "malformed JSON at line 2, column 25: unexpected character '}', expected a value",
                        "некорректный JSON в строке 2, столбце 25: неожиданный символ '}', ожидалось значение"));
    }

    @Test
    void saysYearsOfExperienceWithTheRussianDecimalSignAndTheNounAgreeing() {
        assertThat(invalid(mutate(ValidDossier.JSON, "{\"/staff/1/experienceYears\": 61}")))
                .extracting(ProblemWords::ru)
                .containsExactly("стаж 61 год вне допустимого диапазона 0..60 лет (0..720 месяцев)");
        assertThat(invalid(mutate(ValidDossier.JSON, "{\"/staff/1/experienceYears\": 12345}")))
                .extracting(ProblemWords::ru)
                .containsExactly("неправдоподобно велико (12345 лет)");
    }

    // ---------------------------------------------------------------- the check

    static void saidInRussian(Problem p) {
        var ru = ru(p);
        assertThat(ru).as("%s", p).isNotBlank().isNotEqualTo(en(p));
        assertThat(CYRILLIC.matcher(ru).find()).as("Cyrillic in %s", ru).isTrue();
        var digits = DIGITS.matcher(en(p));
        while (digits.find()) assertThat(ru).as("%s", p).contains(digits.group());
        for (var word : ENGLISH) assertThat(ru).as("%s", p).doesNotContain(word);
    }
}
