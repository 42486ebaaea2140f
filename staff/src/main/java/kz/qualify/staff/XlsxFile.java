package kz.qualify.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * An Office Open XML workbook: the package checked by {@link XlsxPackage} (entries, sizes,
 * compression ratio, DOCTYPE, shared-string references, merged cells), then the rows streamed by
 * fastexcel-reader. The library replaced the project's own StAX reader because it needed half the
 * CPU time on a 50 000-row table (docs/BENCHMARKS.md, issue 15); it is never given a package that
 * was not checked. Formula cells give their cached value; nothing is evaluated.
 */
final class XlsxFile implements SpreadsheetFile {

    private final XlsxPackage pkg;
    private final ReadableWorkbook workbook;
    private final ImportLimits limits;
    private final Map<Integer, Boolean> dateFormats = new HashMap<>();
    private boolean columnsCut;

    private XlsxFile(XlsxPackage pkg, ReadableWorkbook workbook, ImportLimits limits) {
        this.pkg = pkg;
        this.workbook = workbook;
        this.limits = limits;
    }

    static XlsxFile open(Path file, String fileName, ImportLimits limits) throws StaffImportException {
        var pkg = XlsxPackage.open(file, fileName, limits);
        try {
            // a number that does not parse is an error cell with its text, not an exception
            var options = new ReadingOptions(pkg.styles(), true);
            return new XlsxFile(pkg, new ReadableWorkbook(pkg.forLibrary(), options), limits);
        } catch (IOException | RuntimeException e) {
            throw damaged(fileName, "xl/workbook.xml", e);
        }
    }

    @Override
    public TableFormat format() {
        return TableFormat.XLSX;
    }

    @Override
    public List<String> sheets() {
        return pkg.sheets().stream().map(XlsxPackage.Sheet::name).toList();
    }

    @Override
    public boolean columnsCut() {
        return columnsCut;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only, in memory: nothing to lose
        }
    }

    @Override
    public void read(int index, RowSink sink) throws StaffImportException {
        var sheet = pkg.sheets().get(index);
        sink.merges(pkg.merges(sheet.path()));
        Stream<Row> stream;
        try {
            var found = workbook.getSheet(sheet.index());
            if (found.isEmpty()) throw damaged(pkg.fileName(), sheet.path(), "the workbook does not list it");
            stream = found.get().openStream();
        } catch (IOException | RuntimeException e) {
            throw damaged(pkg.fileName(), sheet.path(), e);
        }
        try (stream) {
            var rows = stream.iterator();
            int previous = 0, position = 0, count = 0;
            while (true) {
                Row row;
                try {
                    if (!rows.hasNext()) return;
                    row = rows.next();
                } catch (RuntimeException e) {
                    throw damaged(pkg.fileName(), sheet.path(), e);
                }
                // For a <row> without r="…" the library gives its own 0-based count of rows: the row
                // is then the one after the previous. A row that does give its number cannot have the
                // count as its number unless it is out of order, which is then not noticed: harmless.
                int number = row.getRowNum() == position ? previous + 1 : row.getRowNum();
                position++;
                if (number <= previous) {
                    throw damaged(pkg.fileName(), sheet.path(), "row " + number + " comes after row " + previous);
                }
                if (number > 1_048_576) {
                    throw damaged(pkg.fileName(), sheet.path(), "row number " + number + " is out of range");
                }
                if (++count > limits.maxRows()) {
                    throw new StaffImportException(
                            StaffImportException.Problem.TOO_LARGE,
                            pkg.fileName(),
                            "sheet '" + sheet.name() + "' has more than " + limits.maxRows()
                                    + " rows (the limit); split the file or raise the limit");
                }
                previous = number;
                if (!sink.row(new RawRow(number, cells(row, number)))) return;
            }
        } catch (UncheckedIOException e) {
            throw damaged(pkg.fileName(), sheet.path(), e); // closing the stream
        }
    }

    private String[] cells(Row row, int number) throws StaffImportException {
        int width = row.getCellCount();
        if (width > limits.maxColumns()) {
            for (int c = limits.maxColumns(); c < width && !columnsCut; c++) {
                if (row.getCell(c) != null) columnsCut = true;
            }
            width = limits.maxColumns();
        }
        var values = new String[width];
        int last = -1;
        for (int c = 0; c < width; c++) {
            var cell = row.getCell(c);
            var text = cell == null ? "" : Words.clean(text(cell));
            if (text.length() > limits.maxCellChars()) {
                throw new StaffImportException(
                        StaffImportException.Problem.TOO_LARGE,
                        pkg.fileName(),
                        "row " + number + ", column " + CellRange.letter(c) + ": the cell is longer than "
                                + limits.maxCellChars() + " characters");
            }
            values[c] = text;
            if (!text.isEmpty()) last = c;
        }
        return last + 1 == width ? values : java.util.Arrays.copyOf(values, last + 1);
    }

    /** A cell as a person reading the sheet sees it. */
    private String text(Cell cell) {
        var value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> number(cell, cell.getRawValue());
            case STRING -> value == null ? "" : unescape(value.toString());
            case BOOLEAN -> value == null ? "" : Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
            case ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case FORMULA ->
                switch (value) { // the cached value of the type the cell declares
                    case null -> "";
                    case BigDecimal n -> number(cell, cell.getRawValue());
                    case Boolean b -> b ? "TRUE" : "FALSE";
                    default -> value.toString();
                };
        };
    }

    private String number(Cell cell, @Nullable String raw) {
        if (raw == null || raw.isEmpty()) return "";
        if (isDate(cell)) {
            try {
                return CellText.date(DateUtil.getLocalDateTime(Double.parseDouble(raw), workbook.isDate1904()));
            } catch (RuntimeException e) {
                return CellText.number(raw);
            }
        }
        return CellText.number(raw);
    }

    private boolean isDate(Cell cell) {
        Integer id;
        try {
            id = cell.getDataFormatId();
        } catch (NumberFormatException e) {
            return false;
        }
        if (id == null) return false;
        var known = dateFormats.get(id);
        if (known != null) return known;
        var code = cell.getDataFormatString();
        if (code == null) code = BuiltinFormats.getBuiltinFormat(id);
        boolean date = code != null && DateUtil.isADateFormat(id, code);
        // custom formats are numbered per workbook, so the answer holds for this workbook only
        dateFormats.put(id, date);
        return date;
    }

    /** Excel writes control characters as {@code _xHHHH_}; a line break in a cell is {@code _x000D_}. */
    static String unescape(String text) {
        if (text.indexOf("_x") < 0) return text;
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (i + 6 < text.length()
                    && text.charAt(i) == '_'
                    && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_'
                    && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isHex(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) if (Character.digit(s.charAt(i), 16) < 0) return false;
        return true;
    }

    private static StaffImportException damaged(String fileName, String part, String problem) {
        return new StaffImportException(
                StaffImportException.Problem.CORRUPT, fileName, "is damaged: " + part + ": " + problem);
    }

    private static StaffImportException damaged(String fileName, String part, Exception e) {
        Throwable cause = e;
        // the library wraps the parser's complaint; the innermost message is the one that says what
        while ((cause instanceof UncheckedIOException
                        || cause instanceof XMLStreamException
                        || cause.getClass().getName().endsWith("ExcelReaderException"))
                && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return new StaffImportException(
                StaffImportException.Problem.CORRUPT,
                fileName,
                "is damaged: " + part + " cannot be read (" + XlsxPackage.oneLine(cause) + ")",
                e);
    }
}
