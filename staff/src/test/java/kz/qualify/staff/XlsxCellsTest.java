package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .xlsx reader on cell shapes written by hand: what Excel, LibreOffice and generators emit. */
class XlsxCellsTest {

    @TempDir
    Path dir;

    @Test
    void readsSharedInlineRichFormulaNumberAndBooleanCellsAndRowsWithoutReferences() throws Exception {
        var strings = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <si><t>Ахметов Серик</t></si>
                <si><r><t>Главный </t></r><r><rPr><b/></rPr><t>инженер</t></r><rPh><t>ignored</t></rPh></si>
                <si><t xml:space="preserve">  Электро_x000D_энергетика  </t></si>
                </sst>""";
        var rows = Packages.HEADER_ROW + """
                <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>\
                <c r="D2"><f>5+0.25</f><v>5.25</v></c></row>
                <row><c t="inlineStr"><is><r><t>Ким </t></r><r><t>Виктор</t></r></is></c>\
                <c t="str"><f>"Инже"&amp;"нер"</f><v>Инженер</v></c><c t="inlineStr"><is><t>Теплоэнергетика</t></is></c>\
                <c t="n"><v>3</v></c></row>
                <row r="5"><c r="A5" t="inlineStr"><is><t>Ли Денис</t></is></c><c r="B5" t="inlineStr"><is><t>Техник</t></is></c>\
                <c r="C5" t="s"/><c r="D5" t="b"><v>1</v></c></row>""";
        var file = Packages.xlsx(dir.resolve("cells.xlsx"), Packages.sheet(rows), strings);
        var result = new StaffTableReader().read(file);
        Fixtures.assertEveryRowAccountedFor(result);

        assertThat(result.rows()).hasSize(5);
        var first = result.rows().get(1).member();
        assertThat(first.fullName()).isEqualTo("Ахметов Серик");
        assertThat(first.position()).isEqualTo("Главный инженер");
        assertThat(first.education().specialty()).isEqualTo("Электро\rэнергетика".replace("\r", " "));
        assertThat(first.experience().months()).isEqualTo(63); // the cached value of 5+0.25
        var second = result.rows().get(2).member();
        assertThat(second.ref()).isEqualTo("row 3");
        assertThat(second.fullName()).isEqualTo("Ким Виктор");
        assertThat(second.position()).isEqualTo("Инженер");
        assertThat(second.experience().months()).isEqualTo(36);
        assertThat(result.rows().get(3).reasons()).containsExactly("empty row");
        var third = result.rows().get(4);
        assertThat(third.member().education().specialty()).isNull(); // <c t="s"/> is empty
        assertThat(third.reasons()).anySatisfy(r -> assertThat(r).contains("'TRUE' is not understood"));
    }

    @Test
    void aSharedStringIndexThatDoesNotExistIsDamageNamingTheCell() throws IOException {
        var rows = Packages.HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>";
        var file = Packages.xlsx(dir.resolve("bad-index.xlsx"), Packages.sheet(rows), Packages.strings("Иванов"));
        assertThatThrownBy(() -> new StaffTableReader().read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class,
                        e -> assertThat(e.problem()).isEqualTo(StaffImportException.Problem.CORRUPT))
                .hasMessageContaining("bad-index.xlsx: is damaged: xl/worksheets/sheet1.xml: row 2, column A");
    }

    @Test
    void rowsOutOfOrderAndMalformedXmlAreDamage() throws IOException {
        var backwards = Packages.HEADER_ROW.replace("r=\"1\"", "r=\"3\"") + "<row r=\"2\"></row>";
        var file = Packages.xlsx(dir.resolve("backwards.xlsx"), Packages.sheet(backwards), Packages.strings());
        assertThatThrownBy(() -> new StaffTableReader().read(file))
                .isInstanceOf(StaffImportException.class)
                .hasMessageContaining("row 2 comes after row 3");
        var broken = Packages.xlsx(dir.resolve("broken.xlsx"), Packages.sheet("<row r=\"1\"><c>"), Packages.strings());
        assertThatThrownBy(() -> new StaffTableReader().read(broken))
                .isInstanceOfSatisfying(
                        StaffImportException.class,
                        e -> assertThat(e.problem()).isEqualTo(StaffImportException.Problem.CORRUPT))
                .hasMessageStartingWith("broken.xlsx: is damaged: xl/worksheets/sheet1.xml");
    }

    @Test
    void cellsBeyondTheColumnLimitAreIgnoredWithAWarning() throws Exception {
        var rows = Packages.HEADER_ROW.replace("</row>", "<c r=\"Z1\" t=\"inlineStr\"><is><t>far</t></is></c></row>");
        var file = Packages.xlsx(dir.resolve("wide.xlsx"), Packages.sheet(rows), Packages.strings());
        var limits = new ImportLimits(50L << 20, 1000, 10, 32_767, 100, 64L << 20, 200);
        var result = new StaffTableReader(limits).read(file);
        assertThat(result.warnings()).contains("cells beyond column J were ignored");
    }
}
