package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import kz.qualify.staff.StaffImportException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the package check refuses before the spreadsheet library sees a package: the library itself
 * would fill its shared-string table up to any index a cell names, and reads no merged cells.
 */
class XlsxPackageTest {

    @TempDir
    Path dir;

    private final StaffTableReader reader = new StaffTableReader();

    @Test
    void aSharedStringIndexOfTwoBillionIsRefusedBeforeTheLibraryFillsItsTable() throws Exception {
        var rows = Packages.HEADER_ROW + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>2000000000</v></c></row>";
        var file = Packages.xlsx(dir.resolve("index.xlsx"), Packages.sheet(rows), Packages.strings("Иванов"));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT))
                .hasMessage("index.xlsx: is damaged: xl/worksheets/sheet1.xml: row 2, column B refers to a shared"
                        + " string that does not exist");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "<c r=\"A2\" t=\"s\"><v>1<!-- -->999999999</v></c>", // a comment splitting the digits
                "<c r=\"A2\" t=\"s\"><v><![CDATA[1999999999]]></v></c>", // CDATA
                "<c r=\"A2\" t=\"&#115;\"><v>1999999999</v></c>", // the type written as a character reference
                "<x:c r=\"A2\" x:t=\"s\"><x:v>1999999999</x:v></x:c>", // prefixed names
                "<c r=\"A2\"\nt='s'><v>1999999999</v></c>" // other quotes and white space
            })
    void sharedStringReferencesHiddenFromASimpleScanAreStillChecked(String cell) throws Exception {
        var sheet = Packages.sheet(Packages.HEADER_ROW + "<row r=\"2\">" + cell + "</row>")
                .replace(
                        "<worksheet ",
                        "<worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ");
        var file = Packages.xlsx(dir.resolve("hidden.xlsx"), sheet, Packages.strings("Иванов"));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT))
                .hasMessageStartingWith("hidden.xlsx: is damaged: xl/worksheets/sheet1.xml: row 2, column A");
    }

    @Test
    void sharedStringsWithinTheTableAndNumbersLikeIndexesAreRead() throws Exception {
        var rows = Packages.HEADER_ROW
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C2\" t=\"s\"><v>2</v></c><c r=\"D2\"><v>2000000000</v></c></row>"
                + "<!-- <c t=\"s\"><v>99</v></c> --><![CDATA[<c t=\"s\"><v>99</v></c>]]>";
        var file = Packages.xlsx(
                dir.resolve("fine.xlsx"),
                Packages.sheet(rows),
                Packages.strings("Иванов Иван", "Электромонтёр", "Электроснабжение"));
        var result = reader.read(file);
        Fixtures.assertEveryRowAccountedFor(result);
        var member = result.staff().getFirst();
        assertThat(member.fullName()).isEqualTo("Иванов Иван");
        assertThat(member.position()).isEqualTo("Электромонтёр");
        assertThat(member.education().specialty()).isEqualTo("Электроснабжение");
    }

    @Test
    void aDoctypeInAPartTheImportNeverReadsIsStillRefused() throws Exception {
        var parts = new LinkedHashMap<String, byte[]>();
        parts.put("[Content_Types].xml", Packages.utf8(Packages.CONTENT_TYPES));
        parts.put("_rels/.rels", Packages.utf8(Packages.RELS));
        parts.put("xl/workbook.xml", Packages.utf8(Packages.WORKBOOK));
        parts.put("xl/_rels/workbook.xml.rels", Packages.utf8(Packages.WORKBOOK_RELS));
        parts.put("xl/worksheets/sheet1.xml", Packages.utf8(Packages.sheet(Packages.HEADER_ROW)));
        parts.put("xl/sharedStrings.xml", Packages.utf8(Packages.strings()));
        parts.put(
                "docProps/app.xml",
                Packages.utf8(
                        "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>"));
        var file = Packages.zip(dir.resolve("props.xlsx"), parts);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNSAFE_XML))
                .hasMessageStartingWith("props.xlsx: docProps/app.xml declares a DOCTYPE");
    }

    @Test
    void aWorksheetInUtf16IsRefusedRatherThanScannedBlind() throws Exception {
        var sheet = Packages.sheet(Packages.HEADER_ROW).replace("UTF-8", "UTF-16");
        var parts = new LinkedHashMap<String, byte[]>();
        parts.put("[Content_Types].xml", Packages.utf8(Packages.CONTENT_TYPES));
        parts.put("_rels/.rels", Packages.utf8(Packages.RELS));
        parts.put("xl/workbook.xml", Packages.utf8(Packages.WORKBOOK));
        parts.put("xl/_rels/workbook.xml.rels", Packages.utf8(Packages.WORKBOOK_RELS));
        parts.put("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_16));
        parts.put("xl/sharedStrings.xml", Packages.utf8(Packages.strings()));
        var file = Packages.zip(dir.resolve("utf16.xlsx"), parts);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT))
                .hasMessageContaining("xl/worksheets/sheet1.xml: the part is not in UTF-8");
    }

    @Test
    void cellsMergedDownAreReadFromTheSheetEvenWithAPrefix() throws Exception {
        // one position merged down over two people belongs to both
        var rows = """
                <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ФИО</x:t></x:is></x:c>\
                <x:c r="B1" t="inlineStr"><x:is><x:t>Должность</x:t></x:is></x:c>\
                <x:c r="C1" t="inlineStr"><x:is><x:t>Специальность</x:t></x:is></x:c>\
                <x:c r="D1" t="inlineStr"><x:is><x:t>Стаж</x:t></x:is></x:c></x:row>\
                <x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Ким Виктор</x:t></x:is></x:c>\
                <x:c r="B2" t="inlineStr"><x:is><x:t>Электромонтёр</x:t></x:is></x:c>\
                <x:c r="C2" t="inlineStr"><x:is><x:t>Электроэнергетика</x:t></x:is></x:c><x:c r="D2"><x:v>4</x:v></x:c></x:row>\
                <x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>Ли Денис</x:t></x:is></x:c><x:c r="B3"/>\
                <x:c r="C3" t="inlineStr"><x:is><x:t>Электроснабжение</x:t></x:is></x:c><x:c r="D3"><x:v>6</x:v></x:c></x:row>""";
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:worksheet"
                + " xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>" + rows
                + "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"B2:B3\"/></x:mergeCells></x:worksheet>";
        var file = Packages.xlsx(dir.resolve("merged.xlsx"), sheet, Packages.strings());
        var result = reader.read(file);
        Fixtures.assertEveryRowAccountedFor(result);
        assertThat(result.staff()).extracting(m -> m.position()).containsExactly("Электромонтёр", "Электромонтёр");
    }
}
