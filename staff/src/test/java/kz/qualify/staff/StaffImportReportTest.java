package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StaffImportReportTest {

    @Test
    void theTextReportHasTheHeaderMappingATableOfRowsAndTheSummary() throws StaffImportException {
        var text = StaffImportReport.text(Fixtures.read("messy.xlsx"));
        assertThat(text)
                .startsWith("Staff table messy.xlsx (XLSX, sheet 'Сводная'), header in rows 4–5\n")
                .contains("  E  Образование / специальность по диплому → specialty")
                .contains("  J  Телефон → — (ignored)")
                .contains("Warning: staff read from sheet 'Сводная'")
                .contains("Row | Status")
                .containsPattern("\\n +8 \\| imported +\\| Ахметов Серик Болатович")
                .containsPattern("\\n +16 \\| error .*more than 60 years")
                .endsWith(
                        "Summary: rows read 22, imported 10 (2 need review), skipped 11, errors 1; needing attention: 3\n");
    }

    @Test
    void theTextReportCanListOnlyTheRowsNeedingAttention() throws StaffImportException {
        var text = StaffImportReport.text(Fixtures.read("messy.xlsx"), StaffImportReport.Rows.NEEDING_ATTENTION);
        assertThat(text.lines().filter(l -> l.matches(" *\\d+ \\|.*"))).hasSize(3);
        assertThat(text).contains("Агрономия").doesNotContain("Ахметов");
    }

    @Test
    void theJsonReportCarriesEveryRowWithItsInterpretationsAndTheSummary() throws StaffImportException {
        var result = Fixtures.read("messy.xlsx");
        var json = JsonMapper.builder().build().readTree(StaffImportReport.json(result));
        assertThat(json.get("file").asString()).isEqualTo("messy.xlsx");
        assertThat(json.get("format").asString()).isEqualTo("XLSX");
        assertThat(json.get("header").get("firstRow").asInt()).isEqualTo(4);
        assertThat(json.get("summary").get("needingAttention").asInt()).isEqualTo(3);
        assertThat(json.get("rows").size()).isEqualTo(22);
        var chief = json.get("rows").get(7);
        assertThat(chief.get("status").asString()).isEqualTo("IMPORTED");
        assertThat(chief.get("member").get("ref").asString()).isEqualTo("row 8");
        assertThat(chief.get("member").get("education").get("specialtyCode").asString())
                .isEqualTo("5B071800");
        assertThat(chief.get("member").get("experienceMonths").asInt()).isEqualTo(148);
        assertThat(chief.get("interpretations").size()).isEqualTo(5);
        assertThat(chief.get("interpretations").get(3).get("rule").asString()).contains("specialties.yaml");
        var error = json.get("rows").get(15);
        assertThat(error.get("status").asString()).isEqualTo("ERROR");
        assertThat(error.has("member")).isFalse();
        assertThat(error.get("excerpt").asString()).contains("Мамедов");
    }
}
