package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.Status;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.Education;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import kz.qualify.formats.DossierJson;
import kz.qualify.law.Editions;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables with one combined education column, as offices keep them, written by LibreOffice from
 * src/education-{ru,kk,en}.fods (see make-fixtures.sh): every part of every row is read, and the
 * dossier built from them keeps its 70 % (item 1) because no specialty is lost.
 */
class EducationColumnFixturesTest {

    /** One person as the table means them: what the import must read from the row. */
    record Expected(
            int row,
            String name,
            Role role,
            boolean production,
            EducationLevel level,
            EducationField field,
            String specialty,
            String code,
            String institution,
            String year,
            int months) {}

    private static final List<Expected> RU = List.of(
            new Expected(
                    7,
                    "Ахметов Серик Болатович",
                    Role.MANAGER,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "5В071800 Электроэнергетика",
                    "5B071800",
                    "КазНТУ им. К.И. Сатпаева",
                    "2004",
                    144),
            new Expected(
                    8,
                    "Иванова Ольга Петровна",
                    Role.MANAGER,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "Электроснабжение",
                    null,
                    "Алматинский университет энергетики и связи",
                    "2008",
                    102),
            new Expected(
                    9,
                    "Ким Виктор Андреевич",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "Электроэнергетические системы и сети",
                    null,
                    "Казахский национальный технический университет",
                    "1999",
                    240),
            new Expected(
                    10,
                    "Омарова Айгуль Маратовна",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "Релейная защита и автоматика",
                    null,
                    "ЕНУ им. Л.Н. Гумилева",
                    "2010",
                    60),
            new Expected(
                    11,
                    "Жумабаев Нурлан Кайратович",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.TECHNICAL_VOCATIONAL,
                    EducationField.ELECTRIC_POWER,
                    "Электроснабжение (по отраслям)",
                    null,
                    "Павлодарский энергетический колледж",
                    "2015",
                    36),
            new Expected(
                    12,
                    "Сергеев Павел Иванович",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.TECHNICAL_VOCATIONAL,
                    EducationField.ELECTRIC_POWER,
                    "Электрические станции и сети, техник-электрик",
                    null,
                    "Экибастузский политехнический колледж",
                    "2012",
                    48),
            new Expected(
                    13,
                    "Бекова Жанар Сериковна",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.HEAT_POWER,
                    "5В071700 Теплоэнергетика",
                    "5B071700",
                    "КарГТУ",
                    "2006",
                    84),
            new Expected(
                    14,
                    "Нурланов Ержан Асланович",
                    Role.WORKER,
                    true,
                    EducationLevel.GENERAL_SECONDARY,
                    EducationField.NON_TECHNICAL,
                    null,
                    null,
                    "СШ №5",
                    "1995",
                    120),
            new Expected(
                    15,
                    "Петров Алексей Николаевич",
                    Role.WORKER,
                    true,
                    EducationLevel.TECHNICAL_VOCATIONAL,
                    EducationField.ELECTRIC_POWER,
                    "Электроснабжение",
                    null,
                    "Экибастузский энергетический колледж",
                    "2018",
                    24),
            new Expected(
                    16,
                    "Садыков Марат Ерланович",
                    Role.WORKER,
                    true,
                    EducationLevel.GENERAL_SECONDARY,
                    EducationField.NON_TECHNICAL,
                    null,
                    null,
                    null,
                    null,
                    72),
            new Expected(
                    18,
                    "Смагулова Дина Ериковна",
                    Role.MANAGER,
                    false,
                    EducationLevel.HIGHER,
                    EducationField.NON_TECHNICAL,
                    "Учет и аудит",
                    null,
                    "Карагандинский экономический университет",
                    "2001",
                    180));

    private static final List<Expected> KK = List.of(
            new Expected(
                    7,
                    "Ахметов Серік Болатұлы",
                    Role.MANAGER,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "5В071800 Электр энергетикасы",
                    "5B071800",
                    "Қ.И. Сәтбаев атындағы ҚазҰТУ",
                    "2004",
                    144),
            new Expected(
                    8,
                    "Иванова Ольга Петровна",
                    Role.MANAGER,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "Электрмен жабдықтау",
                    null,
                    "Алматы энергетика және байланыс университеті",
                    "2008",
                    102),
            new Expected(
                    9,
                    "Ким Виктор Андреевич",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "Электроэнергетика",
                    null,
                    "Еуразия ұлттық университеті",
                    "1999",
                    240),
            new Expected(
                    10,
                    "Омарова Әйгүл Маратқызы",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "Релейная защита и автоматика",
                    null,
                    "Л.Н. Гумилев атындағы ЕҰУ",
                    "2010",
                    60),
            new Expected(
                    11,
                    "Жұмабаев Нұрлан Қайратұлы",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.TECHNICAL_VOCATIONAL,
                    EducationField.ELECTRIC_POWER,
                    "Электрмен жабдықтау",
                    null,
                    "Павлодар энергетикалық колледжі",
                    "2015",
                    36),
            new Expected(
                    12,
                    "Сергеев Павел Иванович",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.TECHNICAL_VOCATIONAL,
                    EducationField.ELECTRIC_POWER,
                    "Электрические станции и сети",
                    null,
                    "Екібастұз политехникалық колледжі",
                    "2012",
                    48),
            new Expected(
                    13,
                    "Бекова Жанар Серікқызы",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.HEAT_POWER,
                    "5В071700 Жылу энергетикасы",
                    "5B071700",
                    "ҚарМТУ",
                    "2006",
                    84),
            new Expected(
                    14,
                    "Нұрланов Ержан Асланұлы",
                    Role.WORKER,
                    true,
                    EducationLevel.GENERAL_SECONDARY,
                    EducationField.NON_TECHNICAL,
                    null,
                    null,
                    "№5 орта мектеп",
                    "1995",
                    120),
            new Expected(
                    15,
                    "Петров Алексей Николаевич",
                    Role.WORKER,
                    true,
                    EducationLevel.TECHNICAL_VOCATIONAL,
                    EducationField.ELECTRIC_POWER,
                    "Электрмен жабдықтау",
                    null,
                    "Екібастұз энергетикалық колледжі",
                    "2018",
                    24),
            new Expected(
                    16,
                    "Садықов Марат Ерланұлы",
                    Role.WORKER,
                    true,
                    EducationLevel.GENERAL_SECONDARY,
                    EducationField.NON_TECHNICAL,
                    null,
                    null,
                    null,
                    null,
                    72),
            new Expected(
                    18,
                    "Смағұлова Дина Ерікқызы",
                    Role.MANAGER,
                    false,
                    EducationLevel.HIGHER,
                    EducationField.NON_TECHNICAL,
                    "Есеп және аудит",
                    null,
                    "Қарағанды экономикалық университеті",
                    "2001",
                    180));

    private static final List<Expected> EN = List.of(
            new Expected(
                    7,
                    "Serik Akhmetov",
                    Role.MANAGER,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "5B071800 Electric Power Engineering",
                    "5B071800",
                    "Kazakh National Technical University",
                    "2004",
                    144),
            new Expected(
                    8,
                    "Olga Ivanova",
                    Role.MANAGER,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "Power supply",
                    null,
                    "Almaty University of Power Engineering and Telecommunications",
                    "2008",
                    102),
            new Expected(
                    9,
                    "Viktor Kim",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "Electrical Power Engineering",
                    null,
                    "Satbayev University",
                    "1999",
                    240),
            new Expected(
                    10,
                    "Aigul Omarova",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.ELECTRIC_POWER,
                    "Power systems",
                    null,
                    "L.N. Gumilyov Eurasian National University",
                    "2010",
                    60),
            new Expected(
                    11,
                    "Nurlan Zhumabayev",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.TECHNICAL_VOCATIONAL,
                    EducationField.ELECTRIC_POWER,
                    "Power supply",
                    null,
                    "Pavlodar Energy College",
                    "2015",
                    36),
            new Expected(
                    12,
                    "Pavel Sergeyev",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.TECHNICAL_VOCATIONAL,
                    EducationField.ELECTRIC_POWER,
                    "Electrical equipment",
                    null,
                    "Ekibastuz Polytechnic College",
                    "2012",
                    48),
            new Expected(
                    13,
                    "Zhanar Bekova",
                    Role.SPECIALIST,
                    true,
                    EducationLevel.HIGHER,
                    EducationField.HEAT_POWER,
                    "5B071700 Heat Power Engineering",
                    "5B071700",
                    "Karaganda Technical University",
                    "2006",
                    84),
            new Expected(
                    14,
                    "Yerzhan Nurlanov",
                    Role.WORKER,
                    true,
                    EducationLevel.GENERAL_SECONDARY,
                    EducationField.NON_TECHNICAL,
                    null,
                    null,
                    "School No. 5",
                    "1995",
                    120),
            new Expected(
                    15,
                    "Alexey Petrov",
                    Role.WORKER,
                    true,
                    EducationLevel.TECHNICAL_VOCATIONAL,
                    EducationField.ELECTRIC_POWER,
                    "Power supply",
                    null,
                    "Ekibastuz Energy College",
                    "2018",
                    24),
            new Expected(
                    16,
                    "Marat Sadykov",
                    Role.WORKER,
                    true,
                    EducationLevel.GENERAL_SECONDARY,
                    EducationField.NON_TECHNICAL,
                    null,
                    null,
                    null,
                    null,
                    72),
            new Expected(
                    18,
                    "Dina Smagulova",
                    Role.MANAGER,
                    false,
                    EducationLevel.HIGHER,
                    EducationField.NON_TECHNICAL,
                    "Accounting and audit",
                    null,
                    "Karaganda Economic University",
                    "2001",
                    180));

    private static List<Expected> expected(String file) {
        return file.startsWith("education-ru") ? RU : file.startsWith("education-kk") ? KK : EN;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"education-ru.xlsx", "education-kk.xlsx", "education-en.xlsx", "education-en.xls"})
    void readsEveryPartOfEveryRow(String file) throws StaffImportException {
        var result = Fixtures.read(file);
        Fixtures.assertEveryRowAccountedFor(result);

        // the combined column is the education, not the level alone; nothing is missing
        assertThat(result.header().firstRow()).isEqualTo(4);
        assertThat(result.header().columns())
                .extracting(HeaderColumn::letter, HeaderColumn::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", StaffColumn.ROW_NUMBER),
                        org.assertj.core.groups.Tuple.tuple("B", StaffColumn.FULL_NAME),
                        org.assertj.core.groups.Tuple.tuple("C", StaffColumn.POSITION),
                        org.assertj.core.groups.Tuple.tuple("D", StaffColumn.EDUCATION),
                        org.assertj.core.groups.Tuple.tuple("E", StaffColumn.EXPERIENCE),
                        org.assertj.core.groups.Tuple.tuple("F", StaffColumn.CATEGORY));
        assertThat(result.header().missing()).isEmpty();
        assertThat(result.warnings()).noneSatisfy(w -> assertThat(w).containsIgnoringCase("specialty"));

        // titles, header, column numbers and two section headings skipped; 11 people, none for review
        assertThat(result.summary()).isEqualTo(new Summary(18, 11, 0, 7, 0));

        for (var e : expected(file)) {
            var report = result.rows().get(e.row() - 1);
            assertThat(report.status())
                    .as("row %d: %s", e.row(), report.reasons())
                    .isEqualTo(RowStatus.IMPORTED);
            var m = report.member();
            assertThat(m.fullName()).isEqualTo(e.name());
            assertThat(m.role()).as("row %d role", e.row()).isEqualTo(e.role());
            assertThat(m.production()).as("row %d production", e.row()).isEqualTo(e.production());
            assertThat(m.education().level()).as("row %d level", e.row()).isEqualTo(e.level());
            assertThat(m.education().field()).as("row %d field", e.row()).isEqualTo(e.field());
            assertThat(m.education().specialty())
                    .as("row %d specialty", e.row())
                    .isEqualTo(e.specialty());
            assertThat(m.education().specialtyCode()).as("row %d code", e.row()).isEqualTo(e.code());
            assertThat(m.experience().months()).as("row %d experience", e.row()).isEqualTo(e.months());
            assertThat(part(report, Interpretation.Aspect.INSTITUTION, true))
                    .as("row %d institution", e.row())
                    .isEqualTo(e.institution());
            assertThat(part(report, Interpretation.Aspect.YEAR, false))
                    .as("row %d year", e.row())
                    .isEqualTo(e.year());
        }
    }

    /** The institution as written, or the year understood, or {@code null} when the cell has none. */
    private static String part(RowReport report, Interpretation.Aspect aspect, boolean written) {
        return report.interpretations().stream()
                .filter(i -> i.aspect() == aspect)
                .map(i -> written ? i.written() : i.understood())
                .findFirst()
                .orElse(null);
    }

    @Test
    void theThreeLanguagesGiveTheSameQualifications() throws StaffImportException {
        var ru = Fixtures.read("education-ru.xlsx").staff();
        for (var file : List.of("education-kk.xlsx", "education-en.xlsx", "education-en.xls")) {
            var other = Fixtures.read(file).staff();
            assertThat(other).hasSameSizeAs(ru);
            for (int i = 0; i < ru.size(); i++) {
                var a = ru.get(i);
                var b = other.get(i);
                assertThat(List.of(
                                b.role(),
                                b.production(),
                                b.education().level(),
                                b.education().field(),
                                b.experience()))
                        .as("%s, person %d", file, i + 1)
                        .isEqualTo(List.of(
                                a.role(),
                                a.production(),
                                a.education().level(),
                                a.education().field(),
                                a.experience()));
            }
        }
    }

    // ---- the dossier built from the table --------------------------------------------------------

    /** A day the decree was in force (it was repealed in January 2013). */
    private static final LocalDate AS_OF = LocalDate.of(2012, 11, 1);

    /** The findings as an English reader reads them. */
    private static final Words ENGLISH = new Wording(
                    Phrasebook.load(Phrasebook.FINDINGS), Catalog.standard().glossaries())
            .in(Language.of("en"), edition(AS_OF));

    private static String edition(LocalDate day) {
        return switch (Catalog.standard().editions().on(day)) {
            case Editions.Lookup.InForce(var e) -> e.id();
            case Editions.Lookup.NoneInForce none -> throw new AssertionError(none);
        };
    }

    private static Dossier itemOne(List<StaffMember> staff) {
        var examples = Path.of("..", "examples", "activity-1-electricity-transmission.json");
        var read = new DossierJson(Catalog.standard()).read(examples);
        var dossier = switch (read) {
            case DossierJson.Result.Valid(var d) -> d;
            case DossierJson.Result.Invalid(var problems) -> throw new AssertionError(problems.toString());
        };
        return dossier.withStaff(staff);
    }

    private static Finding qualifiedShare(List<StaffMember> staff) {
        var assessment = Catalog.standard().evaluator().assess(itemOne(staff), AS_OF);
        return assessment.findings().stream()
                .filter(f -> f.requirementId().equals("1.3"))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"education-ru.xlsx", "education-kk.xlsx", "education-en.xlsx", "education-en.xls"})
    void aSeventyPercentDossierBuiltFromTheTableStaysCompliant(String file) throws StaffImportException {
        var staff = Fixtures.read(file).staff();
        var finding = qualifiedShare(staff);
        assertThat(finding.status())
                .as("%s: %s %s", file, ENGLISH.render(finding.summary()), finding.issues())
                .isEqualTo(Status.MET);
        assertThat(ENGLISH.render(finding.figures().getFirst()))
                .startsWith("qualified 7 of 10 production staff = 70.0 %");
    }

    @Test
    void theShareIsExactlyAtTheEdgeSoOneLostSpecialtyWouldBreakIt() throws StaffImportException {
        // what the import did before: the specialty lost on a manager's row, which then falls to review
        var staff = new ArrayList<>(Fixtures.read("education-ru.xlsx").staff());
        var manager = staff.get(1);
        var e = manager.education();
        staff.set(
                1,
                new StaffMember(
                        manager.ref(),
                        manager.fullName(),
                        manager.position(),
                        manager.role(),
                        manager.production(),
                        new Education(e.level(), EducationField.UNKNOWN, null, null),
                        manager.experience()));
        var finding = qualifiedShare(staff);
        assertThat(finding.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(ENGLISH.render(finding.figures().getFirst()))
                .startsWith("qualified 6 of 10 production staff = 60.0 %");
    }
}
