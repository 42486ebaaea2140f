package kz.qualify.catalog.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the committed {@code decree-967-2012.act.json} from the committed export. Runs only
 * on request:
 *
 * <pre>./mvnw -pl catalog test -Dtest=RegenerateActJsonTest -Dqualify.regenerate=true</pre>
 *
 * <p>{@link ActJsonTest} fails whenever the committed JSON and the importer disagree, so after
 * changing the importer, run this and review the diff of the JSON.
 */
@EnabledIfSystemProperty(named = "qualify.regenerate", matches = "true")
class RegenerateActJsonTest {

    @Test
    void writesTheActJsonFromTheCommittedExport() throws IOException {
        var act = OfficialExportImporter.importText(ActResources.exportText());
        var target = ActResources.SOURCE_DIR.resolve(ActResources.ACT_JSON);
        Files.writeString(target, ActJson.write(act), StandardCharsets.UTF_8);
        assertThat(ActJson.read(Files.readString(target, StandardCharsets.UTF_8)))
                .isEqualTo(act);
    }
}
