package kz.qualify.catalog.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.qualify.law.Act;
import kz.qualify.law.ActItem;
import kz.qualify.law.ActItem.Paragraph;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ActJsonTest {

    private static final String COMMITTED_JSON = ActResources.text(ActResources.ACT_JSON);

    private static Act freshImport() {
        return OfficialExportImporter.importText(ActResources.exportText());
    }

    @Test
    void theCommittedJsonIsWhatTheImporterMakesOfTheCommittedExport() {
        // if this fails after an importer change, regenerate (see RegenerateActJsonTest) and review the diff
        var fresh = freshImport();
        assertThat(ActJson.read(COMMITTED_JSON)).isEqualTo(fresh);
        assertThat(COMMITTED_JSON.replace("\r\n", "\n")).isEqualTo(ActJson.write(fresh));
    }

    @Test
    void theCommittedActLoadsFromTheClasspath() {
        assertThat(ActJson.loadDecree967()).isEqualTo(freshImport());
    }

    @Test
    void anActSurvivesARoundTrip() {
        var act = new Act(
                "test-act",
                "Заголовок",
                List.of("Преамбула"),
                List.of(new ActItem(1, List.of(new Paragraph(1, 0, "1. Утвердить.")))),
                "Подпись",
                "Приложение",
                List.of(new ActItem(
                        2,
                        List.of(
                                new Paragraph(1, 0, "2. Требования включают:"),
                                new Paragraph(2, 1, "1) «кавычки», \"ASCII\", кг/см² и 115 °С;"),
                                new Paragraph(3, 1, "ещё абзац подпункта."),
                                new Paragraph(4, 2, "2) второй подпункт.")))));

        assertThat(ActJson.read(ActJson.write(act))).isEqualTo(act);
        assertThat(ActJson.read(ActJson.write(freshImport()))).isEqualTo(freshImport());
    }

    @Test
    void everyAnnexClauseCarriesItsStableId() {
        var root = JsonMapper.shared().readTree(COMMITTED_JSON);
        var item3 = root.get("annexItems").get(2);
        assertThat(item3.get("id").asString()).isEqualTo("3");
        var paragraph16 = item3.get("paragraphs").get(15);
        assertThat(paragraph16.get("id").asString()).isEqualTo("3.a16");
        assertThat(paragraph16.get("clause").asString()).isEqualTo("3.2");
        assertThat(item3.get("paragraphs").get(0).get("clause").asString()).isEqualTo("3");
        assertThat(paragraph16.get("text").asString()).startsWith("для проектирования (технологического)");
    }

    @Test
    void aClauseIdThatDoesNotMatchItsPositionIsRejected() {
        String renumbered = COMMITTED_JSON.replace("\"id\": \"3.a16\"", "\"id\": \"3.a17\"");
        assertThat(renumbered).isNotEqualTo(COMMITTED_JSON);

        assertThatThrownBy(() -> ActJson.read(renumbered))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'3.a17'")
                .hasMessageContaining("'3.a16'");
    }

    @Test
    void theJsonIsPrettyWithLfLineEndsAndAFinalNewline() {
        String json = ActJson.write(freshImport());
        assertThat(json)
                .startsWith("{\n  \"id\": \"kz-gov-decree-967-2012\",\n")
                .endsWith("}\n")
                .doesNotContain("\r");
    }
}
