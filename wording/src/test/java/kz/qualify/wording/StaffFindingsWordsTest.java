package kz.qualify.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.Role;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The staff findings' sentences ({@code finding.staff.*}, {@code remedy.staff.*}, {@code reason.*}
 * and the legal form's, the documents', the declarations' and the applicability's) as a reader meets
 * them: Russian nouns take the form their count asks for, Kazakh nouns stay singular after a numeral,
 * and the Kazakh has no Latin-script word.
 */
class StaffFindingsWordsTest {

    private static final Wording WORDING =
            new Wording(Phrasebook.load(Languages.standard(), List.of(Phrasebook.FINDINGS)), Map.of());
    private static final Words EN = WORDING.in(Language.of("en"));
    private static final Words RU = WORDING.in(Language.of("ru"));
    private static final Words KK = WORDING.in(Language.of("kk"));

    private static Message shareFigure(long qualified, long staff) {
        return Message.of(
                "finding.staff.share.figure",
                Arg.count("qualified", qualified),
                Arg.count("staff", staff),
                Arg.decimal("share", new BigDecimal("0.0")),
                Arg.count("required", 70));
    }

    @ParameterizedTest(name = "{0} production staff")
    @CsvSource({
        "0, 'квалифицированных 0 из 0 человек производственного персонала = 0,0 %, требуется ≥ 70 %',"
                + " 'өндірістік персоналдың 0 адамының 0 білікті = 0,0 %, ≥ 70 % талап етіледі'",
        "1, 'квалифицированных 0 из 1 человека производственного персонала = 0,0 %, требуется ≥ 70 %',"
                + " 'өндірістік персоналдың 1 адамының 0 білікті = 0,0 %, ≥ 70 % талап етіледі'",
        "2, 'квалифицированных 0 из 2 человек производственного персонала = 0,0 %, требуется ≥ 70 %',"
                + " 'өндірістік персоналдың 2 адамының 0 білікті = 0,0 %, ≥ 70 % талап етіледі'",
        "5, 'квалифицированных 0 из 5 человек производственного персонала = 0,0 %, требуется ≥ 70 %',"
                + " 'өндірістік персоналдың 5 адамының 0 білікті = 0,0 %, ≥ 70 % талап етіледі'",
        "21, 'квалифицированных 0 из 21 человека производственного персонала = 0,0 %, требуется ≥ 70 %',"
                + " 'өндірістік персоналдың 21 адамының 0 білікті = 0,0 %, ≥ 70 % талап етіледі'"
    })
    void theShareFigureNamesTheStaffInTheFormTheCountAsks(long staff, String russian, String kazakh) {
        assertThat(RU.render(shareFigure(0, staff))).isEqualTo(russian);
        assertThat(KK.render(shareFigure(0, staff))).isEqualTo(kazakh);
    }

    @ParameterizedTest(name = "{0} to qualify, {1} staff, {2} to hire")
    @CsvSource({
        "1, 1, 1, 'ещё 1 квалифицированный руководитель или специалист среди нынешнего 1 человека производственного"
                + " персонала (повысить квалификацию или заменить 1 из неучтённых) либо принять 1 дополнительного"
                + " квалифицированного'",
        "2, 2, 2, 'ещё 2 квалифицированных руководителя или специалиста среди нынешних 2 человек производственного"
                + " персонала (повысить квалификацию или заменить 2 из неучтённых) либо принять 2 дополнительных"
                + " квалифицированных'",
        "5, 0, 5, 'ещё 5 квалифицированных руководителей или специалистов среди нынешних 0 человек"
                + " производственного персонала (повысить квалификацию или заменить 5 из неучтённых) либо принять 5"
                + " дополнительных квалифицированных'",
        "21, 21, 21, 'ещё 21 квалифицированный руководитель или специалист среди нынешнего 21 человека"
                + " производственного персонала (повысить квалификацию или заменить 21 из неучтённых) либо принять 21"
                + " дополнительного квалифицированного'"
    })
    void theShortfallAgreesWithEachOfItsCountsInRussian(long needed, long staff, long hires, String russian) {
        var m = Message.of(
                "remedy.staff.share.shortfall",
                Arg.count("needed", needed),
                Arg.count("staff", staff),
                Arg.count("hires", hires));
        assertThat(RU.render(m)).isEqualTo(russian);
        assertThat(KK.render(m))
                .isEqualTo("өндірістік персоналдың қазіргі " + staff + " адамының арасында тағы " + needed
                        + " білікті басшы немесе маман (есепке алынбағандардың " + needed
                        + " адамының біліктілігін арттыру немесе оларды ауыстыру) не болмаса қосымша " + hires
                        + " білікті қызметкерді жұмысқа қабылдау");
    }

    @ParameterizedTest(name = "{0} managers, {1} specialists")
    @CsvSource({
        "0, 1, 0 руководителей и 1 специалиста",
        "1, 2, 1 руководителя и 2 специалистов",
        "2, 5, 2 руководителей и 5 специалистов",
        "21, 21, 21 руководителя и 21 специалиста"
    })
    void theOfficerJudgesTheManagersAndSpecialistsCounted(long managers, long specialists, String russian) {
        var m = Message.of(
                "finding.staff.corresponding.NEEDS_REVIEW",
                Arg.count("managers", managers),
                Arg.count("specialists", specialists));
        assertThat(RU.render(m)).contains("соответствие деятельности " + russian + " оценивает");
        assertThat(KK.render(m))
                .contains(managers + " басшының және " + specialists + " маманның қызметке сәйкестігін")
                .contains("қаулының орыс тіліндегі ресми мәтіні: «соответствующему образовательному уровню»");
    }

    @Test
    void theFormsNamedAreListedByNameInEnglishAndInTheAnnexsOrderInRussianAndKazakh() {
        var m = Message.of(
                "finding.legalForm.named",
                Arg.items(
                        "byName",
                        "list.comma",
                        List.of(Arg.label("f", LegalForm.BRANCH), Arg.label("f", LegalForm.INDIVIDUAL_ENTREPRENEUR))),
                Arg.items(
                        "byOrder",
                        "list.comma",
                        List.of(Arg.label("f", LegalForm.INDIVIDUAL_ENTREPRENEUR), Arg.label("f", LegalForm.BRANCH))));
        assertThat(EN.render(m)).isEqualTo("named by the item: [BRANCH, INDIVIDUAL_ENTREPRENEUR]");
        assertThat(RU.render(m))
                .isEqualTo(
                        "названы в пункте: физическое лицо (индивидуальный предприниматель), филиал юридического лица");
        assertThat(KK.render(m)).isEqualTo("тармақта аталғандар: жеке тұлға (жеке кәсіпкер), заңды тұлғаның филиалы");
    }

    @Test
    void aPersonsIssueSaysTheStandingThenEachReason() {
        var level = Message.of(
                "reason.levelBelow",
                Arg.label("held", EducationLevel.TECHNICAL_VOCATIONAL),
                Arg.label("required", EducationLevel.HIGHER));
        var sphere = Arg.message("f", Message.of("reason.field", Arg.label("field", EducationField.ELECTRIC_POWER)));
        var field = Message.of(
                "reason.fieldOutsideSphere",
                Arg.label("field", EducationField.MINING),
                Arg.choice("named", true),
                Arg.text("specialty", "Горное дело"),
                Arg.items("accepted", "list.comma", List.of(sphere)));
        var issue = Message.of(
                "issue.staff.person",
                Arg.text("name", "Иванов И. И."),
                Arg.text("position", "инженер"),
                Arg.choice("standing", "NOT_QUALIFIED"),
                Arg.items("reasons", "list.semicolon", List.of(Arg.message("r", level), Arg.message("r", field))));
        assertThat(EN.render(issue))
                .isEqualTo("Иванов И. И. (инженер): not qualified — education TECHNICAL_VOCATIONAL, needs at least"
                        + " HIGHER; MINING education 'Горное дело' is not in the required sphere [ELECTRIC_POWER]");
        assertThat(RU.render(issue))
                .isEqualTo("Иванов И. И. (инженер): не соответствует требованиям — образование «техническое и"
                        + " профессиональное», требуется не ниже «высшее»; образование в области «горное дело» по"
                        + " специальности «Горное дело» не относится к требуемой сфере («электроэнергетика»)");
        assertThat(KK.render(issue))
                .isEqualTo("Иванов И. И. (инженер): талаптарға сәйкес келмейді — білімі «техникалық және кәсіптік»,"
                        + " кемінде «жоғары» білім талап етіледі; «тау-кен ісі» саласындағы білім («Горное дело»"
                        + " мамандығы) талап етілетін салаға («электр энергетикасы») жатпайды");
    }

    @Test
    void aSpecialtyTheTableDoesNotNameIsLeftOut() {
        var m = Message.of(
                "reason.fieldNotRecognised",
                Arg.choice("named", false),
                Arg.text("specialty", ""),
                Arg.choice("asked", "technical"));
        assertThat(EN.render(m)).isEqualTo("specialty not recognised: is it technical?");
        assertThat(RU.render(m)).isEqualTo("специальность не распознана: является ли она технической?");
        assertThat(KK.render(m)).isEqualTo("мамандық танылмады: ол техникалық па?");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MANAGER", "SPECIALIST"})
    void remediesNameTheCategoryInTheCaseTheSentenceAsks(Role who) {
        var m = Message.of("remedy.staff.stateEvidence", Arg.label("who", who));
        assertThat(EN.render(m))
                .isEqualTo("state the missing evidence for the " + (who == Role.MANAGER ? "manager" : "specialist")
                        + "s listed");
        assertThat(RU.render(m))
                .endsWith(who == Role.MANAGER ? "по указанным руководителям" : "по указанным специалистам");
        assertThat(KK.render(m)).startsWith(who == Role.MANAGER ? "көрсетілген басшылар" : "көрсетілген мамандар");
    }

    /** The Kazakh of these keys, their argument names and select keywords aside, has no Latin letter. */
    @Test
    void theKazakhHasNoLatinScriptWord() throws IOException {
        var kk = new Properties();
        try (var in = new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream(Phrasebook.FINDINGS + "_kk.properties"),
                StandardCharsets.UTF_8)) {
            kk.load(in);
        }
        int checked = 0;
        for (var key : kk.stringPropertyNames()) {
            if (!key.matches("(finding|issue|remedy)\\.(staff|documents|legalForm|declarations|applicability)\\..*")
                    && !key.startsWith("reason.")) continue;
            checked++;
            var words = kk.getProperty(key)
                    .replaceAll("\\{\\s*\\w+\\s*(,\\s*(select|plural)\\s*,)?", "")
                    .replaceAll("\\b\\w+\\s*\\{", "");
            assertThat(words).as(key).doesNotContainPattern("[A-Za-z]");
        }
        assertThat(checked).isGreaterThan(50);
    }
}
