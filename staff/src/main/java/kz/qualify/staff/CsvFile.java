package kz.qualify.staff;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * Delimited text as Excel and 1C save it: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode
 * text"), or Windows-1251 (Russian Windows' "ANSI"); separated by ";" (Russian Excel), "," or tabs,
 * detected from the first records; quoted fields may hold separators, quotes ("") and line breaks.
 * An Excel "sep=;" first line is honoured and not counted as a row. Encoding, separator and the
 * limits are ours; the records are split by FastCSV, which the race of docs/BENCHMARKS.md found
 * faster than the splitter this class had.
 */
final class CsvFile implements SpreadsheetFile {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final char[] SEPARATORS = {';', ',', '\t'};

    private final String fileName;
    private final ImportLimits limits;
    private final String text;
    private final int start;
    private final char separator;
    private final String encoding;
    private boolean columnsCut;

    private CsvFile(String fileName, ImportLimits limits, String text, int start, char separator, String encoding) {
        this.fileName = fileName;
        this.limits = limits;
        this.text = text;
        this.start = start;
        this.separator = separator;
        this.encoding = encoding;
    }

    static CsvFile open(Path file, String fileName, ImportLimits limits) throws StaffImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StaffImportException(
                    StaffImportException.Problem.UNREADABLE, fileName, "cannot be read: " + e.getMessage(), e);
        }
        return parse(bytes, fileName, limits);
    }

    static CsvFile parse(byte[] bytes, String fileName, ImportLimits limits) throws StaffImportException {
        String text;
        String encoding;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = decode(bytes, 3, StandardCharsets.UTF_8, fileName);
            encoding = "UTF-8 with BOM";
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = decode(bytes, 2, StandardCharsets.UTF_16LE, fileName);
            encoding = "UTF-16LE";
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = decode(bytes, 2, StandardCharsets.UTF_16BE, fileName);
            encoding = "UTF-16BE";
        } else {
            refuseBinary(bytes, fileName);
            var utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                text = utf8;
                encoding = "UTF-8";
            } else {
                // Not valid UTF-8: the only other encoding Kazakh offices save text in is Windows-1251,
                // which decodes any byte, so it is the fallback rather than a guess among many.
                text = new String(bytes, WINDOWS_1251);
                encoding = "windows-1251";
            }
        }
        int start = 0;
        char separator;
        var firstLine = text.lines().findFirst().orElse("").strip();
        if (firstLine.length() == 5 && firstLine.toLowerCase().startsWith("sep=")) {
            separator = firstLine.charAt(4);
            start = text.indexOf('\n') + 1;
            if (start == 0) start = text.length();
        } else {
            separator = detectSeparator(text);
        }
        var name = separator == '\t' ? "tab" : "'" + separator + "'";
        return new CsvFile(fileName, limits, text, start, separator, encoding + ", " + name + " separated");
    }

    @Override
    public TableFormat format() {
        return TableFormat.CSV;
    }

    @Override
    public List<String> sheets() {
        return List.of("");
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public boolean columnsCut() {
        return columnsCut;
    }

    @Override
    public void read(int index, RowSink sink) throws StaffImportException {
        sink.merges(List.of());
        int number = 0;
        try (var records = records(text.substring(start), separator)) {
            for (var record : records) {
                number++;
                if (!row(number, record.getFields(), sink)) return;
            }
        } catch (CsvParseException e) {
            // only a field longer than FastCSV's buffer (16 M characters) gets here: the cell limit
            // is far below it, so the row is told as too large
            throw new StaffImportException(
                    StaffImportException.Problem.TOO_LARGE,
                    fileName,
                    "row " + (number + 1) + ": a cell is longer than " + limits.maxCellChars() + " characters");
        } catch (IOException e) {
            throw new StaffImportException(
                    StaffImportException.Problem.UNREADABLE, fileName, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** One record: the limits checked, the cells cleaned; {@code false} when the sink has had enough. */
    private boolean row(int number, List<String> fields, RowSink sink) throws StaffImportException {
        if (number > limits.maxRows()) {
            throw new StaffImportException(
                    StaffImportException.Problem.TOO_LARGE,
                    fileName,
                    "more than " + limits.maxRows() + " rows (the limit); split the file or raise the limit");
        }
        int width = fields.size();
        if (width > limits.maxColumns()) {
            width = limits.maxColumns();
            columnsCut = true;
        }
        var cells = new String[width];
        for (int c = 0; c < width; c++) {
            var value = fields.get(c);
            if (value.length() > limits.maxCellChars()) {
                throw new StaffImportException(
                        StaffImportException.Problem.TOO_LARGE,
                        fileName,
                        "row " + number + ", column " + CellRange.letter(c) + ": the cell is longer than "
                                + limits.maxCellChars() + " characters");
            }
            cells[c] = Words.clean(value);
        }
        return sink.row(new RawRow(number, cells));
    }

    /**
     * The records of {@code text} by FastCSV, as forgiving as people's files need: rows of
     * different widths (a title of one cell above the header), empty lines kept (they have row
     * numbers), characters after a closing quote kept, an unclosed quote running to the end. No
     * comment lines: "#" is data.
     */
    static CsvReader<CsvRecord> records(String text, char separator) {
        return CsvReader.builder()
                .fieldSeparator(separator)
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(false)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowExtraCharsAfterClosingQuote(true)
                .allowUnclosedQuote(true)
                .ofCsvRecord(text);
    }

    @Override
    public void close() {}

    // ---- detection -----------------------------------------------------------------------------

    /**
     * The separator that splits the first records into the most rows of one same width of at least
     * two; ";" first on a tie, as Russian Excel writes it (and "5,25" then stays a number).
     */
    static char detectSeparator(String text) {
        char best = ';';
        int bestScore = -1;
        // the first 50 records are enough to tell, and parsing only them keeps detection cheap
        var head = head(text, 50);
        for (char candidate : SEPARATORS) {
            var widths = new HashMap<Integer, Integer>();
            int i = 0;
            try (var records = records(head, candidate)) {
                for (var record : records) {
                    if (i++ == 50) break;
                    int width = nonEmptyWidth(record.getFields());
                    if (width >= 2) widths.merge(width, 1, Integer::sum);
                }
            } catch (CsvParseException | IOException e) {
                continue; // this separator does not make records of the text
            }
            int score =
                    widths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The text up to its {@code lines}-th line break, or a little more than 64 K characters: records
     * may hold quoted line breaks, so this may cut a record, which only costs the last of the 50.
     */
    private static String head(String text, int lines) {
        int end = 0;
        for (int n = 0; n < lines && end < text.length(); n++) {
            int next = text.indexOf('\n', end);
            if (next < 0) return text;
            end = next + 1;
            if (end > 65_536) break;
        }
        return text.substring(0, end);
    }

    private static int nonEmptyWidth(List<String> fields) {
        int width = fields.size();
        while (width > 0 && fields.get(width - 1).isBlank()) width--;
        return width;
    }

    private static void refuseBinary(byte[] bytes, String fileName) throws StaffImportException {
        int control = 0, n = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new StaffImportException(
                        StaffImportException.Problem.NOT_A_TABLE,
                        fileName,
                        "is binary data, not a spreadsheet or CSV text (save it as .xlsx, .xls or .csv)");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) control++;
        }
        if (n > 0 && control * 100 > n) {
            throw new StaffImportException(
                    StaffImportException.Problem.NOT_A_TABLE,
                    fileName,
                    "is binary data, not a spreadsheet or CSV text (save it as .xlsx, .xls or .csv)");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static String decode(byte[] bytes, int offset, Charset charset, String fileName)
            throws StaffImportException {
        var text = tryDecode(Arrays.copyOfRange(bytes, offset, bytes.length), charset);
        if (text == null) {
            throw new StaffImportException(
                    StaffImportException.Problem.CORRUPT,
                    fileName,
                    "starts with a " + charset.name() + " byte order mark but is not valid " + charset.name());
        }
        return text;
    }

    private static String tryDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
