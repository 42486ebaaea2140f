package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row at a time, as read below a header that has every column. */
class RowReadingTest {

    /** Every column a header can have: the rows of the tests are read below it. */
    static final List<StaffColumn> COLUMNS = List.of(
            StaffColumn.ROW_NUMBER,
            StaffColumn.FULL_NAME,
            StaffColumn.POSITION,
            StaffColumn.SPECIALTY,
            StaffColumn.SPECIALTY_CODE,
            StaffColumn.EDUCATION_LEVEL,
            StaffColumn.EXPERIENCE,
            StaffColumn.CATEGORY,
            StaffColumn.PRODUCTION);

    private PersonReading reading;
    private int row;

    @BeforeEach
    void everyColumn() {
        var chosen = new EnumMap<StaffColumn, Integer>(StaffColumn.class);
        for (int i = 0; i < COLUMNS.size(); i++)
            if (COLUMNS.get(i) != StaffColumn.SPECIALTY) chosen.put(COLUMNS.get(i), i);
        var layout = Layout.of(chosen, List.of(COLUMNS.indexOf(StaffColumn.SPECIALTY)), 1);
        reading = new PersonReading(Dictionaries.standard(), layout, Merges.none(), Set.of("фио", "должность"));
        row = 1;
    }

    private RowReport read(Map<StaffColumn, String> values) {
        var cells = new String[COLUMNS.size()];
        for (int i = 0; i < cells.length; i++) cells[i] = values.getOrDefault(COLUMNS.get(i), "");
        return reading.read(new RawRow(++row, cells));
    }

    private StaffMember person(
            String position, String specialty, String code, String level, String category, String production) {
        var report = read(Map.of(
                StaffColumn.FULL_NAME, "Иванов Иван Иванович",
                StaffColumn.POSITION, position,
                StaffColumn.SPECIALTY, specialty,
                StaffColumn.SPECIALTY_CODE, code,
                StaffColumn.EDUCATION_LEVEL, level,
                StaffColumn.EXPERIENCE, "5 лет",
                StaffColumn.CATEGORY, category,
                StaffColumn.PRODUCTION, production));
        assertThat(report.status().imported())
                .as("row imported: %s", report.reasons())
                .isTrue();
        return report.member();
    }

    @ParameterizedTest(name = "''{0}'' {1} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "5В071800 Электроэнергетика                         |          | ELECTRIC_POWER",
                "Электроэнергетика                                  |          | ELECTRIC_POWER",
                "ЭЛЕКТРОЭНЕРГЕТИКА                                  |          | ELECTRIC_POWER",
                "Высшее, Электроэнергетические системы и сети       |          | ELECTRIC_POWER",
                "Электроснабжение (по отраслям)                     |          | ELECTRIC_POWER",
                "Техник-электрик                                    |          | ELECTRIC_POWER",
                "Электр энергетикасы                                |          | ELECTRIC_POWER",
                "Electrical Engineering                             |          | ELECTRIC_POWER",
                "Теплоэнергетика                                    |          | HEAT_POWER",
                "Тепловые электрические станции                     |          | HEAT_POWER",
                "Нефтегазовое дело                                  |          | OIL_AND_GAS",
                "Мұнай-газ ісі                                      |          | OIL_AND_GAS",
                "Мунай-газ iсi                                      |          | OIL_AND_GAS",
                "Petroleum Engineering                              |          | OIL_AND_GAS",
                "Горное дело                                        |          | MINING",
                "Открытая разработка месторождений полезных ископаемых |       | MINING",
                "Геология и разведка месторождений полезных ископаемых |       | GEOLOGY",
                "Геология нефти и газа                              |          | GEOLOGY",
                "Металлургия                                        |          | METALLURGY",
                "Химическая технология органических веществ         |          | CHEMICAL_TECHNOLOGY",
                "Химическая технология переработки нефти и газа     |          | CHEMICAL_TECHNOLOGY",
                "Обогащение полезных ископаемых                     |          | MINERAL_PROCESSING",
                "Машиностроение                                     |          | MECHANICAL_AND_OTHER_TECHNICAL",
                "Транспорт, транспортная техника и технологии       |          | MECHANICAL_AND_OTHER_TECHNICAL",
                "Финансы                                            |          | NON_TECHNICAL",
                "Бухгалтерский учет и аудит                         |          | NON_TECHNICAL",
                "                                                   | 5B071700 | HEAT_POWER",
                "                                                   | 050708   | OIL_AND_GAS",
                "                                                   | 50718    | ELECTRIC_POWER",
                "                                                   | 5В070700 | MINING",
                "                                                   | 5B070600 | GEOLOGY",
                "                                                   | 5B070900 | METALLURGY",
                "                                                   | 5B072100 | CHEMICAL_TECHNOLOGY",
                "                                                   | 5B073700 | MINERAL_PROCESSING",
                "                                                   | 5B071200 | MECHANICAL_AND_OTHER_TECHNICAL",
                "                                                   | 5B050900 | NON_TECHNICAL",
                "6B07101 Электроэнергетика                          |          | ELECTRIC_POWER",
                "Электроэнергетика                                  | 5B071800 | ELECTRIC_POWER"
            })
    void mapsSpecialtyNamesAndClassifierCodesToTheFieldsOfTheDecree(
            String specialty, String code, EducationField field) {
        var m = person("Инженер", specialty == null ? "" : specialty, code == null ? "" : code, "высшее", "", "");
        assertThat(m.education().field()).isEqualTo(field);
    }

    @ParameterizedTest(name = "''{0}'' {1} needs review: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Агрономия                                          |          | is not in the dictionary",
                "Энергетика                                         |          | is ambiguous",
                "Химия                                              |          | is ambiguous",
                "                                                   |          | specialty is empty",
                "6B07101                                            |          | is not in the dictionary",
                "Машиностроение; переподготовка: Электроэнергетика  |          | names several fields",
                "Машиностроение                                     | 5B071800 | but the name",
                "Экономика энергетики                               |          | names several fields"
            })
    void anUnknownAmbiguousOrContradictorySpecialtyIsUnknownAndNeedsReviewWithItsText(
            String specialty, String code, String reason) {
        var report = read(Map.of(
                StaffColumn.FULL_NAME, "Иванов Иван",
                StaffColumn.POSITION, "Инженер",
                StaffColumn.SPECIALTY, specialty == null ? "" : specialty,
                StaffColumn.SPECIALTY_CODE, code == null ? "" : code,
                StaffColumn.EDUCATION_LEVEL, "высшее",
                StaffColumn.EXPERIENCE, "5 лет"));
        assertThat(report.status()).isEqualTo(RowStatus.IMPORTED_NEEDS_REVIEW);
        assertThat(report.member().education().field()).isEqualTo(EducationField.UNKNOWN);
        assertThat(report.reasons()).anySatisfy(r -> assertThat(r).contains(reason));
        if (specialty != null)
            assertThat(report.reasons()).anySatisfy(r -> assertThat(r).contains(specialty));
    }

    @ParameterizedTest(name = "level ''{0}'', specialty ''{1}'', code {2}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "высшее                          |                              |          | HIGHER",
                "Высшее техническое              |                              |          | HIGHER",
                "бакалавр                        |                              |          | HIGHER",
                "специалист                      |                              |          | HIGHER",
                "Жоғары                          |                              |          | HIGHER",
                "Higher                          |                              |          | HIGHER",
                "магистр                         |                              |          | POSTGRADUATE",
                "послевузовское                  |                              |          | POSTGRADUATE",
                "средне-специальное              |                              |          | TECHNICAL_VOCATIONAL",
                "среднее специальное             |                              |          | TECHNICAL_VOCATIONAL",
                "техническое и профессиональное  |                              |          | TECHNICAL_VOCATIONAL",
                "колледж                         |                              |          | TECHNICAL_VOCATIONAL",
                "ПТУ                             |                              |          | TECHNICAL_VOCATIONAL",
                "арнаулы орта                    |                              |          | TECHNICAL_VOCATIONAL",
                "Vocational                      |                              |          | TECHNICAL_VOCATIONAL",
                "послесреднее                    |                              |          | POST_SECONDARY",
                "общее среднее                   |                              |          | GENERAL_SECONDARY",
                "среднее                         |                              |          | GENERAL_SECONDARY",
                "                                | Высшее, Электроэнергетика    |          | HIGHER",
                "                                | Колледж, Электроснабжение    |          | TECHNICAL_VOCATIONAL",
                "                                | Инженер-электрик             |          | HIGHER",
                "                                | Техник-электрик              |          | TECHNICAL_VOCATIONAL",
                "                                | Электроэнергетика            | 5B071800 | HIGHER",
                "                                | Электроэнергетика            | 7M07101  | POSTGRADUATE",
                "                                | Электроснабжение             | 0911000  | TECHNICAL_VOCATIONAL"
            })
    void readsTheEducationLevelFromTheLevelColumnTheSpecialtyTextOrTheCode(
            String level, String specialty, String code, EducationLevel expected) {
        var m = person(
                "Инженер",
                specialty == null ? "" : specialty,
                code == null ? "" : code,
                level == null ? "" : level,
                "",
                "");
        assertThat(m.education().level()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "level ''{0}'', specialty ''{1}'' is not a level")
    @CsvSource(
            delimiter = '|',
            value = {
                "неполное высшее    | Электроэнергетика",
                "что-то             | Электроэнергетика",
                "                   | Электроэнергетика",
                "                   | Транспортная техника"
            })
    void aLevelNotStatedOrNotCompleteIsUnknownAndNeedsReview(String level, String specialty) {
        var report = read(Map.of(
                StaffColumn.FULL_NAME, "Иванов Иван",
                StaffColumn.POSITION, "Инженер",
                StaffColumn.SPECIALTY, specialty,
                StaffColumn.EDUCATION_LEVEL, level == null ? "" : level,
                StaffColumn.EXPERIENCE, "5 лет"));
        assertThat(report.member().education().level()).isEqualTo(EducationLevel.UNKNOWN);
        assertThat(report.status()).isEqualTo(RowStatus.IMPORTED_NEEDS_REVIEW);
        assertThat(report.reasons()).anySatisfy(r -> assertThat(r).contains("education level"));
    }

    @ParameterizedTest(name = "''{0}'' (category ''{1}'') is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Главный инженер                 |              | MANAGER",
                "Заместитель главного инженера   |              | MANAGER",
                "Начальник участка               |              | MANAGER",
                "Главный энергетик               |              | MANAGER",
                "Производитель работ (прораб)    |              | MANAGER",
                "Инженер                         |              | SPECIALIST",
                "Ведущий инженер-релейщик        |              | SPECIALIST",
                "Техник                          |              | SPECIALIST",
                "Мастер                          |              | SPECIALIST",
                "Мастер участка                  |              | SPECIALIST",
                "Главный специалист              |              | SPECIALIST",
                "Электромонтёр                   |              | WORKER",
                "Электромонтер по ремонту ВЛ     |              | WORKER",
                "Слесарь-ремонтник               |              | WORKER",
                "Бас инженер                     |              | MANAGER",
                "Учаске бастығы                  |              | MANAGER",
                "Шебер                           |              | SPECIALIST",
                "Электр монтері                  |              | WORKER",
                "Chief Engineer                  |              | MANAGER",
                "Engineer                        |              | SPECIALIST",
                "Electrician                     |              | WORKER",
                "Инженер                         | руководитель | MANAGER",
                "Инженер                         | рук.         | MANAGER",
                "Главный инженер                 | специалист   | SPECIALIST",
                "Инженер                         | маман        | SPECIALIST",
                "Слесарь                         | рабочий      | WORKER",
                "Operator                        | Worker       | WORKER"
            })
    void takesTheRoleFromTheCategoryColumnElseFromThePositionTitle(String position, String category, Role role) {
        var m = person(position, "Электроэнергетика", "", "высшее", category == null ? "" : category, "");
        assertThat(m.role()).isEqualTo(role);
    }

    @Test
    void saysWhichRuleDecidedTheRole() {
        var byTitle = read(Map.of(StaffColumn.FULL_NAME, "Иванов", StaffColumn.POSITION, "Главный инженер"));
        var byCategory = read(Map.of(
                StaffColumn.FULL_NAME,
                "Петров",
                StaffColumn.POSITION,
                "Инженер",
                StaffColumn.CATEGORY,
                "руководитель"));
        assertThat(byTitle.interpretations())
                .filteredOn(i -> i.aspect() == Interpretation.Aspect.ROLE)
                .singleElement()
                .satisfies(i -> assertThat(i.rule()).contains("position title matches 'главный инженер'"));
        assertThat(byCategory.interpretations())
                .filteredOn(i -> i.aspect() == Interpretation.Aspect.ROLE)
                .singleElement()
                .satisfies(i -> assertThat(i.rule()).contains("category column"));
    }

    @ParameterizedTest(name = "''{0}'' / category ''{1}'' needs review")
    @CsvSource(
            delimiter = '|',
            value = {"Астронавт |", "| ", "Инженер | ИТР", "Инженер | начальство"})
    void anUnknownTitleOrCategoryIsAnUnknownRoleFlaggedForReview(String position, String category) {
        var report = read(Map.of(
                StaffColumn.FULL_NAME, "Иванов Иван",
                StaffColumn.POSITION, position == null ? "" : position,
                StaffColumn.SPECIALTY, "Электроэнергетика",
                StaffColumn.EDUCATION_LEVEL, "высшее",
                StaffColumn.EXPERIENCE, "5 лет",
                StaffColumn.CATEGORY, category == null ? "" : category));
        assertThat(report.member().role()).isEqualTo(Role.UNKNOWN);
        assertThat(report.status()).isEqualTo(RowStatus.IMPORTED_NEEDS_REVIEW);
        assertThat(report.reasons()).anySatisfy(r -> assertThat(r).containsAnyOf("role", "category"));
    }

    @ParameterizedTest(name = "''{0}'' (production ''{1}'') is production: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Бухгалтер                 |                    | false",
                "Главный бухгалтер         |                    | false",
                "Экономист                 |                    | false",
                "Юрисконсульт              |                    | false",
                "Специалист по кадрам      |                    | false",
                "Секретарь-референт        |                    | false",
                "Инженер                   |                    | true",
                "Водитель                  |                    | true",
                "Инженер                   | нет                | false",
                "Бухгалтер                 | да                 | true",
                "Инженер                   | +                  | true",
                "Инженер                   | -                  | false",
                "Инженер                   | НП                 | false",
                "Инженер                   | непроизводственный | false",
                "Бухгалтер                 | производственный   | true",
                "Инженер                   | өндірістік емес    | false",
                "Инженер                   | no                 | false",
                "Бухгалтер                 | yes                | true"
            })
    void takesProductionFromTheColumnElseFromNonProductionTitlesElseDefaultsToProduction(
            String position, String production, boolean expected) {
        var m = person(position, "Электроэнергетика", "", "высшее", "", production == null ? "" : production);
        assertThat(m.production()).isEqualTo(expected);
    }

    @Test
    void theDefaultToProductionIsSaidInTheReport() {
        var report = read(Map.of(StaffColumn.FULL_NAME, "Иванов", StaffColumn.POSITION, "Водитель"));
        assertThat(report.interpretations())
                .filteredOn(i -> i.aspect() == Interpretation.Aspect.PRODUCTION)
                .singleElement()
                .satisfies(i -> assertThat(i.rule()).startsWith("default"));
    }

    @Test
    void aProductionValueNotUnderstoodCountsAsProductionAndNeedsReview() {
        var report = read(Map.of(
                StaffColumn.FULL_NAME,
                "Иванов",
                StaffColumn.POSITION,
                "Инженер",
                StaffColumn.PRODUCTION,
                "может быть"));
        assertThat(report.member().production()).isTrue();
        assertThat(report.reasons()).anySatisfy(r -> assertThat(r).contains("production 'может быть'"));
    }

    @Test
    void anImpossibleExperienceIsAnErrorRowAndNotImported() {
        var report = read(Map.of(
                StaffColumn.FULL_NAME, "Иванов", StaffColumn.POSITION, "Инженер", StaffColumn.EXPERIENCE, "75 лет"));
        assertThat(report.status()).isEqualTo(RowStatus.ERROR);
        assertThat(report.member()).isNull();
        assertThat(report.reasons()).singleElement().asString().contains("more than 60 years");
        assertThat(report.excerpt()).contains("Иванов");
    }

    @Test
    void aRowWithoutANameIsAnErrorNamingTheColumn() {
        var report = read(Map.of(StaffColumn.POSITION, "Инженер", StaffColumn.SPECIALTY, "Электроэнергетика"));
        assertThat(report.status()).isEqualTo(RowStatus.ERROR);
        assertThat(report.reasons()).singleElement().asString().contains("ФИО");
    }

    @Test
    void emptyExperienceAndExperienceNotUnderstoodAreImportedWithoutExperienceForReview() {
        var empty = read(Map.of(StaffColumn.FULL_NAME, "Иванов", StaffColumn.POSITION, "Инженер"));
        var text = read(Map.of(
                StaffColumn.FULL_NAME, "Петров", StaffColumn.POSITION, "Инженер", StaffColumn.EXPERIENCE, "с 2010 г."));
        assertThat(empty.member().experience()).isNull();
        assertThat(empty.reasons()).contains("experience is empty");
        assertThat(text.member().experience()).isNull();
        assertThat(text.reasons()).anySatisfy(r -> assertThat(r).contains("'с 2010 г.' is not understood"));
    }

    @Test
    void totalsColumnNumbersRepeatedHeadersAndLoneNumbersAreSkippedWithTheirReason() {
        assertThat(read(Map.of(StaffColumn.ROW_NUMBER, "Итого", StaffColumn.EXPERIENCE, "25"))
                        .reasons())
                .containsExactly("total row ('Итого')");
        assertThat(read(Map.of(StaffColumn.FULL_NAME, "Всего: 12 человек")).reasons())
                .singleElement()
                .asString()
                .startsWith("total row");
        var numbers = new java.util.EnumMap<StaffColumn, String>(StaffColumn.class);
        for (int i = 0; i < COLUMNS.size(); i++) numbers.put(COLUMNS.get(i), Integer.toString(i + 1));
        assertThat(read(numbers).reasons()).containsExactly("column numbers under the header");
        assertThat(read(Map.of(StaffColumn.FULL_NAME, "ФИО", StaffColumn.POSITION, "Должность"))
                        .reasons())
                .singleElement()
                .asString()
                .contains("header repeated");
        assertThat(read(Map.of(StaffColumn.ROW_NUMBER, "12")).status()).isEqualTo(RowStatus.SKIPPED);
    }

    @Test
    void aSectionHeadingSetsProductionAndRoleForTheRowsBelowIt() {
        var heading = read(Map.of(StaffColumn.ROW_NUMBER, "Административно-управленческий персонал"));
        assertThat(heading.status()).isEqualTo(RowStatus.SKIPPED);
        assertThat(heading.reasons()).singleElement().asString().contains("non-production");
        var engineer = read(Map.of(StaffColumn.FULL_NAME, "Иванов", StaffColumn.POSITION, "Инженер"));
        assertThat(engineer.member().production()).isFalse();

        read(Map.of(StaffColumn.FULL_NAME, "Производственный персонал"));
        read(Map.of(StaffColumn.FULL_NAME, "Рабочие"));
        var worker = read(Map.of(StaffColumn.FULL_NAME, "Петров", StaffColumn.POSITION, "Инженер"));
        assertThat(worker.member().production()).isTrue();
        assertThat(worker.member().role()).isEqualTo(Role.WORKER);
        assertThat(worker.interpretations())
                .filteredOn(i -> i.aspect() == Interpretation.Aspect.ROLE)
                .singleElement()
                .satisfies(i -> assertThat(i.rule()).contains("section heading at row"));
    }

    @Test
    void aPersonWithOnlyANameIsImportedForReviewNotTakenForAHeading() {
        var report = read(Map.of(StaffColumn.FULL_NAME, "Сидоров Пётр"));
        assertThat(report.status()).isEqualTo(RowStatus.IMPORTED_NEEDS_REVIEW);
        assertThat(report.member().fullName()).isEqualTo("Сидоров Пётр");
    }

    @Test
    void theSamePersonTwiceIsImportedTwiceAndFlagged() {
        var first = read(
                Map.of(StaffColumn.FULL_NAME, "Иванов", StaffColumn.POSITION, "Инженер", StaffColumn.EXPERIENCE, "5"));
        var second = read(
                Map.of(StaffColumn.FULL_NAME, "Иванов", StaffColumn.POSITION, "Инженер", StaffColumn.EXPERIENCE, "5"));
        assertThat(first.reasons()).noneSatisfy(r -> assertThat(r).contains("twice"));
        assertThat(second.reasons())
                .anySatisfy(r -> assertThat(r).contains("same name, position and specialty as row " + first.row()));
    }

    @Test
    void theMemberCarriesTheRowAsItsRefAndTheSpecialtyAsWrittenWithoutTheLevelBeforeIt() {
        var m = person("Инженер", "Высшее, 5В071800 Электроэнергетика", "", "", "", "");
        assertThat(m.ref()).isEqualTo("row " + row);
        assertThat(m.education().specialty()).isEqualTo("5В071800 Электроэнергетика");
        assertThat(m.education().level()).isEqualTo(EducationLevel.HIGHER);
        assertThat(m.education().specialtyCode()).isEqualTo("5B071800");
        assertThat(m.experience().months()).isEqualTo(60);
    }
}
