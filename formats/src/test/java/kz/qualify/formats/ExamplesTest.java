package kz.qualify.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import kz.qualify.assessment.Status;
import kz.qualify.assessment.Verdict;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples, the schema and the reader must agree: every example is valid under the schema, reads
 * as a valid dossier against the bundled catalog, survives a round trip, and — each being meant as a
 * compliant applicant — is assessed without a failing finding.
 */
class ExamplesTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path SCHEMA = Path.of("..", "docs", "dossier.schema.json");
    /** A date inside the 2012 edition. */
    static final LocalDate AS_OF = LocalDate.of(2012, 11, 1);

    static final DossierJson JSON = new DossierJson(Catalog.standard());
    static final AssessmentJson JSON_OUT = new AssessmentJson(new kz.qualify.wording.Wording(
            kz.qualify.wording.Phrasebook.load(kz.qualify.wording.Phrasebook.FINDINGS),
            Catalog.standard().glossaries()));
    static final Schema SCHEMA_VALIDATOR = schema();

    static Schema schema() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Jackson.MAPPER.readTree(Files.readString(SCHEMA)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Path> examples() throws IOException {
        try (var files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void thereIsOneExamplePerActivity() throws IOException {
        var activities = examples().map(p -> read(p).activity()).sorted().toList();

        assertThat(activities).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsValidUnderTheSchema(Path example) throws IOException {
        var errors = SCHEMA_VALIDATOR.validate(Jackson.MAPPER.readTree(Files.readString(example)));

        assertThat(errors).as("%s", errors).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleReadsAsAValidDossier(Path example) {
        assertThat(JSON.read(example)).as("%s", JSON.read(example)).isInstanceOf(DossierJson.Result.Valid.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleSurvivesARoundTrip(Path example) {
        var dossier = read(example);

        var again = JSON.read(JSON.write(dossier));

        assertThat(again).isEqualTo(new DossierJson.Result.Valid(dossier));
        assertThat(SCHEMA_VALIDATOR.validate(JSON.tree(dossier))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsAssessedCompliantOrForReviewWithoutAFailingFinding(Path example) {
        var assessment = Catalog.standard().evaluator().assess(read(example), AS_OF);

        assertThat(assessment.verdict()).as(JSON_OUT.write(assessment)).isIn(Verdict.COMPLIANT, Verdict.NEEDS_REVIEW);
        assertThat(assessment.findings())
                .as(JSON_OUT.write(assessment))
                .noneMatch(f -> f.status() == Status.NOT_MET
                        || f.status() == Status.MISSING_EVIDENCE
                        || f.status() == Status.NOT_ELIGIBLE);
    }

    /** Documents that break the schema: the reader must refuse each of them too. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"/staff/0/experienceMonth\": 12}",
                "{\"/staff/0/experienceMonths\": 721}",
                "{\"/staff/0/role\": \"BOSS\"}",
                "{\"/staff/0/experienceYears\": 3}",
                "{\"/applicant/bin\": \"12345\"}",
                "{\"/applicant/iin\": \"750412300441\"}",
                "{\"/applicant/legalForm\": \"LLP\"}",
                "{\"/activity\": 9}",
                "{\"/activity\": \"1\"}",
                "{\"/assets/0/legalBasis\": \"RENT\"}",
                "{\"/assets/0/description\": \"__remove__\"}",
                "{\"/documents/0/date\": \"01.06.2012\"}",
                "{\"/documents/0/sha256\": \"abc\"}",
                "{\"/services/0/order/date\": \"__remove__\"}",
                "{\"/extra\": true}"
            })
    void aDocumentTheSchemaRefusesTheReaderRefusesToo(String mutations) throws IOException {
        var json = DossierJsonTest.mutate(
                Files.readString(EXAMPLES.resolve("activity-1-electricity-transmission.json")), mutations);

        assertThat(SCHEMA_VALIDATOR.validate(Jackson.MAPPER.readTree(json))).isNotEmpty();
        assertThat(JSON.read(json)).isInstanceOf(DossierJson.Result.Invalid.class);
    }

    @Test
    void theSmallBatchHoldsValidDossiersOfWhichSomeFail() throws IOException {
        var lines = Files.readAllLines(EXAMPLES.resolve("batch-small.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .toList();
        var verdicts = lines.stream()
                .map(l -> {
                    var result = JSON.read(l);
                    assertThat(result).as("%s", result).isInstanceOf(DossierJson.Result.Valid.class);
                    return Catalog.standard()
                            .evaluator()
                            .assess(((DossierJson.Result.Valid) result).dossier(), AS_OF)
                            .verdict();
                })
                .toList();

        // Each line is meant to give one verdict; the comments in docs/DOSSIER.md say why.
        assertThat(verdicts)
                .containsExactly(
                        Verdict.COMPLIANT, // item 1 network company
                        Verdict.NON_COMPLIANT, // item 1, qualified staff below 70 %
                        Verdict.COMPLIANT, // item 2 branch
                        Verdict.NON_COMPLIANT, // item 7, working capital below 10 000 МРП
                        Verdict.NOT_ELIGIBLE, // item 4, a boiler at exactly 0.7 kgf/cm²
                        Verdict.NON_COMPLIANT, // item 3, regulation not signed by the head
                        Verdict.NOT_ELIGIBLE, // item 1, a branch
                        Verdict.NEEDS_REVIEW); // item 6, "corresponding education" is the officer's
    }

    static Dossier read(Path example) {
        var result = JSON.read(example);
        assertThat(result).as("%s: %s", example, result).isInstanceOf(DossierJson.Result.Valid.class);
        return ((DossierJson.Result.Valid) result).dossier();
    }
}
