package kz.qualify.service.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dossier editor's "load example" serves copies of the project's examples: they must not drift. */
class BundledExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void everyActivityExampleIsServedUnchanged() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            var originals = files.filter(p -> p.getFileName().toString().matches("activity-\\d+-.*\\.json"))
                    .sorted()
                    .toList();
            assertThat(originals).hasSize(7);
            for (var original : originals) {
                var item = original.getFileName().toString().replaceAll("activity-(\\d+)-.*", "$1");
                var served = Translations.STATIC.resolve("examples/activity-" + item + ".json");
                assertThat(served).as("copy of " + original).exists();
                assertThat(Files.readString(served))
                        .as(served + " against " + original)
                        .isEqualTo(Files.readString(original));
            }
        }
    }
}
