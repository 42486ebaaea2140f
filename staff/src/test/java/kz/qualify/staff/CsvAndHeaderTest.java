package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV encodings and separators, and headers in the shapes people give them. */
class CsvAndHeaderTest {

    private static StaffImport read(String text) throws StaffImportException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static StaffImport read(byte[] bytes) throws StaffImportException {
        var result = new StaffTableReader().read(new ByteArrayInputStream(bytes), "staff.csv");
        Fixtures.assertEveryRowAccountedFor(result);
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {"semicolon | ';'", "comma | ','", "tab | tab"})
    void detectsTheSeparator(String name, String said) throws StaffImportException {
        var separator = switch (name) {
            case "semicolon" -> ";";
            case "comma" -> ",";
            default -> "\t";
        };
        var text = String.join(separator, "ФИО", "Должность", "Стаж") + "\n"
                + String.join(separator, "Иванов Иван", "Инженер", "5 лет") + "\n";
        var result = read(text);
        assertThat(result.encoding()).isEqualTo("UTF-8, " + said + " separated");
        assertThat(result.staff())
                .singleElement()
                .extracting(StaffMember::position)
                .isEqualTo("Инженер");
    }

    @Test
    void aSemicolonFileKeepsDecimalCommasInsideItsFields() throws StaffImportException {
        var result = read("ФИО;Должность;Стаж\nИванов;Инженер;5,25\nПетров;Техник;1,5\n");
        assertThat(result.encoding()).endsWith("';' separated");
        assertThat(result.staff()).extracting(m -> m.experience().months()).containsExactly(63, 18);
    }

    @Test
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() throws StaffImportException {
        var result = read("ФИО,Должность,Специальность,Стаж\n"
                + "\"Иванов, Иван\",\"Инженер \"\"1 категории\"\"\",\"Высшее,\nЭлектроэнергетика\",5\n"
                + "Петров,Техник,Теплоэнергетика,3\n");
        assertThat(result.staff()).hasSize(2);
        var first = result.staff().getFirst();
        assertThat(first.fullName()).isEqualTo("Иванов, Иван");
        assertThat(first.position()).isEqualTo("Инженер \"1 категории\"");
        assertThat(first.education().specialty()).isEqualTo("Электроэнергетика"); // "Высшее," is the level
        assertThat(first.education().level()).isEqualTo(kz.qualify.dossier.EducationLevel.HIGHER);
        assertThat(result.staff().get(1).ref()).isEqualTo("row 3"); // a line break inside quotes is one row
    }

    @Test
    void honoursExcelsSepLineWithoutCountingItAsARow() throws StaffImportException {
        var result = read("sep=,\nФИО,Должность,Стаж\nИванов,Инженер,\"5,25\"\n");
        assertThat(result.header().firstRow()).isEqualTo(1);
        assertThat(result.staff())
                .singleElement()
                .satisfies(m -> assertThat(m.experience().months()).isEqualTo(63));
    }

    @Test
    void readsUtf16WithBomAsExcelsUnicodeTextWritesIt() throws StaffImportException {
        var text = "ФИО\tДолжность\tСтаж\nҚасымов Ерлан\tИнженер\t3 жыл\n";
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        var result = read(bytes.toByteArray());
        assertThat(result.encoding()).isEqualTo("UTF-16LE, tab separated");
        assertThat(result.staff())
                .singleElement()
                .extracting(StaffMember::fullName)
                .isEqualTo("Қасымов Ерлан");
    }

    @Test
    void readsWindows1251WhenTheBytesAreNotUtf8() throws StaffImportException {
        var result =
                read("ФИО;Должность;Стаж\nЁлкин Пётр;Электромонтёр;2 года\n".getBytes(Charset.forName("windows-1251")));
        assertThat(result.encoding()).startsWith("windows-1251");
        assertThat(result.staff()).singleElement().satisfies(m -> {
            assertThat(m.fullName()).isEqualTo("Ёлкин Пётр");
            assertThat(m.role()).isEqualTo(Role.WORKER);
        });
    }

    @Test
    void findsTheHeaderBelowTitleRowsWithColumnsInAnyOrderAndExtraColumnsIgnored() throws StaffImportException {
        var result = read("""
                Сведения о квалификации персонала;;;;;
                ТОО «Пример»;;;;;
                ;;;;;
                Стаж работы по специальности в данной области;Телефон;Должность;№ п/п;Ф.И.О.;Специальность по образованию
                12 лет;87010000000;Главный инженер;1;Ахметов Серик;Электроэнергетика
                """);
        assertThat(result.header().firstRow()).isEqualTo(4);
        assertThat(result.header().columns())
                .extracting(HeaderColumn::column)
                .containsExactly(
                        StaffColumn.EXPERIENCE,
                        null,
                        StaffColumn.POSITION,
                        StaffColumn.ROW_NUMBER,
                        StaffColumn.FULL_NAME,
                        StaffColumn.SPECIALTY);
        assertThat(result.rows().subList(0, 3))
                .extracting(RowReport::reasons)
                .containsExactly(
                        java.util.List.of("title above the header"),
                        java.util.List.of("title above the header"),
                        java.util.List.of("empty row"));
        assertThat(result.staff()).singleElement().satisfies(m -> {
            assertThat(m.fullName()).isEqualTo("Ахметов Серик");
            assertThat(m.experience().months()).isEqualTo(144);
            assertThat(m.education().field()).isEqualTo(EducationField.ELECTRIC_POWER);
        });
    }

    @Test
    void readsATwoRowHeaderWithoutMergedCells() throws StaffImportException {
        var result = read("""
                ФИО;Должность;Образование;;Стаж работы;
                ;;уровень;специальность;лет;мес
                Иванов Иван;Инженер;высшее;Электроэнергетика;5;3
                """);
        assertThat(result.header().lastRow()).isEqualTo(2);
        assertThat(result.header().columns())
                .extracting(HeaderColumn::column)
                .containsExactly(
                        StaffColumn.FULL_NAME,
                        StaffColumn.POSITION,
                        StaffColumn.EDUCATION_LEVEL,
                        StaffColumn.SPECIALTY,
                        StaffColumn.EXPERIENCE,
                        StaffColumn.EXPERIENCE_MONTHS);
        assertThat(result.staff())
                .singleElement()
                .satisfies(m -> assertThat(m.experience().months()).isEqualTo(63));
    }

    @Test
    void ofTwoExperienceColumnsTakesTheOneInTheSpecialty() throws StaffImportException {
        var result = read("ФИО;Должность;Общий стаж;Стаж работы по специальности\nИванов;Инженер;20;5\n");
        assertThat(result.header().find(StaffColumn.EXPERIENCE).orElseThrow().letter())
                .isEqualTo("D");
        assertThat(result.header().columns().get(2).matched()).contains("column D holds");
        assertThat(result.staff())
                .singleElement()
                .satisfies(m -> assertThat(m.experience().months()).isEqualTo(60));
    }

    @Test
    void aTableWithoutAnExperienceColumnSaysSoOnceNotOnEveryRow() throws StaffImportException {
        var result = read("ФИО;Должность;Специальность\nИванов;Инженер;Электроэнергетика, высшее\n");
        assertThat(result.header().missing()).containsExactly(StaffColumn.EXPERIENCE);
        // named in words, not by the enum's code
        assertThat(result.warnings()).singleElement().asString().contains("has no column for experience");
        assertThat(result.warnings(ReportLanguage.kk))
                .singleElement()
                .asString()
                .contains("еңбек өтілі");
        assertThat(result.rows().get(1).status()).isEqualTo(RowStatus.IMPORTED);
        assertThat(result.staff().getFirst().experience()).isNull();
    }

    @Test
    void aHeaderRepeatedOnEveryPrintedPageIsSkipped() throws StaffImportException {
        var result = read("ФИО;Должность;Стаж\nИванов;Инженер;5\nФИО;Должность;Стаж\nПетров;Техник;3\n");
        assertThat(result.staff()).hasSize(2);
        assertThat(result.rows().get(2).reasons()).singleElement().asString().contains("header repeated");
    }
}
