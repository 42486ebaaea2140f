package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables as LibreOffice wrote them, in each format the reader takes. */
class StaffTableFixturesTest {

    private static RowReport row(StaffImport result, int number) {
        return result.rows().get(number - 1);
    }

    private static StaffMember member(StaffImport result, int number) {
        var m = row(result, number).member();
        assertThat(m).as("row %d is imported", number).isNotNull();
        return m;
    }

    // ---- the clean Russian table -----------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"clean-ru.xlsx", "clean-ru-1251.csv"})
    void readsACleanRussianTableWithTheDecreesColumns(String file) throws StaffImportException {
        var result = Fixtures.read(file);
        Fixtures.assertEveryRowAccountedFor(result);
        assertThat(result.header().firstRow()).isEqualTo(1);
        assertThat(result.header().columns())
                .extracting(HeaderColumn::letter, HeaderColumn::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", StaffColumn.ROW_NUMBER),
                        org.assertj.core.groups.Tuple.tuple("B", StaffColumn.FULL_NAME),
                        org.assertj.core.groups.Tuple.tuple("C", StaffColumn.SPECIALTY),
                        org.assertj.core.groups.Tuple.tuple("D", StaffColumn.POSITION),
                        org.assertj.core.groups.Tuple.tuple("E", StaffColumn.EXPERIENCE));
        assertThat(result.header().missing()).isEmpty();
        assertThat(result.summary()).isEqualTo(new Summary(11, 10, 0, 1, 0));

        var chief = member(result, 2);
        assertThat(chief.fullName()).isEqualTo("Ахметов Серик Болатович");
        assertThat(chief.role()).isEqualTo(Role.MANAGER);
        assertThat(chief.education().level()).isEqualTo(EducationLevel.HIGHER);
        assertThat(chief.education().field()).isEqualTo(EducationField.ELECTRIC_POWER);
        assertThat(chief.education().specialtyCode()).isEqualTo("5B071800");
        assertThat(chief.experience().months()).isEqualTo(12 * 12 + 4);
        assertThat(chief.production()).isTrue();

        assertThat(member(result, 4).experience().months()).isEqualTo(63); // 5 л. 3 м.
        assertThat(member(result, 5).education().specialtyCode()).isEqualTo("050718");
        assertThat(member(result, 7).experience().months()).isEqualTo(63); // 5,25
        assertThat(member(result, 7).education().field()).isEqualTo(EducationField.HEAT_POWER);
        assertThat(member(result, 8).role()).isEqualTo(Role.WORKER); // Электромонтёр
        assertThat(member(result, 8).experience().months()).isEqualTo(8);
        assertThat(member(result, 9).experience().months()).isEqualTo(30); // 2.5
        // Общее среднее: general secondary has no specialty, and is not technical; nothing to review
        assertThat(row(result, 9).status()).isEqualTo(RowStatus.IMPORTED);
        assertThat(member(result, 9).education().level()).isEqualTo(EducationLevel.GENERAL_SECONDARY);
        assertThat(member(result, 9).education().field()).isEqualTo(EducationField.NON_TECHNICAL);
        assertThat(member(result, 9).education().specialty()).isNull();
        assertThat(member(result, 10).production()).isFalse(); // Главный бухгалтер
        assertThat(member(result, 11).experience().months()).isEqualTo(54); // 4 года 6 месяцев
    }

    @Test
    void theSameTableGivesTheSameStaffFromXlsxAndFromAWindows1251Csv() throws StaffImportException {
        var xlsx = Fixtures.read("clean-ru.xlsx");
        var csv = Fixtures.read("clean-ru-1251.csv");
        assertThat(csv.format()).isEqualTo(TableFormat.CSV);
        assertThat(csv.encoding()).isEqualTo("windows-1251, ';' separated");
        assertThat(csv.staff()).isEqualTo(xlsx.staff());
    }

    // ---- the messy table -----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messy.xlsx", "messy.xls"})
    void readsAMessyTableWithTitlesAMergedHeaderSectionsAndATotal(String file) throws StaffImportException {
        var result = Fixtures.read(file);
        Fixtures.assertEveryRowAccountedFor(result);
        assertThat(result.format()).isEqualTo(file.endsWith(".xls") ? TableFormat.XLS : TableFormat.XLSX);
        assertThat(result.header().sheet()).isEqualTo("Сводная");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("'Пояснения'"));
        assertThat(result.header().firstRow()).isEqualTo(4);
        assertThat(result.header().lastRow()).isEqualTo(5);
        assertThat(result.header().columns())
                .extracting(HeaderColumn::letter, HeaderColumn::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", StaffColumn.ROW_NUMBER),
                        org.assertj.core.groups.Tuple.tuple("B", StaffColumn.POSITION),
                        org.assertj.core.groups.Tuple.tuple("C", StaffColumn.FULL_NAME),
                        org.assertj.core.groups.Tuple.tuple("D", StaffColumn.EDUCATION_LEVEL),
                        org.assertj.core.groups.Tuple.tuple("E", StaffColumn.SPECIALTY),
                        org.assertj.core.groups.Tuple.tuple("F", StaffColumn.SPECIALTY_CODE),
                        org.assertj.core.groups.Tuple.tuple("G", StaffColumn.EXPERIENCE),
                        org.assertj.core.groups.Tuple.tuple("H", StaffColumn.CATEGORY),
                        org.assertj.core.groups.Tuple.tuple("I", null),
                        org.assertj.core.groups.Tuple.tuple("J", null));
        assertThat(result.header().find(StaffColumn.SPECIALTY).orElseThrow().header())
                .isEqualTo("Образование / специальность по диплому");

        assertThat(row(result, 1).reasons()).containsExactly("title above the header");
        assertThat(row(result, 3).reasons()).containsExactly("empty row");
        assertThat(row(result, 4).reasons()).containsExactly("header");
        assertThat(row(result, 6).reasons()).containsExactly("column numbers under the header");
        assertThat(row(result, 7).reasons())
                .singleElement()
                .asString()
                .contains("section heading")
                .contains("production");
        assertThat(row(result, 10).reasons()).containsExactly("empty row");
        assertThat(row(result, 19).reasons()).singleElement().asString().contains("non-production");
        assertThat(row(result, 22).reasons()).singleElement().asString().startsWith("total row");

        assertThat(member(result, 8).experience().months()).isEqualTo(148); // 12 лет 4 мес.
        assertThat(member(result, 9).experience().months()).isEqualTo(84); // 7
        assertThat(member(result, 11).experience().months()).isEqualTo(42); // 3 г. 6 мес
        assertThat(member(result, 14).position()).isEqualTo("Электромонтёр"); // merged down from row 13
        assertThat(member(result, 14).role()).isEqualTo(Role.WORKER);

        assertThat(row(result, 15).status()).isEqualTo(RowStatus.IMPORTED_NEEDS_REVIEW);
        assertThat(member(result, 15).education().field()).isEqualTo(EducationField.UNKNOWN);
        assertThat(row(result, 15).reasons()).singleElement().asString().contains("'Агрономия'");

        assertThat(row(result, 16).status()).isEqualTo(RowStatus.ERROR);
        assertThat(row(result, 16).reasons()).singleElement().asString().contains("more than 60 years");
        assertThat(row(result, 16).excerpt()).contains("Мамедов");

        assertThat(member(result, 17).experience().months()).isEqualTo(30); // the formula's cached 2.5
        assertThat(member(result, 17).education().field()).isEqualTo(EducationField.HEAT_POWER);

        var accountant = member(result, 20);
        assertThat(accountant.production()).isFalse(); // under "Непроизводственный персонал"
        assertThat(accountant.role()).isEqualTo(Role.MANAGER); // category руководитель
        assertThat(row(result, 20).interpretations())
                .filteredOn(i -> i.aspect() == Interpretation.Aspect.PRODUCTION)
                .singleElement()
                .satisfies(i -> assertThat(i.rule()).contains("section heading at row 19"));

        assertThat(member(result, 21).experience()).isNull(); // Excel's date for "5.3"
        assertThat(row(result, 21).reasons()).singleElement().asString().contains("is a date");

        assertThat(member(result, 8).production()).isTrue();
        assertThat(result.summary()).isEqualTo(new Summary(22, 10, 2, 11, 1));
    }

    @Test
    void theMessyTableGivesTheSameStaffFromXlsAndXlsx() throws StaffImportException {
        assertThat(Fixtures.read("messy.xls").staff())
                .isEqualTo(Fixtures.read("messy.xlsx").staff());
    }

    // ---- Kazakh and English headers ------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kazakh.xlsx", "kazakh-bom.csv"})
    void readsKazakhHeadersANameInThreeColumnsAndExperienceInYearsAndMonths(String file) throws StaffImportException {
        var result = Fixtures.read(file);
        Fixtures.assertEveryRowAccountedFor(result);
        assertThat(result.header().lastRow()).isEqualTo(2);
        assertThat(result.header().columns())
                .extracting(HeaderColumn::column)
                .containsExactly(
                        StaffColumn.ROW_NUMBER,
                        StaffColumn.SURNAME,
                        StaffColumn.GIVEN_NAME,
                        StaffColumn.PATRONYMIC,
                        StaffColumn.POSITION,
                        StaffColumn.SPECIALTY,
                        StaffColumn.EXPERIENCE,
                        StaffColumn.EXPERIENCE_MONTHS,
                        StaffColumn.CATEGORY);
        assertThat(result.summary()).isEqualTo(new Summary(7, 5, 0, 2, 0));
        var chief = member(result, 3);
        assertThat(chief.fullName()).isEqualTo("Сейітқали Айдар Болатұлы");
        assertThat(chief.role()).isEqualTo(Role.MANAGER);
        assertThat(chief.education().level()).isEqualTo(EducationLevel.HIGHER);
        assertThat(chief.education().field()).isEqualTo(EducationField.ELECTRIC_POWER);
        assertThat(chief.experience().months()).isEqualTo(122);
        assertThat(member(result, 4).education().field()).isEqualTo(EducationField.HEAT_POWER);
        assertThat(member(result, 5).fullName()).isEqualTo("Қасымов Ерлан");
        assertThat(member(result, 5).education().field()).isEqualTo(EducationField.OIL_AND_GAS);
        assertThat(member(result, 6).education().level()).isEqualTo(EducationLevel.TECHNICAL_VOCATIONAL);
        assertThat(member(result, 7).role()).isEqualTo(Role.WORKER);
        assertThat(member(result, 7).experience().months()).isEqualTo(8);
    }

    @Test
    void aBomCsvAndTheWorkbookItCameFromGiveTheSameStaff() throws StaffImportException {
        var csv = Fixtures.read("kazakh-bom.csv");
        assertThat(csv.encoding()).isEqualTo("UTF-8 with BOM, ',' separated");
        assertThat(csv.staff()).isEqualTo(Fixtures.read("kazakh.xlsx").staff());
    }

    @Test
    void readsAnEnglishCsvWithLevelCategoryAndProductionColumns() throws StaffImportException {
        var result = Fixtures.read("english.csv");
        Fixtures.assertEveryRowAccountedFor(result);
        assertThat(result.encoding()).isEqualTo("UTF-8, ',' separated");
        assertThat(result.header().missing()).isEmpty();
        assertThat(result.staff())
                .extracting(
                        StaffMember::fullName,
                        StaffMember::role,
                        m -> m.education().level(),
                        m -> m.education().field(),
                        m -> m.experience().months(),
                        StaffMember::production)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Aidar Seitkali",
                                Role.MANAGER,
                                EducationLevel.HIGHER,
                                EducationField.OIL_AND_GAS,
                                63,
                                true),
                        org.assertj.core.groups.Tuple.tuple(
                                "Maria Lopez",
                                Role.SPECIALIST,
                                EducationLevel.POSTGRADUATE,
                                EducationField.OIL_AND_GAS,
                                96,
                                true),
                        org.assertj.core.groups.Tuple.tuple(
                                "John Smith",
                                Role.SPECIALIST,
                                EducationLevel.TECHNICAL_VOCATIONAL,
                                EducationField.MECHANICAL_AND_OTHER_TECHNICAL,
                                12,
                                true),
                        org.assertj.core.groups.Tuple.tuple(
                                "Dana Abenova",
                                Role.WORKER,
                                EducationLevel.TECHNICAL_VOCATIONAL,
                                EducationField.OIL_AND_GAS,
                                8,
                                true),
                        org.assertj.core.groups.Tuple.tuple(
                                "Erik Larsen",
                                Role.SPECIALIST,
                                EducationLevel.HIGHER,
                                EducationField.NON_TECHNICAL,
                                36,
                                false),
                        org.assertj.core.groups.Tuple.tuple(
                                "Olga Kim", Role.SPECIALIST, EducationLevel.HIGHER, EducationField.UNKNOWN, 24, true));
        assertThat(result.needingAttention())
                .singleElement()
                .satisfies(
                        r -> assertThat(r.reasons()).singleElement().asString().contains("'Astrophysics'"));
    }

    @Test
    void everyImportedRowSaysHowEachAspectWasUnderstood() throws StaffImportException {
        var result = Fixtures.read("messy.xlsx");
        assertThat(result.rows().stream().filter(r -> r.status().imported()).toList())
                .allSatisfy(r -> assertThat(r.interpretations())
                        .extracting(Interpretation::aspect)
                        .containsExactly(
                                Interpretation.Aspect.ROLE,
                                Interpretation.Aspect.PRODUCTION,
                                Interpretation.Aspect.LEVEL,
                                Interpretation.Aspect.FIELD,
                                Interpretation.Aspect.EXPERIENCE));
        assertThat(row(result, 8).interpretations())
                .extracting(Interpretation::rule)
                .containsExactly(
                        "category column matches 'руководитель' (roles.yaml)",
                        "section heading at row 7 ('производственный')",
                        "level column matches 'высшее' (levels.yaml)",
                        "code 5B071800 is Электроэнергетика (specialties.yaml)",
                        "years and months: '12 лет 4 мес.'");
        assertThat(List.of(row(result, 1), row(result, 16)))
                .allSatisfy(r -> assertThat(r.interpretations()).isEmpty());
    }
}
