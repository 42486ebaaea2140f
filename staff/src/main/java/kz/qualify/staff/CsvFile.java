package kz.qualify.staff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * Delimited text as Excel and 1C save it: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode
 * text"), or Windows-1251 (Russian Windows' "ANSI"); separated by ";" (Russian Excel), "," or tabs,
 * detected from the first records; quoted fields may hold separators, quotes ("") and line breaks.
 * An Excel "sep=;" first line is honoured and not counted as a row.
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
        var records = new Records(text, start, separator);
        int number = 0;
        List<String> fields;
        while ((fields = records.next()) != null) {
            number++;
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
            if (!sink.row(new RawRow(number, cells))) return;
        }
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
        for (char candidate : SEPARATORS) {
            var records = new Records(text, 0, candidate);
            var widths = new HashMap<Integer, Integer>();
            List<String> fields;
            for (int i = 0; i < 50 && (fields = records.next()) != null; i++) {
                int width = nonEmptyWidth(fields);
                if (width >= 2) widths.merge(width, 1, Integer::sum);
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

    /** RFC 4180 records, forgiving: a quote inside an unquoted field is kept as a character. */
    static final class Records {
        private final String text;
        private final char separator;
        private int pos;

        Records(String text, int start, char separator) {
            this.text = text;
            this.separator = separator;
            this.pos = start;
        }

        /** The next record's fields, or {@code null} at the end. */
        List<String> next() {
            int n = text.length();
            if (pos >= n) return null;
            var fields = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false, wasQuoted = false;
            while (pos < n) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < n && text.charAt(pos) == '"') {
                            field.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && pos < n && text.charAt(pos) == '\n') pos++;
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
