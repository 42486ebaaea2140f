package kz.qualify.staff;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The staff import's own file readers ({@link XlsxFile}, {@link CsvFile}) on their own, without the
 * header search and row interpretation on top, for the race against other libraries in
 * {@code kz.qualify.bench.staff.ReaderRace}. It lives in the bench module under the staff
 * module's package so that the staff module need not make its readers public for a benchmark.
 */
public final class ReaderAccess {

    private ReaderAccess() {}

    /** Reads the first sheet of an .xlsx with {@link XlsxFile}: the characters of every cell. */
    public static long xlsx(Path file) throws StaffImportException {
        try (var xlsx = XlsxFile.open(file, file.getFileName().toString(), ImportLimits.defaults())) {
            return count(xlsx);
        }
    }

    /** Reads a CSV file with {@link CsvFile} (encoding and separator detected): the characters of every cell. */
    public static long csv(Path file) throws StaffImportException {
        try (var csv = CsvFile.open(file, file.getFileName().toString(), ImportLimits.defaults())) {
            return count(csv);
        }
    }

    /** Writes the first sheet of an .xlsx as CSV (';', UTF-8, quoted): the CSV racers' input. */
    public static void xlsxToCsv(Path file, Writer out) throws StaffImportException {
        try (var xlsx = XlsxFile.open(file, file.getFileName().toString(), ImportLimits.defaults())) {
            xlsx.read(0, new RowSink() {
                @Override
                public void merges(List<CellRange> ranges) {}

                @Override
                public boolean row(RawRow row) {
                    try {
                        var cells = row.cells();
                        for (int i = 0; i < cells.length; i++) {
                            if (i > 0) out.write(';');
                            out.write('"');
                            out.write(cells[i].replace("\"", "\"\""));
                            out.write('"');
                        }
                        out.write('\n');
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return true;
                }
            });
        }
    }

    private static long count(SpreadsheetFile file) throws StaffImportException {
        var total = new long[1];
        file.read(0, new RowSink() {
            @Override
            public void merges(List<CellRange> ranges) {}

            @Override
            public boolean row(RawRow row) {
                for (var c : row.cells()) total[0] += c.length();
                return true;
            }
        });
        return total[0];
    }
}
