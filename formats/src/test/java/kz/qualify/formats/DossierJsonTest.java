package kz.qualify.formats;

import static kz.qualify.formats.ProblemWords.en;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.qualify.dossier.Applicant;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.LegalForm;
import kz.qualify.law.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DossierJsonTest {

    static final DossierJson JSON = new DossierJson(TestEdition.editions());
    private static final String REMOVE = "__remove__";

    // ---------------------------------------------------------------- valid input

    @Test
    void readsACompleteDossier() {
        var d = valid(ValidDossier.JSON);

        assertThat(d.applicant().legalForm()).isEqualTo(LegalForm.LEGAL_ENTITY);
        assertThat(d.applicant().taxId().value()).isEqualTo("990340001230");
        assertThat(d.activity()).isEqualTo(1);
        assertThat(d.staff()).hasSize(3);
        assertThat(d.assets())
                .singleElement()
                .satisfies(a -> assertThat(a.titleDocument()).isEqualTo("doc-title"));
        assertThat(d.services().getFirst().order()).isNotNull();
        assertThat(d.workingCapital()).isNotNull();
        assertThat(d.documents()).hasSize(6);
    }

    @Test
    void givesAStaffRowWithoutRefItsIndexAsRef() {
        var d = valid(ValidDossier.JSON);

        assertThat(d.staff()).extracting(m -> m.ref()).containsExactly("staff[0]", "row-2", "staff[2]");
    }

    @Test
    void takesStaffAsProductionUnlessTheRowSaysOtherwise() {
        var d = valid(ValidDossier.JSON);

        assertThat(d.staff()).extracting(m -> m.production()).containsExactly(true, true, false);
    }

    @Test
    void convertsDecimalYearsOfExperienceToWholeMonthsRoundingDown() {
        var d = valid(ValidDossier.JSON);

        assertThat(d.staff().get(1).experience()).isEqualTo(new Experience(35)); // 2.99 years = 35.88 months
        assertThat(d.staff().get(2).experience()).isNull();
    }

    @Test
    void readsMoneyExactlyWhetherGivenAsAStringOrAsANumber() {
        var asNumber = valid(mutate(ValidDossier.JSON, "{\"/workingCapital/amount\": 43250000000.10}"));
        var asString = valid(mutate(ValidDossier.JSON, "{\"/workingCapital/amount\": \"43250000000.10\"}"));

        assertThat(asNumber.workingCapital().amount()).isEqualTo(Money.of("43250000000.10"));
        assertThat(asString.workingCapital().amount()).isEqualTo(Money.of("43250000000.10"));
    }

    @Test
    void readsPressureAndTemperatureAsExactDecimals() {
        var d = valid(mutate(ValidDossier.JSON, """
                {"/activity": 4, "/works": ["manufacture"],
                 "/equipment": [{"ref": "k-1", "kind": "boiler", "description": "Котёл КЕ-10-14",
                                 "workingPressureKgfCm2": 0.700001, "coolantTemperatureC": "115.5"}]}
                """));

        var unit = d.equipment().getFirst();
        assertThat(unit.workingPressureKgfCm2()).isEqualByComparingTo(new BigDecimal("0.700001"));
        assertThat(unit.workingPressureKgfCm2().scale()).isEqualTo(6);
        assertThat(unit.coolantTemperatureC()).isEqualTo(new BigDecimal("115.5"));
        assertThat(unit.singleTechnologicalProcess()).isFalse();
    }

    @Test
    void acceptsAnIinForAnIndividualEntrepreneurAndWritesItBackAsIin() {
        var json = mutate(ValidDossier.JSON, """
                {"/applicant/legalForm": "INDIVIDUAL_ENTREPRENEUR", "/applicant/bin": "__remove__",
                 "/applicant/iin": "750412300441"}
                """);
        var d = valid(json);

        assertThat(d.applicant().taxId().value()).isEqualTo("750412300441");
        assertThat(JSON.write(d)).contains("\"iin\" : \"750412300441\"").doesNotContain("\"bin\"");
    }

    @Test
    void readsTheApplicantsAddressAndHeadAndWritesThemBack() {
        var d = valid(mutate(ValidDossier.JSON, """
                {"/applicant/address": "Астана, ул. Кенесары, 40",
                 "/applicant/head": {"fullName": "Сейтқали Айгүл", "position": "Генеральный директор"}}
                """));

        assertThat(d.applicant().address()).isEqualTo("Астана, ул. Кенесары, 40");
        assertThat(d.applicant().head()).isEqualTo(new Applicant.Head("Сейтқали Айгүл", "Генеральный директор"));
        assertThat(valid(JSON.write(d))).isEqualTo(d);
    }

    @Test
    void keepsADossierWithoutAddressAndHeadValid() {
        var d = valid(ValidDossier.JSON);

        assertThat(d.applicant().address()).isNull();
        assertThat(d.applicant().head()).isNull();
        assertThat(JSON.write(d)).doesNotContain("\"address\"", "\"head\"");
    }

    @Test
    void acceptsNullForAnOptionalField() {
        var d = valid(mutate(ValidDossier.JSON, "{\"/assets/0/legalBasis\": null, \"/workingCapital\": null}"));

        assertThat(d.assets().getFirst().legalBasis()).isNull();
        assertThat(d.workingCapital()).isNull();
    }

    @Test
    void writesWhatItReadsSoThatReadingItAgainGivesTheSameDossier() {
        var d = valid(ValidDossier.JSON);

        assertThat(valid(JSON.write(d))).isEqualTo(d);
        assertThat(valid(JSON.writeCompact(d))).isEqualTo(d);
        assertThat(JSON.writeCompact(d)).doesNotContain("\n");
    }

    @Test
    void writesMoneyAsADecimalStringSoNoReaderTurnsItIntoAFloat() {
        var d = valid(ValidDossier.JSON);

        assertThat(JSON.write(d)).contains("\"amount\" : \"16180000.00\"");
    }

    @Test
    void readsFromAFileAndFromAStream(@TempDir Path dir) throws Exception {
        var file = dir.resolve("dossier.json");
        Files.writeString(file, ValidDossier.JSON);

        assertThat(JSON.read(file)).isInstanceOf(DossierJson.Result.Valid.class);
        assertThat(JSON.read(new ByteArrayInputStream(ValidDossier.JSON.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DossierJson.Result.Valid.class);
    }

    // ---------------------------------------------------------------- invalid input, one problem each

    static Stream<Arguments> invalidDossiers() {
        return Stream.of(
                // applicant
                bad("{\"/applicant/bin\": \"990340001231\"}", "$.applicant.bin", "fails the check digit (expected 0"),
                bad("{\"/applicant/bin\": \"12345\"}", "$.applicant.bin", "must be exactly 12 digits"),
                bad("{\"/applicant/bin\": 990340001230}", "$.applicant.bin", "must be a string, was a number"),
                bad("{\"/applicant/bin\": \"__remove__\"}", "$.applicant.bin", "is required (or 'iin'"),
                bad("{\"/applicant/iin\": \"750412300441\"}", "$.applicant", "either 'bin' or 'iin', not both"),
                bad(
                        "{\"/applicant/bin\": \"__remove__\", \"/applicant/iin\": \"750412300441\"}",
                        "$.applicant.iin",
                        "'iin' is for an individual entrepreneur"),
                bad(
                        "{\"/applicant/legalForm\": \"LLP\"}",
                        "$.applicant.legalForm",
                        "unknown legal form 'LLP'; allowed: INDIVIDUAL_ENTREPRENEUR, LEGAL_ENTITY, BRANCH"),
                bad("{\"/applicant/name\": \"__remove__\"}", "$.applicant.name", "is required"),
                bad("{\"/applicant/name\": null}", "$.applicant.name", "is required, was null"),
                bad("{\"/applicant/name\": \"   \"}", "$.applicant.name", "must not be blank"),
                bad("{\"/applicant\": \"__remove__\"}", "$.applicant", "is required"),
                bad("{\"/applicant\": []}", "$.applicant", "must be an object, was an array"),
                // activity and declarations
                bad("{\"/activity\": 9}", "$.activity", "unknown activity 9; known: 1, 2, 3, 4, 5, 6, 7"),
                bad("{\"/activity\": \"1\"}", "$.activity", "must be a whole number, was a string"),
                bad("{\"/activity\": 1.5}", "$.activity", "must be a whole number, was 1.5"),
                bad("{\"/activity\": \"__remove__\"}", "$.activity", "is required"),
                bad(
                        "{\"/subActivities\": [\"3.a5\"]}",
                        "$.subActivities[0]",
                        "activity 1 has no sub-activities; '3.a5' belongs to activity 3"),
                bad(
                        "{\"/activity\": 3, \"/subActivities\": [\"3.a99\"]}",
                        "$.subActivities[0]",
                        "unknown sub-activity '3.a99'"),
                bad(
                        "{\"/activity\": 3, \"/subActivities\": [\"3.a5\", \"3.a5\"]}",
                        "$.subActivities[1]",
                        "'3.a5' is listed twice (also at $.subActivities[0])"),
                bad("{\"/activity\": 3, \"/subActivities\": [5]}", "$.subActivities[0]", "must be a string"),
                bad(
                        "{\"/works\": [\"design\"]}",
                        "$.works",
                        "works are declared only for activity 4; activity 1 has none"),
                bad(
                        "{\"/activity\": 4, \"/works\": [\"design\", \"weld\"]}",
                        "$.works[1]",
                        "unknown kind of work 'weld'"),
                bad(
                        "{\"/equipment\": [{\"ref\": \"k\", \"kind\": \"boiler\", \"description\": \"Котёл\"}]}",
                        "$.equipment",
                        "equipment is declared only for activity 4"),
                bad(
                        "{\"/activity\": 4, \"/works\": [\"design\"], \"/equipment\": [{\"ref\": \"k\", \"kind\": \"boilr\", \"description\": \"Котёл\"}]}",
                        "$.equipment[0].kind",
                        "unknown equipment kind 'boilr' (did you mean 'boiler'?)"),
                bad(
                        "{\"/activity\": 4, \"/works\": [\"design\"], \"/equipment\": [{\"ref\": \"k\", \"kind\": \"boiler\", \"description\": \"Котёл\", \"workingPressureKgfCm2\": -1}]}",
                        "$.equipment[0].workingPressureKgfCm2",
                        "must not be negative"),
                bad(
                        "{\"/activity\": 4, \"/works\": [\"design\"], \"/equipment\": [{\"ref\": \"k\", \"kind\": \"boiler\", \"description\": \"Котёл\", \"coolantTemperatureC\": \"hot\"}]}",
                        "$.equipment[0].coolantTemperatureC",
                        "must be a number (or a decimal string)"),
                bad(
                        "{\"/activity\": 4, \"/works\": [\"design\"], \"/equipment\": [{\"ref\": \"k\", \"kind\": \"boiler\", \"description\": \"Котёл\", \"workingPressureKgfCm2\": 0.0000001}]}",
                        "$.equipment[0].workingPressureKgfCm2",
                        "has more than 6 decimals"),
                // staff
                bad(
                        "{\"/staff/0/experienceMonths\": 721}",
                        "$.staff[0].experienceMonths",
                        "out of range 0..720 months"),
                bad("{\"/staff/0/experienceMonths\": -1}", "$.staff[0].experienceMonths", "out of range 0..720 months"),
                bad("{\"/staff/0/experienceMonths\": \"12\"}", "$.staff[0].experienceMonths", "must be a whole number"),
                bad("{\"/staff/0/experienceMonths\": 12.5}", "$.staff[0].experienceMonths", "must be a whole number"),
                bad("{\"/staff/1/experienceYears\": 60.5}", "$.staff[1].experienceYears", "out of range 0..60 years"),
                bad("{\"/staff/1/experienceYears\": -0.5}", "$.staff[1].experienceYears", "out of range 0..60 years"),
                bad(
                        "{\"/staff/0/experienceYears\": 3}",
                        "$.staff[0]",
                        "give experienceMonths or experienceYears, not both"),
                bad(
                        "{\"/staff/0/experienceMonth\": 12}",
                        "$.staff[0].experienceMonth",
                        "unknown field 'experienceMonth' (did you mean 'experienceMonths'?)"),
                bad("{\"/staff/0/fullName\": \"__remove__\"}", "$.staff[0].fullName", "is required"),
                bad("{\"/staff/0/fullName\": \" \"}", "$.staff[0].fullName", "must not be blank"),
                bad(
                        "{\"/staff/0/role\": \"BOSS\"}",
                        "$.staff[0].role",
                        "unknown role 'BOSS'; allowed: MANAGER, SPECIALIST, WORKER, UNKNOWN"),
                bad(
                        "{\"/staff/0/education/level\": \"PHD\"}",
                        "$.staff[0].education.level",
                        "unknown education level 'PHD'; allowed: UNKNOWN, GENERAL_SECONDARY"),
                bad(
                        "{\"/staff/0/education/field\": \"ELECTRIC\"}",
                        "$.staff[0].education.field",
                        "unknown education field 'ELECTRIC'"),
                bad("{\"/staff/0/education\": \"__remove__\"}", "$.staff[0].education", "is required"),
                bad("{\"/staff/0/production\": \"yes\"}", "$.staff[0].production", "must be true or false"),
                bad("{\"/staff/0/ref\": \"row-2\"}", "$.staff[1].ref", "duplicate ref 'row-2' (also at $.staff[0])"),
                bad("{\"/staff\": {}}", "$.staff", "must be an array, was an object"),
                bad("{\"/staff/0\": \"Ахметов\"}", "$.staff[0]", "must be an object, was a string"),
                // assets, services, programmes, contracts, permits
                bad(
                        "{\"/assets/0/category\": \"netwrk\"}",
                        "$.assets[0].category",
                        "unknown asset category 'netwrk'; known asset categories: consumer-office, electric-networks"),
                bad(
                        "{\"/assets/0/category\": \"labour-safety\"}",
                        "$.assets[0].category",
                        "'labour-safety' is a service function, not an asset category"),
                bad(
                        "{\"/assets/0/legalBasis\": \"RENT\"}",
                        "$.assets[0].legalBasis",
                        "unknown legal basis 'RENT'; allowed: OWNERSHIP, ECONOMIC_MANAGEMENT"),
                bad(
                        "{\"/assets/0/titleDocument\": \"doc-missing\"}",
                        "$.assets[0].titleDocument",
                        "no document with id 'doc-missing' in $.documents"),
                bad(
                        "{\"/assets/1\": {\"ref\": \"net-1\", \"category\": \"substations\", \"description\": \"ПС 110/10\"}}",
                        "$.assets[1].ref",
                        "duplicate ref 'net-1' (also at $.assets[0])"),
                bad(
                        "{\"/services/0/function\": \"dispatch\"}",
                        "$.services[0].function",
                        "unknown service function 'dispatch'"),
                bad(
                        "{\"/services/0/order/document\": \"doc-x\"}",
                        "$.services[0].order.document",
                        "no document with id 'doc-x'"),
                bad(
                        "{\"/services/0/order/date\": \"01.06.2012\"}",
                        "$.services[0].order.date",
                        "must be a date as YYYY-MM-DD, was '01.06.2012'"),
                bad(
                        "{\"/services/0/order/date\": \"2012-02-30\"}",
                        "$.services[0].order.date",
                        "is not a calendar date"),
                bad("{\"/services/0/order/number\": \"__remove__\"}", "$.services[0].order.number", "is required"),
                bad(
                        "{\"/programmes/0/kind\": \"repair\"}",
                        "$.programmes[0].kind",
                        "'repair' is a kind of work, not a programme kind"),
                bad("{\"/programmes/0/document\": \"nope\"}", "$.programmes[0].document", "no document with id 'nope'"),
                bad("{\"/programmes/0/onSchedule\": \"yes\"}", "$.programmes[0].onSchedule", "must be true or false"),
                bad("{\"/contracts/0/kind\": \"supply\"}", "$.contracts[0].kind", "unknown contract kind 'supply'"),
                bad("{\"/contracts/0/document\": \"nope\"}", "$.contracts[0].document", "no document with id 'nope'"),
                bad(
                        "{\"/contracts/0/validUntil\": \"2013-12-31T00:00\"}",
                        "$.contracts[0].validUntil",
                        "must be a date as YYYY-MM-DD"),
                bad("{\"/permits/0/kind\": \"licence\"}", "$.permits[0].kind", "unknown permit kind 'licence'"),
                bad("{\"/permits/0/document\": \"nope\"}", "$.permits[0].document", "no document with id 'nope'"),
                // working capital
                bad(
                        "{\"/workingCapital/certificateDocument\": \"nope\"}",
                        "$.workingCapital.certificateDocument",
                        "no document with id 'nope'"),
                bad("{\"/workingCapital/amount\": \"-5.00\"}", "$.workingCapital.amount", "must not be negative"),
                bad("{\"/workingCapital/amount\": -5}", "$.workingCapital.amount", "must not be negative"),
                bad(
                        "{\"/workingCapital/amount\": \"16180000.005\"}",
                        "$.workingCapital.amount",
                        "more than 2 decimals"),
                bad("{\"/workingCapital/amount\": 16180000.005}", "$.workingCapital.amount", "more than 2 decimals"),
                bad(
                        "{\"/workingCapital/amount\": \"16 180 000\"}",
                        "$.workingCapital.amount",
                        "must be an amount in tenge"),
                bad("{\"/workingCapital/amount\": true}", "$.workingCapital.amount", "must be an amount in tenge"),
                bad("{\"/workingCapital/amount\": \"__remove__\"}", "$.workingCapital.amount", "is required"),
                // documents
                bad(
                        "{\"/documents/1/id\": \"doc-title\"}",
                        "$.documents[1].id",
                        "duplicate id 'doc-title' (also at $.documents[0])"),
                bad("{\"/documents/0/kind\": \"passport\"}", "$.documents[0].kind", "unknown document kind 'passport'"),
                bad(
                        "{\"/documents/0/signedBy\": \"CEO\"}",
                        "$.documents[0].signedBy",
                        "unknown signatory 'CEO'; allowed: FIRST_HEAD, ACTING_HEAD, APPLICANT, OTHER"),
                bad("{\"/documents/0/sha256\": \"abc\"}", "$.documents[0].sha256", "must be 64 hexadecimal digits"),
                bad("{\"/documents/0/sealed\": \"true\"}", "$.documents[0].sealed", "must be true or false"),
                bad("{\"/documents/0/date\": \"2005-4-1\"}", "$.documents[0].date", "must be a date as YYYY-MM-DD"),
                // the document as a whole
                bad("{\"/extra\": 1}", "$.extra", "unknown field 'extra'; allowed here: activity, applicant"),
                bad("{\"/Staff\": []}", "$.Staff", "unknown field 'Staff' (did you mean 'staff'?)"),
                bad("{\"/documents/0/odd key\": 1}", "$.documents[0]['odd key']", "unknown field 'odd key'"),
                // a name of the format, in an object that does not allow it
                bad("{\"/staff/0/kind\": \"x\"}", "$.staff[0].kind", "unknown field 'kind'"),
                bad("{\"/staff/0/education/ref\": \"x\"}", "$.staff[0].education.ref", "unknown field 'ref'"),
                bad("{\"/applicant/staff\": []}", "$.applicant.staff", "unknown field 'staff'"),
                // the applicant's optional address and head
                bad("{\"/applicant/address\": \" \"}", "$.applicant.address", "must not be blank"),
                bad("{\"/applicant/head\": {\"fullName\": \"A B\"}}", "$.applicant.head.position", "is required"),
                bad("{\"/applicant/head\": \"A B\"}", "$.applicant.head", "must be an object"),
                bad(
                        "{\"/applicant/head\": {\"fullName\": \"A B\", \"position\": \"CEO\", \"phone\": \"1\"}}",
                        "$.applicant.head.phone",
                        "unknown field 'phone'"),
                bad("{\"/documents/0/amount\": 1}", "$.documents[0].amount", "unknown field 'amount'"));
    }

    private static Arguments bad(String mutations, String path, String fragment) {
        return Arguments.of(mutations, path, fragment);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("invalidDossiers")
    void namesThePathAndTheReasonOfEachProblem(String mutations, String path, String fragment) {
        var problems = invalid(mutate(ValidDossier.JSON, mutations));

        assertThat(problems).as("problems: %s", problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(en(p)).contains(fragment);
        });
        assertThat(problems).allSatisfy(p -> assertThat(en(p)).doesNotContain("Exception", "\tat "));
    }

    // ---------------------------------------------------------------- invalid input, as a whole

    @Test
    void refusesAHugeExponentBeforeScalingIt() {
        var problems = invalid(ValidDossier.JSON.replace("\"amount\": \"16180000.00\"", "\"amount\": 1e999999999"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.workingCapital.amount");
            assertThat(en(p)).contains("implausibly large");
        });
    }

    @Test
    void listsEveryProblemNotOnlyTheFirst() {
        var problems = invalid(mutate(ValidDossier.JSON, """
                {"/applicant/bin": "990340001231", "/staff/0/experienceMonths": 900, "/staff/2/role": "BOSS",
                 "/assets/0/category": "netwrk", "/documents/0/date": "yesterday", "/typo": true}
                """));

        assertThat(problems)
                .extracting(Problem::path)
                .contains(
                        "$.applicant.bin",
                        "$.staff[0].experienceMonths",
                        "$.staff[2].role",
                        "$.assets[0].category",
                        "$.documents[0].date",
                        "$.typo");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        var problems = invalid("{\n  \"applicant\": {\"name\": }\n}");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(en(p)).startsWith("malformed JSON at line 2, column ");
            assertThat(p.path()).isEqualTo("$.applicant.name");
        });
    }

    @Test
    void reportsARepeatedKeyAsMalformedRatherThanKeepingTheLast() {
        var problems = invalid("{\"activity\": 1, \"activity\": 2}");

        assertThat(problems)
                .singleElement()
                .satisfies(p ->
                        assertThat(en(p)).contains("malformed JSON at line 1").contains("activity"));
    }

    @Test
    void reportsARepeatedKeyInANestedObjectWithItsPath() {
        var problems = invalid("{\"applicant\": {\"name\": \"A\", \"bin\": \"1\", \"name\": \"B\"}}");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(en(p)).contains("malformed JSON at line 1").contains("name");
            assertThat(p.path()).isEqualTo("$.applicant.name");
        });
    }

    @Test
    void findsRepeatedAndUnknownKeysInAnObjectOfManyFields() {
        // past 16 fields an object is indexed rather than searched: both ways must agree
        var fields = new StringBuilder();
        for (int i = 0; i < 40; i++)
            fields.append("\"x").append(i).append("\": ").append(i).append(", ");
        assertThat(invalid("{" + fields + "\"x7\": 0}"))
                .singleElement()
                .satisfies(p -> assertThat(en(p)).contains("x7"));
        assertThat(invalid("{" + fields + "\"activity\": 1}"))
                .extracting(Problem::path)
                .contains("$.x0", "$.x39", "$.applicant");
    }

    @Test
    void aBlankValueIsBlankWhateverItsFirstCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            var one = String.valueOf(c);
            assertThat(DossierReader.blank(one)).as("U+%04X", (int) c).isEqualTo(one.isBlank());
            assertThat(DossierReader.blank(one + "ж")).as("U+%04X ж", (int) c).isFalse();
        }
        assertThat(DossierReader.blank("")).isTrue();
        assertThat(DossierReader.blank(" \u2003\t")).isTrue();
    }

    @Test
    void reportsBytesThatAreNotUtf8AsMalformedWithTheirPlace() {
        var json = ValidDossier.JSON.getBytes(StandardCharsets.UTF_8);
        int at = ValidDossier.JSON.getBytes(StandardCharsets.UTF_8).length
                - ValidDossier.JSON
                        .substring(ValidDossier.JSON.indexOf("Шыгыс"))
                        .getBytes(StandardCharsets.UTF_8)
                        .length;
        json[at] = (byte) 0xFF;

        assertThat(problems(JSON.read(json)))
                .extracting(ProblemWords::said)
                .containsExactly(
                        new ProblemWords.Said(
                                "$.applicant.name",
                                "malformed JSON at line 2, column 83: invalid UTF-8 byte 0xFF (never used in UTF-8)",
                                "некорректный JSON в строке 2, столбце 83: недопустимый байт UTF-8 0xFF (в UTF-8 не используется)"));
    }

    @Test
    void reportsATextThatIsNotUnicodeAsMalformed() {
        var json = "{\n \"applicant\": \"" + (char) 0xD800 + "\"}";

        assertThat(invalid(json))
                .extracting(ProblemWords::said)
                .containsExactly(new ProblemWords.Said(
                        "$",
                        "malformed JSON at line 2, column 16: an unpaired surrogate U+D800: not Unicode text",
                        "некорректный JSON в строке 2, столбце 16: непарный суррогат U+D800: текст не в Юникоде"));
    }

    @Test
    void readsADossierThatStartsWithAByteOrderMark(@TempDir Path dir) throws Exception {
        var file = dir.resolve("dossier.json");
        Files.write(file, Utf8JsonTest.bytes(0xEF, 0xBB, 0xBF, ValidDossier.JSON));

        assertThat(JSON.read(file)).isInstanceOf(DossierJson.Result.Valid.class);
    }

    @Test
    void readsOneLineOfABatchWithoutLookingPastIt() {
        var line = ValidDossier.JSON.strip().replace("\n", " ");
        var batch = Utf8JsonTest.bytes("{\"x\": 1}\n", line, "\n\"");
        int from = "{\"x\": 1}\n".length();
        int length = line.getBytes(StandardCharsets.UTF_8).length;

        assertThat(JSON.read(batch, from, length)).isInstanceOf(DossierJson.Result.Valid.class);
        assertThat(problems(JSON.read(batch, from, length - 1)))
                .singleElement()
                .satisfies(p -> assertThat(en(p)).contains("unexpected end of input"));
    }

    @Test
    void readsATreeAsItReadsTheText() {
        var tree = Jackson.MAPPER.readTree(ValidDossier.JSON);

        assertThat(JSON.read(tree)).isEqualTo(JSON.read(ValidDossier.JSON));
        assertThat(problems(JSON.read(Jackson.MAPPER.readTree("{\"activity\": 1.5}"))))
                .extracting(Problem::path)
                .contains("$.activity", "$.applicant");
    }

    @Test
    void reportsTrailingContentAsMalformed() {
        assertThat(invalid(ValidDossier.JSON + " {}"))
                .singleElement()
                .satisfies(p -> assertThat(en(p)).startsWith("malformed JSON"));
    }

    @Test
    void reportsEmptyInput() {
        assertThat(invalid("")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(en(p)).contains("empty");
        });
    }

    @Test
    void requiresTheDocumentToBeAnObject() {
        assertThat(invalid("[]"))
                .singleElement()
                .extracting(ProblemWords::said)
                .isEqualTo(new ProblemWords.Said(
                        "$", "must be an object, was an array", "должно быть объектом, а не массивом"));
    }

    @Test
    void refusesInputLargerThanTheLimitWithoutParsingIt() {
        var small = new DossierJson(TestEdition.editions(), new DossierJson.Limits(100, 10));

        var result = small.read(ValidDossier.JSON);
        var fromStream = small.read(new ByteArrayInputStream(ValidDossier.JSON.getBytes(StandardCharsets.UTF_8)));

        assertThat(problems(result)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(en(p)).contains("larger than the limit of 100");
        });
        assertThat(problems(fromStream))
                .singleElement()
                .satisfies(p -> assertThat(en(p)).contains("larger than the limit of 100 bytes"));
    }

    @Test
    void refusesMoreStaffRowsThanTheLimit() {
        var json = new DossierJson(TestEdition.editions(), new DossierJson.Limits(1_000_000, 2));

        assertThat(problems(json.read(ValidDossier.JSON)))
                .extracting(ProblemWords::said)
                .containsExactly(new ProblemWords.Said(
                        "$.staff", "has 3 rows, more than the limit of 2", "строк: 3, больше предела в 2"));
    }

    @Test
    void reportsAFileThatCannotBeReadAsAProblem(@TempDir Path dir) {
        assertThat(problems(JSON.read(dir.resolve("missing.json"))))
                .singleElement()
                .satisfies(p -> assertThat(en(p)).contains("cannot read").contains("missing.json"));
    }

    // ---------------------------------------------------------------- helpers

    static Dossier valid(String json) {
        var result = JSON.read(json);
        assertThat(result).as("%s", result).isInstanceOf(DossierJson.Result.Valid.class);
        return ((DossierJson.Result.Valid) result).dossier();
    }

    static List<Problem> invalid(String json) {
        return problems(JSON.read(json));
    }

    static List<Problem> problems(DossierJson.Result result) {
        assertThat(result).isInstanceOf(DossierJson.Result.Invalid.class);
        return ((DossierJson.Result.Invalid) result).problems();
    }

    /**
     * The JSON with each pointer of {@code mutations} set to its value ({@code "__remove__"} removes
     * it; an index one past the end of an array appends).
     */
    static String mutate(String json, String mutations) {
        var root = (ObjectNode) Jackson.MAPPER.readTree(json);
        var changes = Jackson.MAPPER.readTree(mutations);
        for (var e : changes.properties()) {
            var pointer = JsonPointer.compile(e.getKey());
            JsonNode parent = root.at(pointer.head());
            var last = pointer.last();
            var value = e.getValue();
            boolean remove = value.isString() && value.stringValue().equals(REMOVE);
            if (parent instanceof ArrayNode array) {
                int i = last.getMatchingIndex();
                if (remove) array.remove(i);
                else if (i == array.size()) array.add(value);
                else array.set(i, value);
            } else if (parent instanceof ObjectNode object) {
                if (remove) object.remove(last.getMatchingProperty());
                else object.set(last.getMatchingProperty(), value);
            } else {
                throw new IllegalArgumentException("no parent for " + e.getKey());
            }
        }
        return Jackson.MAPPER.writeValueAsString(root);
    }
}
