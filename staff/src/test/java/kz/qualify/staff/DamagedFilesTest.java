package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files damaged at random (seeded): each read gives a result or a StaffImportException, nothing else. */
class DamagedFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messy.xlsx", "messy.xls", "kazakh-bom.csv", "clean-ru.xlsx"})
    void aDamagedFileIsReadOrRefusedWithAClearErrorNeverAnotherException(String name) throws Exception {
        var original = Files.readAllBytes(Fixtures.file(name));
        var random = new Random(name.hashCode());
        var reader = new StaffTableReader();
        int refused = 0;
        for (int attempt = 0; attempt < 60; attempt++) {
            var bytes = original.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            var file = Files.write(dir.resolve(attempt + "-" + name), bytes);
            try {
                var result = reader.read(file);
                Fixtures.assertEveryRowAccountedFor(result);
            } catch (StaffImportException e) {
                refused++;
                assertThat(e.getMessage()).startsWith(file.getFileName() + ": ");
            }
        }
        // the test must have seen damage: not every flip can have been harmless
        if (!name.endsWith(".csv")) assertThat(refused).isPositive();
    }
}
