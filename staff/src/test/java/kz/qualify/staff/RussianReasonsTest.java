package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Every row reason is given in Russian too, item for item, with the same numbers. */
class RussianReasonsTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Every table under fixtures/ (and fixtures/src/) the reader takes; corrupt.xlsx is refused. */
    static Stream<String> fixtureTables() throws IOException {
        var dir = Fixtures.file("clean-ru.xlsx").getParent();
        var names = new ArrayList<String>();
        try (var files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv"))
                    .filter(n -> !n.equals("corrupt.xlsx"))
                    .sorted()
                    .forEach(names::add);
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(7);
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureTables")
    void everyReasonOfEveryFixtureRowIsInRussianWithTheSameNumbers(String file) throws StaffImportException {
        var result = Fixtures.read(file);
        assertThat(result.rows()).isNotEmpty();
        for (var r : result.rows()) assertBilingual(file, r);
    }

    @Test
    void reasonsThatRowsReadOneByOneGiveAreInRussianToo() {
        var rows = List.of(
                Map.of(StaffColumn.ROW_NUMBER, "Итого", StaffColumn.EXPERIENCE, "25"),
                Map.of(StaffColumn.FULL_NAME, "ФИО", StaffColumn.POSITION, "Должность"),
                Map.of(StaffColumn.ROW_NUMBER, "Административно-управленческий персонал"),
                Map.of(StaffColumn.POSITION, "Инженер", StaffColumn.SPECIALTY, "Электроэнергетика"),
                Map.of(StaffColumn.FULL_NAME, "Сидоров Пётр"),
                Map.of(
                        StaffColumn.FULL_NAME,
                        "Иванов",
                        StaffColumn.POSITION,
                        "Инженер",
                        StaffColumn.EXPERIENCE,
                        "75 лет"),
                Map.of(StaffColumn.FULL_NAME, "Иванов", StaffColumn.POSITION, "Инженер", StaffColumn.EXPERIENCE, "-3"),
                Map.of(
                        StaffColumn.FULL_NAME,
                        "Петров",
                        StaffColumn.POSITION,
                        "Инженер",
                        StaffColumn.EXPERIENCE,
                        "с 2010 г."),
                Map.of(
                        StaffColumn.FULL_NAME,
                        "Петров",
                        StaffColumn.POSITION,
                        "Инженер",
                        StaffColumn.EXPERIENCE,
                        "12.05.2010"),
                Map.of(
                        StaffColumn.FULL_NAME, "Кузнецов",
                        StaffColumn.POSITION, "Мастер",
                        StaffColumn.CATEGORY, "непонятно",
                        StaffColumn.PRODUCTION, "может быть",
                        StaffColumn.EDUCATION_LEVEL, "какое-то",
                        StaffColumn.SPECIALTY, "Астрофизика",
                        StaffColumn.EXPERIENCE, "5 лет"),
                Map.of(
                        StaffColumn.FULL_NAME, "Смирнов",
                        StaffColumn.POSITION, "Звездочёт",
                        StaffColumn.SPECIALTY, "Электроэнергетика и горное дело",
                        StaffColumn.EXPERIENCE, "5"),
                Map.of(
                        StaffColumn.FULL_NAME, "Смирнов",
                        StaffColumn.POSITION, "Звездочёт",
                        StaffColumn.SPECIALTY, "Электроэнергетика и горное дело",
                        StaffColumn.EXPERIENCE, "5"),
                Map.of(StaffColumn.ROW_NUMBER, "12"),
                Map.of(
                        StaffColumn.FULL_NAME, "Ким",
                        StaffColumn.CATEGORY, "ИТР",
                        StaffColumn.EDUCATION_LEVEL, "неоконченное высшее",
                        StaffColumn.SPECIALTY, "Энергетика",
                        StaffColumn.EXPERIENCE, "3 г. 2 мес."),
                Map.of(
                        StaffColumn.FULL_NAME, "Ли",
                        StaffColumn.POSITION, "Инженер",
                        StaffColumn.SPECIALTY, "Горное дело",
                        StaffColumn.SPECIALTY_CODE, "5B071800",
                        StaffColumn.EXPERIENCE, "7"));
        var reading = new RowByRow();
        var reports = rows.stream().map(reading::read).toList();
        reports.forEach(r -> assertBilingual("rows read one by one", r));
        assertThat(reports.stream().mapToInt(r -> r.reasons().size()).sum()).isGreaterThanOrEqualTo(15);
        assertThat(reports.get(0).reasonsRu()).containsExactly("итоговая строка («Итого»)");
        assertThat(reports.get(3).reasonsRu()).containsExactly("не указано ФИО: без него работник не может быть учтён");
        assertThat(reports.get(5).reasonsRu())
                .containsExactly("стаж 75 лет 0 мес. превышает 60 лет (годы и месяцы: «75 лет»)");
        assertThat(reports.get(7).reasonsRu())
                .contains("стаж «с 2010 г.» не распознан (укажите, например, «5 лет 3 мес» или «5,25»)");
        assertThat(reports.get(11).reasonsRu())
                .anySatisfy(r -> assertThat(r).startsWith("ФИО, должность и специальность совпадают со строкой 12:"));
    }

    @Test
    void experienceReasonsAreInRussianWithTheSameNumbers() {
        for (var reading : List.of(
                ExperienceText.read("5", "три"),
                ExperienceText.read("60", "1"),
                ExperienceText.read("61", "1"),
                ExperienceText.read("", "800"),
                ExperienceText.read("70,5"),
                ExperienceText.read("-2 года"),
                ExperienceText.read("5 лет 3 мес 2 года"))) {
            var why = switch (reading) {
                case ExperienceText.Reading.NotUnderstood u -> {
                    assertThat(u.reason()).isEqualTo(u.why().en());
                    yield u.why();
                }
                case ExperienceText.Reading.Impossible i -> {
                    assertThat(i.reason()).isEqualTo(i.why().en());
                    yield i.why();
                }
                default -> throw new AssertionError("not a reason: " + reading);
            };
            var report = RowReport.error(1, List.of(why), "");
            assertBilingual("experience", report);
        }
        assertThat(((ExperienceText.Reading.Impossible) ExperienceText.read("60", "1"))
                        .why()
                        .ru())
                .isEqualTo("стаж 60 лет 1 мес. превышает 60 лет (графы лет и месяцев: «60» и «1»)");
    }

    @Test
    void commonReasonsReadAsAnOfficerWritesThem() throws StaffImportException {
        var result = Fixtures.read("messy.xlsx");
        assertThat(result.rows().get(0).reasonsRu()).containsExactly("заголовок над шапкой таблицы");
        assertThat(result.rows().get(2).reasonsRu()).containsExactly("пустая строка");
        assertThat(result.rows().get(3).reasonsRu()).containsExactly("шапка таблицы");
        assertThat(result.rows().get(5).reasonsRu()).containsExactly("нумерация граф под шапкой таблицы");
        assertThat(result.rows().get(21).reasonsRu()).singleElement().asString().startsWith("итоговая строка («");
        assertThat(result.rows().get(15).reasonsRu())
                .singleElement()
                .asString()
                .startsWith("стаж ")
                .contains("превышает 60 лет");
    }

    @Test
    void theJsonCarriesTheRussianReasonsUnderRu() throws StaffImportException {
        var result = Fixtures.read("messy.xlsx");
        var json = JsonMapper.builder().build().readTree(StaffImportReport.json(result));
        var first = json.get("rows").get(0);
        assertThat(first.get("reasons").get(0).asString()).isEqualTo("title above the header");
        assertThat(first.get("ru").get("reasons").get(0).asString()).isEqualTo("заголовок над шапкой таблицы");
        var clean = json.get("rows").get(7);
        assertThat(clean.get("ru").get("reasons").size()).isZero();
        assertThat(StaffImportReport.text(result)).doesNotContain("заголовок над шапкой таблицы");
    }

    private static void assertBilingual(String where, RowReport r) {
        assertThat(r.reasonsRu()).as("%s row %d", where, r.row()).hasSameSizeAs(r.reasons());
        for (int i = 0; i < r.reasons().size(); i++) {
            var en = r.reasons().get(i);
            var ru = r.reasonsRu().get(i);
            assertThat(CYRILLIC.matcher(ru).find())
                    .as("%s row %d: '%s' has Cyrillic", where, r.row(), ru)
                    .isTrue();
            var numbers = DIGITS.matcher(en);
            while (numbers.find()) {
                assertThat(ru)
                        .as("%s row %d: '%s' keeps the numbers of '%s'", where, r.row(), ru, en)
                        .contains(numbers.group());
            }
        }
    }

    /** Rows read below a header that has every column, as RowReadingTest reads them. */
    private static final class RowByRow {
        private static final List<StaffColumn> COLUMNS = RowReadingTest.COLUMNS;

        private final PersonReading reading;
        private int row = 1;

        RowByRow() {
            var chosen = new EnumMap<StaffColumn, Integer>(StaffColumn.class);
            for (int i = 0; i < COLUMNS.size(); i++)
                if (COLUMNS.get(i) != StaffColumn.SPECIALTY) chosen.put(COLUMNS.get(i), i);
            var layout = Layout.of(chosen, List.of(COLUMNS.indexOf(StaffColumn.SPECIALTY)), 1);
            reading = new PersonReading(Dictionaries.standard(), layout, Merges.none(), Set.of("фио", "должность"));
        }

        RowReport read(Map<StaffColumn, String> values) {
            var cells = new String[COLUMNS.size()];
            for (int i = 0; i < cells.length; i++) cells[i] = values.getOrDefault(COLUMNS.get(i), "");
            return reading.read(new RawRow(++row, cells));
        }
    }
}
