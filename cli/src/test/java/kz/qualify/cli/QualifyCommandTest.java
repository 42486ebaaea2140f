package kz.qualify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QualifyCommandTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final String IN_FORCE = "2012-11-01";
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = QualifyCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    static String example(int activity) throws Exception {
        try (var files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().startsWith("activity-" + activity + "-"))
                    .findFirst()
                    .orElseThrow()
                    .toString();
        }
    }

    @ParameterizedTest(name = "activity {0} → exit {1}")
    @CsvSource({"1, 0", "2, 0", "3, 0", "4, 2", "5, 0", "6, 2", "7, 2"})
    void checkExitsWithTheVerdictsCode(int activity, int exit) throws Exception {
        var run = run("check", example(activity), "--as-of", IN_FORCE);
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(exit);
        assertThat(run.out()).startsWith("Verdict: ");
    }

    @Test
    void theTextOutputSpeaksRussianWhenAsked() throws Exception {
        var run = run("check", example(4), "--as-of", IN_FORCE, "--lang", "ru");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out())
                .startsWith("Итог: NEEDS_REVIEW — требований на рассмотрение должностного лица: ")
                .contains("Заявитель: ", "Проверено: ", "Закон: «")
                .doesNotContain("Checked: ", "Verdict: ");

        var checklist = run("requirements", "--activity", "1", "--lang", "ru");
        assertThat(checklist.exit()).isZero();
        assertThat(checklist.out())
                .startsWith("Требования к виду деятельности 1 — ")
                .contains("Сети и подстанции", "в собственности или на ином законном основании", "документы: ")
                .doesNotContain("owned or on", "documents: ");

        var batch = run("check", EXAMPLES.toString(), "--as-of", IN_FORCE, "--lang", "ru");
        assertThat(batch.out()).contains("на рассмотрение: ", "Проверено досье: ");

        assertThat(run("check", example(1), "--lang", "xx").exit()).isEqualTo(64);
    }

    @Test
    void aDateOutsideEveryEditionExitsThreeAndNamesTheNearest() throws Exception {
        var run = run("check", example(1), "--as-of", "2020-01-01");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out())
                .contains("NO_EDITION_IN_FORCE")
                .contains("no edition in force on 2020-01-01")
                .contains("decree-967-2012");
    }

    @Test
    void theJsonReportKeepsItsContract() throws Exception {
        var run = run("check", example(1), "--as-of", IN_FORCE, "--format", "json");
        var report = run.json();
        assertThat(report.get("verdict").asString()).isEqualTo("COMPLIANT");
        var findings = report.get("findings");
        assertThat(findings.isArray()).isTrue();
        var clauses = new ArrayList<String>();
        for (var f : findings) {
            clauses.add(f.get("clause").asString());
            assertThat(f.get("status").asString())
                    .isIn("MET", "NOT_MET", "MISSING_EVIDENCE", "NEEDS_REVIEW", "NOT_APPLICABLE", "NOT_ELIGIBLE");
            assertThat(f.get("clause").asString()).matches("\\d(\\.\\d)?");
        }
        assertThat(clauses).contains("1", "1.1", "1.2", "1.3", "1.4");
    }

    @Test
    void paragraphIsGivenForFindingsThatRestOnAnAbzac() throws Exception {
        var report = run("check", example(3), "--as-of", IN_FORCE, "--format", "json")
                .json();
        JsonNode a16 = null;
        for (var f : report.get("findings")) if (f.get("requirement").asString().equals("3.2.a16")) a16 = f;
        assertThat(a16).isNotNull();
        assertThat(a16.get("clause").asString()).isEqualTo("3.2");
        assertThat(a16.get("paragraph").asInt()).isEqualTo(16);
    }

    @Test
    void anInvalidDossierListsEveryProblemWithItsPathAndExitsSixtyFive(@TempDir Path dir) throws Exception {
        var file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"applicant": {"legalForm": "LLP", "bin": "123456789012", "name": ""}, "activity": 9, "staf": []}
                """);
        var run = run("check", file.toString(), "--as-of", IN_FORCE);
        assertThat(run.exit()).isEqualTo(65);
        assertThat(run.err())
                .contains("$.applicant.legalForm")
                .contains("$.applicant.bin")
                .contains("$.activity")
                .contains("$.staf")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aBatchInJsonLinesReportsEachDossierAndASummary() {
        var run = run("check", EXAMPLES.resolve("batch-small.jsonl").toString(), "--as-of", IN_FORCE);
        var lines = run.out().lines().toList();
        assertThat(lines.getLast()).startsWith("Checked ").contains("COMPLIANT").contains("INVALID 0");
        assertThat(lines).anyMatch(l -> l.contains("\tNON_COMPLIANT\t"));
        assertThat(run.exit()).isEqualTo(3); // the worst: a NOT_ELIGIBLE dossier is in the batch
    }

    @Test
    void aBatchInJsonLinesWithJsonOutputWritesOneReportPerLine() {
        var run =
                run("check", EXAMPLES.resolve("batch-small.jsonl").toString(), "--as-of", IN_FORCE, "--format", "json");
        for (var line : run.out().lines().toList()) {
            var node = JSON.readTree(line);
            assertThat(node.has("verdict")).isTrue();
            assertThat(node.get("source").asString()).startsWith("batch-small.jsonl:");
        }
        assertThat(run.err()).contains("Checked ");
    }

    @Test
    void theTrainingBatchOfTheStartUpCacheHoldsValidDossiersOfEveryActivity() {
        var run = run("check", Path.of("aot", "training.jsonl").toString(), "--as-of", IN_FORCE, "--format", "json");
        var activities = new java.util.TreeSet<Integer>();
        for (var line : run.out().lines().toList()) {
            var node = JSON.readTree(line);
            assertThat(node.get("verdict").asString()).as(line).isNotEqualTo("INVALID");
            activities.add(node.get("activity").asInt());
        }
        assertThat(activities).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(run.err()).contains("INVALID 0");
    }

    @Test
    void aFolderIsCheckedFileByFile() {
        var run = run("check", EXAMPLES.toString(), "--as-of", IN_FORCE);
        assertThat(run.out().lines().filter(l -> l.contains(".json\t"))).hasSize(7);
    }

    @Test
    void anInvalidDossiersProblemsAreSaidInTheLanguageAsked(@TempDir Path dir) throws Exception {
        var file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"applicant": {"legalForm": "LEGAL_ENTITY", "bin": "123456789012", "name": "A"}, "activity": 1,
                 "staf": []}
                """);
        var batch = dir.resolve("b.jsonl");
        Files.writeString(batch, "{\"activity\": 1}\n");

        var kk = run("check", file.toString(), "--as-of", IN_FORCE, "--lang", "kk");
        var ru = run("check", file.toString(), "--as-of", IN_FORCE, "--lang", "ru");

        assertThat(kk.exit()).isEqualTo(65);
        assertThat(kk.err())
                .contains("bad.json — жарамсыз досье (2 қате):")
                .contains("  $.applicant.bin: БСН/ЖСН 123456789012 бақылау цифрының тексерісінен өтпейді")
                .contains("  $.staf: белгісіз өріс 'staf' (мүмкін, 'staff' деп жазбақ болдыңыз ба?)");
        assertThat(ru.err()).contains("bad.json — недопустимое досье (2 ошибки):");
        assertThat(ru.err()).contains("  $.applicant.bin: БИН/ИИН 123456789012 не проходит проверку контрольной цифры");
        assertThat(run("check", batch.toString(), "--as-of", IN_FORCE, "--lang", "kk")
                        .out())
                .contains("b.jsonl:1\tINVALID\t")
                .contains("$.applicant: міндетті");
    }

    @Test
    void aBatchWithAnInvalidLineExitsSixtyFiveAndSaysWhichLine(@TempDir Path dir) throws Exception {
        var file = dir.resolve("b.jsonl");
        var good = Files.readString(Path.of(example(1))).replace("\n", " ");
        Files.writeString(file, good + "\n{\"activity\": 1}\n");
        var run = run("check", file.toString(), "--as-of", IN_FORCE);
        assertThat(run.exit()).isEqualTo(65);
        assertThat(run.out()).contains("b.jsonl:2\tINVALID");
    }

    @Test
    void requirementsListsEveryApplicableClauseWithItsDocuments() {
        var run = run("requirements", "--activity", "1", "--format", "json");
        assertThat(run.exit()).isZero();
        var list = run.json();
        var clauses = new ArrayList<String>();
        for (var r : list) clauses.add(r.get("clause").asString());
        assertThat(clauses).containsExactly("1", "1.1", "1.2", "1.3", "1.4");
        assertThat(list.get(3).get("documents").toString())
                .contains("staffing-schedule")
                .contains("staff-summary-table");
    }

    @Test
    void requirementsForParagraphSixteenOnlyLeaveOutMineSurveying() {
        var run = run("requirements", "--activity", "3", "--subactivity", "3.a16", "--format", "json");
        var ids = new ArrayList<String>();
        for (var r : run.json()) ids.add(r.get("requirement").asString());
        assertThat(ids).contains("3.2.a16", "3.3.a22").doesNotContain("3.3.a21", "3.2.a6");
    }

    @Test
    void requirementsForDesignOnlyLeaveOutSubitemsTwoThreeAndFive() {
        var run = run("requirements", "--activity", "4", "--work", "design", "--format", "json");
        var ids = new ArrayList<String>();
        for (var r : run.json()) ids.add(r.get("requirement").asString());
        assertThat(ids).contains("4.1", "4.4").doesNotContain("4.2", "4.3", "4.5");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "requirements --activity 8 | has activities",
                "requirements --activity 3 --subactivity 3.a99 | not a sub-activity",
                "requirements | Missing required option",
                "check | Missing required parameter",
                "act 3.x | not a clause id",
                "act 9 | the act has no clause 9",
                "requirements --activity 1 --as-of 2012-13-01 | not a date"
            })
    void usageErrorsExitSixtyFourWithAMessage(String args, String message) {
        var run = run(args.split(" "));
        assertThat(run.exit()).isEqualTo(64);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }

    @Test
    void actPrintsParagraphSixteenOfItemThree() {
        var run = run("act", "3.a16");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("3.2 абз. 16").contains("нефтехимических, химических производств");
        assertThat(run.out().lines()).hasSize(1);
    }

    @Test
    void actPrintsAWholeSubitem() {
        var run = run("act", "3.3");
        assertThat(run.out())
                .contains("маркшейдерские работы")
                .contains("абз. 17")
                .contains("абз. 24")
                .doesNotContain("абз. 25");
    }

    @Test
    void aMissingFileIsAClearError() {
        var run = run("check", "no-such.json");
        assertThat(run.exit()).isEqualTo(74);
        assertThat(run.err()).contains("no-such.json: no such file");
    }

    @Test
    void importStaffReportsEveryRowOfAMessyTable() {
        var run = run("import-staff", "../staff/src/test/resources/fixtures/messy.xlsx");
        assertThat(run.out()).contains("row");
        assertThat(run.exit()).isEqualTo(65); // the messy table has a row with an impossible experience
        assertThat(run.err()).doesNotContain("Exception");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "kk, Жол, Қорытынды:, қате",
        "ru, Стр., Итого:, ошибка",
        "en, Row, Summary:, error"
    })
    void importStaffWritesTheWholeTableInTheLanguageAsked(String lang, String row, String summary, String error) {
        var run = run("import-staff", "../staff/src/test/resources/fixtures/messy.xlsx", "--lang", lang);
        assertThat(run.exit()).isEqualTo(65); // as without --lang: the row in error decides
        assertThat(run.out()).contains(row + " ", summary).containsPattern("\\n +16 \\| " + error + " ");
        if (!lang.equals("en")) assertThat(run.out()).doesNotContain("Summary", "Warning", "imported", "error ");
        if (!lang.equals("ru")) assertThat(run.out()).doesNotContain("Предупреждение", "Замечания", "принята");
    }

    @Test
    void importStaffRefusesALanguageItDoesNotSpeak() {
        var run = run("import-staff", "../staff/src/test/resources/fixtures/messy.xlsx", "--lang", "de");
        assertThat(run.exit()).isEqualTo(64);
        assertThat(run.err()).contains("--lang");
    }

    @Test
    void importStaffJsonIsTheSameInEveryLanguage() {
        var en = run("import-staff", "../staff/src/test/resources/fixtures/messy.xlsx", "--format", "json");
        var kk = run(
                "import-staff", "../staff/src/test/resources/fixtures/messy.xlsx", "--format", "json", "--lang", "kk");
        assertThat(kk.out()).isEqualTo(en.out());
        assertThat(kk.exit()).isEqualTo(en.exit());
    }

    @Test
    void importStaffRefusesACorruptFileWithAClearMessage() {
        var run = run("import-staff", "../staff/src/test/resources/fixtures/corrupt.xlsx");
        assertThat(run.exit()).isEqualTo(65);
        assertThat(run.err()).contains("corrupt.xlsx").doesNotContain("\tat ");
    }
}
