package kz.qualify.staff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a staff table (.xlsx, .xls or .csv, told apart by content, not by name) into the dossier's
 * staff list, with a report of every row.
 *
 * <pre>{@code
 * var reader = new StaffTableReader();
 * StaffImport result = reader.read(Path.of("staff.xlsx"));
 * List<StaffMember> staff = result.staff();          // for the dossier
 * String report = StaffImportReport.text(result);    // for the officer
 * }</pre>
 *
 * <p>A reader holds no state between reads and may be shared between threads. Whole-file problems
 * (damaged, password-protected, too large, no header) are a {@link StaffImportException} whose
 * message names the file; problems with single rows are in the report, never exceptions.
 */
public final class StaffTableReader {

    static {
        PoiLogging.quiet(); // before any POI class asks the Log4j API for a logger
    }

    private final ImportLimits limits;
    private final Dictionaries dictionaries;

    /** A reader with {@link ImportLimits#defaults()}. */
    public StaffTableReader() {
        this(ImportLimits.defaults());
    }

    public StaffTableReader(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.dictionaries = Dictionaries.standard();
    }

    /** Reads a file; its name (without directories) is the one used in messages. */
    public StaffImport read(Path file) throws StaffImportException {
        var name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return read(file, name, limits);
    }

    /** Reads an upload with this reader's limits. */
    public StaffImport read(InputStream in, String fileName) throws StaffImportException {
        return read(in, fileName, limits);
    }

    /**
     * Reads an upload. The stream is copied to a temporary file (at most {@link
     * ImportLimits#maxFileBytes()} bytes; deleted afterwards) because an .xlsx package is read by
     * random access. The stream is not closed.
     *
     * @param fileName the name to use in messages (the upload's original name)
     */
    public StaffImport read(InputStream in, String fileName, ImportLimits limits) throws StaffImportException {
        Path copy = null;
        try {
            copy = Files.createTempFile("qualify-staff-", ".upload");
            try (var out = Files.newOutputStream(copy)) {
                var buffer = new byte[1 << 16];
                long total = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > limits.maxFileBytes()) throw tooLarge(fileName, limits);
                    out.write(buffer, 0, n);
                }
            }
            return read(copy, fileName, limits);
        } catch (IOException e) {
            throw new StaffImportException(
                    StaffImportException.Problem.UNREADABLE, fileName, "cannot be read: " + e.getMessage(), e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file left behind is the operating system's to clean
                }
            }
        }
    }

    private StaffImport read(Path file, String fileName, ImportLimits limits) throws StaffImportException {
        long size;
        byte[] head;
        try {
            size = Files.size(file);
            try (var in = Files.newInputStream(file)) {
                head = in.readNBytes(512);
            }
        } catch (NoSuchFileException e) {
            throw new StaffImportException(StaffImportException.Problem.UNREADABLE, fileName, "no such file", e);
        } catch (IOException e) {
            throw new StaffImportException(
                    StaffImportException.Problem.UNREADABLE, fileName, "cannot be read: " + e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) throw tooLarge(fileName, limits);
        if (size == 0) {
            throw new StaffImportException(StaffImportException.Problem.NOT_A_TABLE, fileName, "is empty");
        }
        try (SpreadsheetFile table = open(file, fileName, limits, head)) {
            return read(table, fileName);
        } catch (RuntimeException e) {
            // A parser failing in a way its readers did not foresee (POI's record parsing, say) is
            // still a file that cannot be read: a clear message, the cause kept for whoever reports it.
            throw new StaffImportException(
                    StaffImportException.Problem.CORRUPT,
                    fileName,
                    "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    e);
        }
    }

    /** Tells the format by its first bytes: a ZIP package, an OLE2 compound file, or text. */
    private static SpreadsheetFile open(Path file, String fileName, ImportLimits limits, byte[] head)
            throws StaffImportException {
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6) || startsWith(head, 'P', 'K', 7, 8)) {
            return XlsxFile.open(file, fileName, limits);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return XlsFile.open(file, fileName, limits);
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new StaffImportException(
                    StaffImportException.Problem.NOT_A_TABLE,
                    fileName,
                    "is a PDF document; a staff table is read from .xlsx, .xls or .csv");
        }
        var start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")) {
            throw new StaffImportException(
                    StaffImportException.Problem.NOT_A_TABLE,
                    fileName,
                    "is a web page saved with a spreadsheet name; open it in Excel and save it as .xlsx");
        }
        if (start.startsWith("<?xml")) {
            throw new StaffImportException(
                    StaffImportException.Problem.NOT_A_TABLE,
                    fileName,
                    "is an XML file (Excel 2003 XML?); open it in Excel and save it as .xlsx");
        }
        if (start.startsWith("{\\rtf")) {
            throw new StaffImportException(
                    StaffImportException.Problem.NOT_A_TABLE, fileName, "is an RTF document, not a table");
        }
        return CsvFile.open(file, fileName, limits);
    }

    private StaffImport read(SpreadsheetFile table, String fileName) throws StaffImportException {
        var sheets = table.sheets();
        var tried = new ArrayList<String>();
        for (int i = 0; i < sheets.size(); i++) {
            var reading = new SheetReading(dictionaries, fileName, sheets.get(i), limits);
            table.read(i, reading);
            reading.finish();
            if (!reading.found()) {
                tried.add((sheets.get(i).isEmpty() ? "" : "sheet '" + sheets.get(i) + "': ") + reading.closest());
                continue;
            }
            var warnings = new ArrayList<Phrase>();
            if (i > 0) {
                warnings.add(Phrase.of("warning.other-sheet", sheets.get(i), quoted(sheets.subList(0, i))));
            }
            if (i + 1 < sheets.size()) {
                warnings.add(Phrase.of("warning.sheets-not-read", quoted(sheets.subList(i + 1, sheets.size()))));
            }
            var mapping = reading.mapping();
            if (!mapping.missing().isEmpty()) {
                warnings.add(Phrase.of("warning.missing-columns", mapping.missing()));
            }
            if (table.columnsCut()) {
                warnings.add(Phrase.of("warning.columns-cut", CellRange.letter(limits.maxColumns() - 1)));
            }
            return new StaffImport(
                    fileName,
                    table.format(),
                    table.encoding(),
                    mapping,
                    reading.staff(),
                    reading.reports(),
                    summary(reading.reports()),
                    warnings.stream().map(Phrase::en).toList(),
                    warnings.stream().map(Phrase::ru).toList(),
                    warnings.stream().map(Phrase::kk).toList());
        }
        throw new StaffImportException(
                StaffImportException.Problem.NO_HEADER,
                fileName,
                "no staff table header found in the first " + HeaderSearch.WINDOW + " rows"
                        + " (a header names ФИО and two of: специальность, должность, стаж); "
                        + String.join("; ", tried));
    }

    private static Summary summary(List<RowReport> rows) {
        int imported = 0, review = 0, skipped = 0, errors = 0;
        for (var r : rows) {
            switch (r.status()) {
                case IMPORTED -> imported++;
                case IMPORTED_NEEDS_REVIEW -> {
                    imported++;
                    review++;
                }
                case SKIPPED -> skipped++;
                case ERROR -> errors++;
            }
        }
        return new Summary(rows.size(), imported, review, skipped, errors);
    }

    private static List<Phrase> quoted(List<String> names) {
        return names.stream().map(n -> Phrase.of("quoted", n)).toList();
    }

    private static StaffImportException tooLarge(String fileName, ImportLimits limits) {
        return new StaffImportException(
                StaffImportException.Problem.TOO_LARGE,
                fileName,
                "is larger than the limit of " + limits.maxFileBytes() + " bytes");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
