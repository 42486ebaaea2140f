package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.IntStream;

/** The committed fixture files (written by LibreOffice, see fixtures/make-fixtures.sh). */
final class Fixtures {

    private Fixtures() {}

    static Path file(String name) {
        try {
            var url = Fixtures.class.getResource("/fixtures/" + name);
            if (url == null) throw new IllegalStateException("fixture " + name + " is missing");
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static StaffImport read(String name) throws StaffImportException {
        return new StaffTableReader().read(file(name));
    }

    /** Every row from 1 to the last is reported once, in order, and the summary adds up. */
    static void assertEveryRowAccountedFor(StaffImport result) {
        assertThat(result.rows())
                .extracting(RowReport::row)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, result.rows().size()).boxed().toList());
        var s = result.summary();
        assertThat(s.rowsRead()).isEqualTo(result.rows().size());
        assertThat(s.imported()).isEqualTo(result.staff().size());
        assertThat(result.rows().stream()
                        .filter(r -> r.status().imported())
                        .map(RowReport::member)
                        .toList())
                .containsExactlyElementsOf(result.staff());
        assertThat(result.staff()).allSatisfy(m -> assertThat(m.ref()).matches("row \\d+"));
    }
}
