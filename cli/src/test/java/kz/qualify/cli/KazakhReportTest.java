package kz.qualify.cli;

import static kz.qualify.cli.QualifyCommandTest.EXAMPLES;
import static kz.qualify.cli.QualifyCommandTest.IN_FORCE;
import static kz.qualify.cli.QualifyCommandTest.example;
import static kz.qualify.cli.QualifyCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Verdict;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.LegalForm;
import kz.qualify.formats.DossierJson;
import kz.qualify.wording.Language;
import kz.qualify.wording.Languages;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import org.junit.jupiter.api.Test;

/**
 * {@code --lang kk}: the report's own lines and the verdict's sentence in Kazakh, worded from the
 * bundles; and the verdict's sentence as a key says in English what the assessment's {@code message}
 * always said, and something in every language, for every verdict.
 */
class KazakhReportTest {

    private static final Wording WORDING =
            new Wording(Phrasebook.load(Phrasebook.FINDINGS), Catalog.standard().glossaries());

    @Test
    void theReportsBundlesSayEveryKeyInEveryLanguageWithTheSameArguments() {
        assertThat(Phrasebook.problems(Languages.standard(), TextReport.REPORT)).isEmpty();
    }

    @Test
    void theReportSpeaksKazakhWhenAskedAndQuotesTheLawInRussian() throws Exception {
        var run = run("check", example(4), "--as-of", IN_FORCE, "--lang", "kk");

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out())
                .startsWith("Қорытынды: лауазымды тұлғаның қарауын қажет етеді — лауазымды тұлғаның бағалауын қажет"
                        + " ететін талаптар: 1; қалғандары орындалған\n")
                .contains("Өтініш беруші: ", "01.11.2012 күнгі жағдай бойынша", "Талаптар: орындалған 6,")
                .contains("Заң (ресми орыс тіліндегі мәтіні): «", "Тексерілді: ")
                .doesNotContain("Verdict", "Итог", "Checked", "Проверено:", "NEEDS_REVIEW");
    }

    @Test
    void theJsonSpeaksKazakhWhenAskedWithTheMachineFieldsOfTheEnglish() throws Exception {
        var kazakh = run("check", example(4), "--as-of", IN_FORCE, "--format", "json", "--lang", "kk");
        var english = run("check", example(4), "--as-of", IN_FORCE, "--format", "json");

        assertThat(kazakh.exit()).as(kazakh.err()).isEqualTo(english.exit()).isEqualTo(2);
        var kk = kazakh.json();
        var en = english.json();
        assertThat(kk.get("message").asString())
                .isEqualTo("лауазымды тұлғаның бағалауын қажет ететін талаптар: 1; қалғандары орындалған");
        assertThat(kk.has("messageRu")).as("no Russian twin").isFalse();
        assertThat(kk.get("verdict")).isEqualTo(en.get("verdict"));
        assertThat(kk.get("counts")).isEqualTo(en.get("counts"));
        var finding = finding(kk, "4.4");
        assertThat(finding.get("status").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(finding.get("title").asString())
                .isEqualTo("Тиісті білімі мен тәжірибесі бар техникалық басшылар мен мамандар");
        assertThat(finding.get("summary").asString())
                .contains("лауазымды тұлғасы")
                .doesNotContain("officer", "лицензиара");
        assertThat(finding.get("quote"))
                .as("the law in its own words")
                .isEqualTo(finding(en, "4.4").get("quote"));
        assertThat(finding.has("ru")).isFalse();
        // every word the JSON holds for a person is Kazakh: no English sentence is left among them
        for (var f : kk.get("findings")) {
            for (var field : List.of("title", "summary")) {
                assertThat(f.get(field).asString())
                        .as(f.get("requirement") + " " + field)
                        .doesNotContainPattern("[a-z]{4,} [a-z]{4,}");
            }
        }
    }

    @Test
    void theChecklistSaysThatNoEditionIsInForceInTheAskedLanguage() {
        var kazakh = run("requirements", "--activity", "1", "--as-of", "2020-01-01", "--lang", "kk");
        var english = run("requirements", "--activity", "1", "--as-of", "2020-01-01");

        assertThat(kazakh.exit()).isEqualTo(english.exit()).isEqualTo(ExitCodes.NOT_ELIGIBLE_OR_NO_EDITION);
        assertThat(kazakh.err())
                .startsWith("qualify: 2020-01-01 күні қолданыстағы редакция жоқ; ең жақыны — decree-967-2012");
        assertThat(english.err())
                .startsWith("qualify: no edition in force on 2020-01-01; the nearest is decree-967-2012, in force [");
    }

    @Test
    void theJsonSpeaksRussianAloneWhenRussianIsAsked() throws Exception {
        var russian = run("check", example(4), "--as-of", IN_FORCE, "--format", "json", "--lang", "ru")
                .json();

        assertThat(russian.get("message").asString())
                .isEqualTo(run("check", example(4), "--as-of", IN_FORCE, "--format", "json")
                        .json()
                        .get("messageRu")
                        .asString());
        assertThat(russian.has("messageRu")).isFalse();
        assertThat(finding(russian, "4.4").has("ru")).isFalse();
        assertThat(finding(russian, "4.4").get("summary").asString()).startsWith("закон не называет уровень");
    }

    private static tools.jackson.databind.JsonNode finding(tools.jackson.databind.JsonNode report, String id) {
        for (var f : report.get("findings")) if (f.get("requirement").asString().equals(id)) return f;
        throw new AssertionError("no finding " + id);
    }

    @Test
    void theTextReportNoLongerSaysTheFindingsAreInRussian() throws Exception {
        var run = run("check", example(4), "--as-of", IN_FORCE, "--lang", "kk", "--all");

        assertThat(run.out()).doesNotContain("орыс тілінде берілген", "аударылмаған");
        assertThat(Phrasebook.load(Phrasebook.FINDINGS, TextReport.REPORT).has("report.wordsInRussian"))
                .isFalse();
    }

    @Test
    void aBatchSaysEachVerdictInKazakh() {
        var run = run("check", EXAMPLES.toString(), "--as-of", IN_FORCE, "--lang", "kk");

        assertThat(run.out())
                .contains("қолданылатын барлық талаптар орындалған")
                .doesNotContain("requirement");
        assertThat(run.out()).contains("Тексерілген құжаттамалар саны: 7, 01.11.2012 күнгі жағдай бойынша: ");
    }

    @Test
    void theVerdictsSentenceAsAKeySaysInEnglishWhatTheMessageSays() throws Exception {
        var catalog = Catalog.standard();
        var evaluator = catalog.evaluator();
        var reader = new DossierJson(catalog);
        var assessments = new ArrayList<Assessment>();
        List<Path> files;
        try (var s = Files.list(EXAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (var f : files) {
            var d = ((DossierJson.Result.Valid) reader.read(Files.readString(f))).dossier();
            for (var day : List.of("2010-01-01", "2012-09-05", IN_FORCE, "2013-06-01")) {
                assessments.add(evaluator.assess(d, LocalDate.parse(day)));
            }
            var day = LocalDate.parse(IN_FORCE);
            // the verdicts the examples do not reach by themselves
            assessments.add(evaluator.assess(d.toBuilder().staff(List.of()).build(), day));
            assessments.add(evaluator.assess(
                    d.toBuilder()
                            .applicant(new kz.qualify.dossier.Applicant(
                                    LegalForm.BRANCH,
                                    d.applicant().taxId(),
                                    d.applicant().name()))
                            .build(),
                    day));
            assessments.add(
                    evaluator.assess(other(d), day, catalog.editions().all().getFirst()));
        }
        assertThat(assessments.stream().map(Assessment::verdict).distinct()).hasSize(Verdict.values().length);
        for (var a : assessments) {
            var english = WORDING.in(Language.of("en"), a.editionId()).render(a.summary());
            assertThat(english).as("%s", a.summary()).matches(ENGLISH.get(a.verdict()));
            for (var language : Languages.standard().all()) {
                assertThat(WORDING.in(language, a.editionId()).render(a.summary()))
                        .as("%s in %s", a.summary(), language)
                        .isNotBlank()
                        .doesNotContain("{", "}");
            }
        }
    }

    /** The English sentences the assessment's {@code message} always said, one pattern per verdict. */
    private static final Map<Verdict, String> ENGLISH = Map.of(
            Verdict.COMPLIANT, "every applicable requirement is met",
            Verdict.NON_COMPLIANT,
                    "\\d+ requirement\\(s\\) not met, \\d+ missing evidence, \\d+ for the officer's review",
            Verdict.NEEDS_REVIEW, "\\d+ requirement\\(s\\) need the officer's judgment; the rest are met",
            Verdict.NOT_ELIGIBLE,
                    "the applicant or the declared equipment is outside the licence's scope: \\[\\d[\\d.]*(, \\d[\\d.]*)*\\]"
                            + "|edition [a-z0-9-]+ has no licensed activity 99",
            Verdict.NO_EDITION_IN_FORCE,
                    "no edition in force on \\d{4}-\\d\\d-\\d\\d; the nearest is [a-z0-9-]+, in force"
                            + " \\[\\d{4}-\\d\\d-\\d\\d, \\d{4}-\\d\\d-\\d\\d\\) \\((later|earlier)\\)");

    /** The dossier under an annex item the edition does not have. */
    private static Dossier other(Dossier d) {
        return new Dossier(
                d.applicant(),
                99,
                d.subActivities(),
                d.works(),
                d.equipment(),
                d.staff(),
                d.assets(),
                d.services(),
                d.programmes(),
                d.contracts(),
                d.permits(),
                d.workingCapital(),
                d.documents());
    }
}
