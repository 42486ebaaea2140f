package kz.qualify.staff;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * An Office Open XML workbook read as a stream: the ZIP package through a size-limited reader, the
 * shared strings and the worksheet through StAX with DTDs refused. Nothing like a workbook model is
 * built, which is what makes it many times faster and smaller than POI's XSSFWorkbook.
 *
 * <p>Safety: the package may have at most {@link ImportLimits#maxZipEntries()} entries; the bytes
 * inflated from it are counted against {@link ImportLimits#maxUncompressedBytes()}; a part that
 * inflates to more than {@link ImportLimits#maxCompressionRatio()} times its compressed size (past
 * a few MB) is a zip bomb. Any DOCTYPE in any part is refused, so no entity is ever expanded or
 * fetched. Formula cells give their cached {@code <v>} value; nothing is evaluated.
 */
final class XlsxFile implements SpreadsheetFile {

    private static final XMLInputFactory XML = safeFactory();

    /** Merged areas beyond this many are ignored: a staff table has a handful. */
    private static final int MAX_MERGES = 100_000;

    private final ZipFile zip;
    private final String fileName;
    private final ImportLimits limits;
    private final List<SheetPart> sheets;
    private final @Nullable String sharedStringsPath;
    private final @Nullable String stylesPath;
    private final boolean date1904;
    private long inflated;
    private String @Nullable [] sharedStrings;
    private boolean @Nullable [] dateStyles;
    private boolean columnsCut;

    private record SheetPart(String name, String path) {}

    private XlsxFile(
            ZipFile zip,
            String fileName,
            ImportLimits limits,
            List<SheetPart> sheets,
            @Nullable String sharedStringsPath,
            @Nullable String stylesPath,
            boolean date1904) {
        this.zip = zip;
        this.fileName = fileName;
        this.limits = limits;
        this.sheets = sheets;
        this.sharedStringsPath = sharedStringsPath;
        this.stylesPath = stylesPath;
        this.date1904 = date1904;
    }

    static XMLInputFactory safeFactory() {
        // The JDK's own StAX parser, whatever else is on the class path, with no DTD support and no
        // external entities: a DOCTYPE is then reported as an event, which read() refuses.
        var factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    static XlsxFile open(Path file, String fileName, ImportLimits limits) throws StaffImportException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new StaffImportException(
                    StaffImportException.Problem.CORRUPT,
                    fileName,
                    "is damaged: it starts like an .xlsx file but is not a readable ZIP package (" + e.getMessage()
                            + ")",
                    e);
        } catch (IOException e) {
            throw new StaffImportException(
                    StaffImportException.Problem.UNREADABLE, fileName, "cannot be read: " + e.getMessage(), e);
        }
        try {
            return open(zip, fileName, limits);
        } catch (StaffImportException | RuntimeException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // the original problem is the one to report
            }
            throw e;
        }
    }

    private static XlsxFile open(ZipFile zip, String fileName, ImportLimits limits) throws StaffImportException {
        if (zip.size() > limits.maxZipEntries()) {
            throw new StaffImportException(
                    StaffImportException.Problem.TOO_LARGE,
                    fileName,
                    "the package has " + zip.size() + " entries, more than the limit of " + limits.maxZipEntries());
        }
        var probe = new XlsxFile(zip, fileName, limits, List.of(), null, null, false);
        String workbookPath = "xl/workbook.xml";
        if (zip.getEntry("_rels/.rels") != null) {
            for (var rel : probe.relationships("_rels/.rels", "")) {
                if (rel.type().endsWith("/officeDocument")) workbookPath = rel.target();
            }
        }
        if (zip.getEntry(workbookPath) == null) throw probe.notAWorkbook();

        var sheetRefs = new ArrayList<String[]>(); // name, relationship id
        boolean date1904 = false;
        try (var in = probe.part(workbookPath)) {
            var r = probe.xml(in, workbookPath);
            while (next(r, workbookPath, probe) != XMLStreamConstants.END_DOCUMENT) {
                if (r.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
                switch (r.getLocalName()) {
                    case "workbookPr" -> {
                        var v = attribute(r, "date1904");
                        date1904 = "1".equals(v) || "true".equals(v);
                    }
                    case "sheet" -> {
                        var state = attribute(r, "state");
                        if ("hidden".equals(state) || "veryHidden".equals(state)) continue;
                        sheetRefs.add(new String[] {nonNull(attribute(r, "name")), nonNull(relationshipId(r))});
                    }
                    default -> {}
                }
            }
        } catch (IOException e) {
            throw probe.damaged(workbookPath, e);
        }

        var base = workbookPath.contains("/") ? workbookPath.substring(0, workbookPath.lastIndexOf('/') + 1) : "";
        var relsPath = base + "_rels/" + workbookPath.substring(base.length()) + ".rels";
        Map<String, String> worksheets = new HashMap<>();
        String sharedStrings = null, styles = null;
        for (var rel : probe.relationships(relsPath, base)) {
            if (rel.type().endsWith("/worksheet")) worksheets.put(rel.id(), rel.target());
            else if (rel.type().endsWith("/sharedStrings")) sharedStrings = rel.target();
            else if (rel.type().endsWith("/styles")) styles = rel.target();
        }
        var sheets = new ArrayList<SheetPart>();
        for (var ref : sheetRefs) {
            var path = worksheets.get(ref[1]);
            if (path != null) sheets.add(new SheetPart(ref[0], path)); // chart sheets have no cells
        }
        if (sheets.isEmpty()) {
            throw new StaffImportException(
                    StaffImportException.Problem.NO_HEADER, fileName, "the workbook has no visible worksheet");
        }
        if (sharedStrings != null && zip.getEntry(sharedStrings) == null) sharedStrings = null;
        if (styles != null && zip.getEntry(styles) == null) styles = null;
        return new XlsxFile(zip, fileName, limits, List.copyOf(sheets), sharedStrings, styles, date1904);
    }

    @Override
    public TableFormat format() {
        return TableFormat.XLSX;
    }

    @Override
    public List<String> sheets() {
        return sheets.stream().map(SheetPart::name).toList();
    }

    @Override
    public boolean columnsCut() {
        return columnsCut;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }

    // ---- the worksheet -------------------------------------------------------------------------

    @Override
    public void read(int index, RowSink sink) throws StaffImportException {
        var sheet = sheets.get(index);
        loadSharedStrings();
        loadStyles();
        sink.merges(merges(sheet.path()));
        try (var in = part(sheet.path())) {
            var r = xml(in, sheet.path());
            int rowNumber = 0, rows = 0;
            var cells = new ArrayList<String>(16);
            int column = -1;
            while (next(r, sheet.path(), this) != XMLStreamConstants.END_DOCUMENT) {
                int event = r.getEventType();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    var name = r.getLocalName();
                    if (name.equals("c")) {
                        column = cell(r, sheet.path(), rowNumber, column, cells);
                    } else if (name.equals("row")) {
                        var ref = attribute(r, "r");
                        int number = ref == null ? rowNumber + 1 : parseRowNumber(ref, sheet.path());
                        if (number <= rowNumber) {
                            throw damaged(sheet.path(), "row " + number + " comes after row " + rowNumber);
                        }
                        if (++rows > limits.maxRows()) {
                            throw new StaffImportException(
                                    StaffImportException.Problem.TOO_LARGE,
                                    fileName,
                                    "sheet '" + sheet.name() + "' has more than " + limits.maxRows()
                                            + " rows (the limit); split the file or raise the limit");
                        }
                        rowNumber = number;
                        cells.clear();
                        column = -1;
                    } else if (name.equals("mergeCells") || name.equals("extLst")) {
                        return; // after sheetData: the merges were read by merges()
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    var name = r.getLocalName();
                    if (name.equals("row")) {
                        var values = new String[cells.size()];
                        for (int i = 0; i < values.length; i++) {
                            var v = cells.get(i);
                            values[i] = v == null ? "" : v;
                        }
                        if (!sink.row(new RawRow(rowNumber, values))) return;
                    } else if (name.equals("sheetData")) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            throw damaged(sheet.path(), e);
        }
    }

    /** Reads one {@code <c>} element into {@code cells}; returns its column. */
    private int cell(XMLStreamReader r, String part, int rowNumber, int previousColumn, List<String> cells)
            throws StaffImportException {
        String ref = null, type = null, style = null;
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            switch (r.getAttributeLocalName(i)) {
                case "r" -> ref = r.getAttributeValue(i);
                case "t" -> type = r.getAttributeValue(i);
                case "s" -> style = r.getAttributeValue(i);
                default -> {}
            }
        }
        int column = previousColumn + 1;
        if (ref != null) {
            var cellRef = CellRange.CellRef.parse(ref);
            if (cellRef == null) throw damaged(part, "cell reference '" + ref + "' is malformed");
            column = cellRef.column();
        }
        String v = null, inline = null;
        int sharedIndex = -2;
        boolean shared = "s".equals(type);
        try {
            while (r.next() != XMLStreamConstants.END_ELEMENT) {
                if (r.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
                switch (r.getLocalName()) {
                    case "v" -> {
                        if (shared) sharedIndex = sharedIndex(r);
                        else v = text(r);
                    }
                    case "is" -> inline = richText(r, part, "is");
                    default -> skip(r); // <f>: the formula itself is never looked at
                }
            }
        } catch (XMLStreamException e) {
            throw damaged(part, e);
        }
        if (shared && sharedIndex != -2) {
            var strings = sharedStrings;
            if (strings == null || sharedIndex < 0 || sharedIndex >= strings.length) {
                throw damaged(
                        part,
                        "row " + rowNumber + ", column " + CellRange.letter(column)
                                + " refers to a shared string that does not exist");
            }
            v = strings[sharedIndex];
            type = "str";
        }
        if (column >= limits.maxColumns()) {
            columnsCut = true;
            return column;
        }
        var text = value(type, style, v, inline, part, rowNumber, column);
        if (text.isEmpty()) return column;
        if (!shared) text = Words.clean(text); // shared strings were cleaned once, when loaded
        if (text.length() > limits.maxCellChars()) {
            throw new StaffImportException(
                    StaffImportException.Problem.TOO_LARGE,
                    fileName,
                    "row " + rowNumber + ", column " + CellRange.letter(column) + ": the cell is longer than "
                            + limits.maxCellChars() + " characters");
        }
        while (cells.size() <= column) cells.add(null);
        cells.set(column, text);
        return column;
    }

    private String value(
            @Nullable String type,
            @Nullable String style,
            @Nullable String v,
            @Nullable String inline,
            String part,
            int row,
            int column)
            throws StaffImportException {
        if (type == null || type.equals("n")) {
            if (v == null || v.isEmpty()) return "";
            if (style != null && isDateStyle(style)) {
                try {
                    return CellText.date(DateUtil.getLocalDateTime(Double.parseDouble(v), date1904));
                } catch (RuntimeException e) {
                    return CellText.number(v);
                }
            }
            return CellText.number(v);
        }
        return switch (type) {
            case "s" -> v == null ? "" : sharedString(v, part, row, column); // <c t="s"/>: no value
            case "inlineStr" -> inline == null ? (v == null ? "" : v) : inline;
            case "str", "e" -> v == null ? "" : v;
            case "b" -> v == null ? "" : ("1".equals(v) || "true".equals(v) ? "TRUE" : "FALSE");
            case "d" -> v == null ? "" : v.length() >= 10 ? isoDate(v) : v;
            default -> v == null ? "" : v;
        };
    }

    private static String isoDate(String v) {
        // t="d" (ISO 8601, strict files): shown like the other dates
        return v.substring(8, 10) + "." + v.substring(5, 7) + "." + v.substring(0, 4);
    }

    private String sharedString(@Nullable String v, String part, int row, int column) throws StaffImportException {
        var strings = sharedStrings;
        int index;
        try {
            index = Integer.parseInt(v == null ? "" : v.strip());
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (strings == null || index < 0 || index >= strings.length) {
            throw damaged(
                    part,
                    "row " + row + ", column " + CellRange.letter(column) + " refers to shared string " + v
                            + ", which does not exist");
        }
        return strings[index];
    }

    private boolean isDateStyle(String style) {
        var styles = dateStyles;
        if (styles == null) return false;
        try {
            int i = Integer.parseInt(style);
            return i >= 0 && i < styles.length && styles[i];
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private int parseRowNumber(String ref, String part) throws StaffImportException {
        try {
            int n = Integer.parseInt(ref);
            if (n < 1 || n > 1_048_576) throw damaged(part, "row number " + ref + " is out of range");
            return n;
        } catch (NumberFormatException e) {
            throw damaged(part, "row number '" + ref + "' is not a number");
        }
    }

    // ---- merged cells --------------------------------------------------------------------------

    /**
     * The merged areas. They come after all the rows in the sheet's XML, but the header they shape
     * comes first, so the part is scanned for {@code <mergeCell ref="..."/>} before it is parsed: a
     * byte scan, no XML parsing, at the cost of inflating the part twice.
     */
    private List<CellRange> merges(String path) throws StaffImportException {
        var ranges = new ArrayList<CellRange>();
        byte[] pattern = "mergeCell".getBytes(StandardCharsets.US_ASCII);
        // A chunk keeps the end of the previous one, so that an element cut by a chunk boundary is
        // seen whole: no <mergeCell .../> element is longer than the overlap.
        int overlap = 1024;
        byte[] buffer = new byte[(1 << 16) + overlap];
        try (var in = part(path)) {
            int kept = 0, n;
            while ((n = in.readNBytes(buffer, kept, buffer.length - kept)) > 0) {
                int end = kept + n;
                boolean last = end < buffer.length;
                int limit = last ? end : end - overlap;
                for (int i = 0; i < limit; i++) {
                    if (buffer[i] != 'm' || !startsWith(buffer, i, end, pattern)) continue;
                    int after = i + pattern.length;
                    if (after >= end) break;
                    byte b = buffer[after];
                    if (b != ' ' && b != '\t' && b != '\n' && b != '\r') continue; // <mergeCells> is the container
                    int close = after;
                    while (close < end && buffer[close] != '>' && close - after < overlap - 16) close++;
                    var ref = refAttribute(new String(buffer, after, close - after, StandardCharsets.US_ASCII));
                    var range = ref == null ? null : CellRange.parse(ref);
                    if (range != null && ranges.size() < MAX_MERGES) ranges.add(range);
                    i = close;
                }
                if (last) break;
                System.arraycopy(buffer, end - overlap, buffer, 0, overlap);
                kept = overlap;
            }
        } catch (IOException e) {
            throw damaged(path, e);
        }
        return ranges;
    }

    private static boolean startsWith(byte[] buffer, int at, int end, byte[] pattern) {
        if (at + pattern.length > end) return false;
        for (int j = 1; j < pattern.length; j++) if (buffer[at + j] != pattern[j]) return false;
        return true;
    }

    private static @Nullable String refAttribute(String element) {
        int i = element.indexOf("ref=");
        if (i < 0 || i + 5 > element.length()) return null;
        char quote = element.charAt(i + 4);
        int end = element.indexOf(quote, i + 5);
        return end < 0 ? null : element.substring(i + 5, end);
    }

    // ---- shared strings and styles -------------------------------------------------------------

    private void loadSharedStrings() throws StaffImportException {
        if (sharedStrings != null) return;
        var path = sharedStringsPath;
        if (path == null) {
            sharedStrings = new String[0];
            return;
        }
        var strings = new ArrayList<String>();
        try (var in = part(path)) {
            var r = xml(in, path);
            while (next(r, path, this) != XMLStreamConstants.END_DOCUMENT) {
                if (r.getEventType() == XMLStreamConstants.START_ELEMENT
                        && r.getLocalName().equals("si")) {
                    strings.add(Words.clean(richText(r, path, "si")));
                }
            }
        } catch (IOException e) {
            throw damaged(path, e);
        }
        sharedStrings = strings.toArray(String[]::new);
    }

    /**
     * The text of a string item ({@code <si>} or {@code <is>}): its {@code <t>} runs, rich or not,
     * without the phonetic runs ({@code <rPh>}) that Japanese Excel adds.
     */
    private String richText(XMLStreamReader r, String part, String element) throws StaffImportException {
        String first = null; // most items are one run: no builder for them
        StringBuilder text = null;
        try {
            int depth = 1;
            while (depth > 0) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) throw unsafe(part);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    var name = r.getLocalName();
                    if (name.equals("t")) {
                        var run = text(r);
                        if (first == null) first = run;
                        else (text == null ? text = new StringBuilder(first) : text).append(run);
                    } else if (name.equals("rPh")) {
                        skip(r);
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw damaged(part, "the part ends inside <" + element + ">");
                }
            }
        } catch (XMLStreamException e) {
            throw damaged(part, e);
        }
        return unescape(text != null ? text.toString() : first == null ? "" : first);
    }

    /** Excel writes control characters as {@code _xHHHH_}; a line break in a cell is {@code _x000D_}. */
    private static String unescape(String text) {
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

    private void loadStyles() throws StaffImportException {
        if (dateStyles != null) return;
        var path = stylesPath;
        if (path == null) {
            dateStyles = new boolean[0];
            return;
        }
        var customFormats = new HashMap<Integer, String>();
        var formatOfStyle = new ArrayList<Integer>();
        try (var in = part(path)) {
            var r = xml(in, path);
            boolean inCellXfs = false;
            while (next(r, path, this) != XMLStreamConstants.END_DOCUMENT) {
                int event = r.getEventType();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "numFmt" -> {
                            var id = attribute(r, "numFmtId");
                            var code = attribute(r, "formatCode");
                            if (id != null && code != null) customFormats.put(intOr(id, -1), code);
                        }
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) formatOfStyle.add(intOr(attribute(r, "numFmtId"), 0));
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } catch (IOException e) {
            throw damaged(path, e);
        }
        var dates = new boolean[formatOfStyle.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = formatOfStyle.get(i);
            var code = customFormats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
            dates[i] = code != null && DateUtil.isADateFormat(id, code);
        }
        dateStyles = dates;
    }

    private static int intOr(@Nullable String s, int otherwise) {
        if (s == null) return otherwise;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    // ---- relationships -------------------------------------------------------------------------

    private record Relationship(String id, String type, String target) {}

    private List<Relationship> relationships(String path, String base) throws StaffImportException {
        var found = new ArrayList<Relationship>();
        if (zip.getEntry(path) == null) return found;
        try (var in = part(path)) {
            var r = xml(in, path);
            while (next(r, path, this) != XMLStreamConstants.END_DOCUMENT) {
                if (r.getEventType() != XMLStreamConstants.START_ELEMENT
                        || !r.getLocalName().equals("Relationship")) {
                    continue;
                }
                if ("External".equals(attribute(r, "TargetMode"))) continue;
                var id = attribute(r, "Id");
                var type = attribute(r, "Type");
                var target = attribute(r, "Target");
                if (id != null && type != null && target != null) {
                    found.add(new Relationship(id, type, resolve(base, target)));
                }
            }
        } catch (IOException e) {
            throw damaged(path, e);
        }
        return found;
    }

    /** A relationship target as a package entry name: absolute ("/xl/...") or relative to {@code base}. */
    static String resolve(String base, String target) {
        var path = target.startsWith("/") ? target.substring(1) : base + target;
        var parts = new ArrayList<String>();
        for (var segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
            } else {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    private static @Nullable String relationshipId(XMLStreamReader r) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            var ns = r.getAttributeNamespace(i);
            if ("id".equals(r.getAttributeLocalName(i)) && ns != null && ns.contains("relationships")) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static @Nullable String attribute(XMLStreamReader r, String localName) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (localName.equals(r.getAttributeLocalName(i))) return r.getAttributeValue(i);
        }
        return null;
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }

    // ---- XML and package plumbing ----------------------------------------------------------------

    private XMLStreamReader xml(InputStream in, String part) throws StaffImportException {
        try {
            return XML.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw damaged(part, e);
        }
    }

    /** The next event; a DOCTYPE anywhere is refused, a parse error is a damaged part. */
    private static int next(XMLStreamReader r, String part, XlsxFile file) throws StaffImportException {
        try {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) throw file.unsafe(part);
            return event;
        } catch (XMLStreamException e) {
            throw file.damaged(part, e);
        }
    }

    /**
     * The text of the current element up to its end. Usually one characters event, taken as is;
     * the parser may split long text, which is then joined.
     */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        String first = null;
        StringBuilder more = null;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (first == null) first = r.getText();
                else (more == null ? more = new StringBuilder(first) : more).append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return more != null ? more.toString() : first == null ? "" : first;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                skip(r);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the part ends inside an element");
            }
        }
    }

    /** A shared-string index read straight from the parser's characters: no String per cell. */
    private static int sharedIndex(XMLStreamReader r) throws XMLStreamException {
        long value = 0;
        boolean digits = false, bad = false;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE) {
                char[] chars = r.getTextCharacters();
                for (int i = r.getTextStart(), end = i + r.getTextLength(); i < end; i++) {
                    char c = chars[i];
                    if (c >= '0' && c <= '9') {
                        value = value * 10 + (c - '0');
                        digits = true;
                        if (value > Integer.MAX_VALUE) bad = true;
                    } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                        bad = true;
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return digits && !bad ? (int) value : -1;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                skip(r);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the part ends inside an element");
            }
        }
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            else if (event == XMLStreamConstants.END_DOCUMENT) return;
        }
    }

    /** A package part as a stream whose inflated bytes count against the limits. */
    private InputStream part(String path) throws StaffImportException {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null) throw damaged(path, "the part is missing from the package");
        long declared = entry.getSize(), compressed = entry.getCompressedSize();
        if (declared > limits.maxUncompressedBytes()) {
            throw tooLarge(path + " inflates to " + declared + " bytes, more than the limit of "
                    + limits.maxUncompressedBytes());
        }
        if (declared > ImportLimits.RATIO_CHECK_THRESHOLD
                && compressed > 0
                && declared / compressed > limits.maxCompressionRatio()) {
            throw tooLarge(path + " is compressed " + declared / compressed + " to 1, more than the limit of "
                    + limits.maxCompressionRatio() + " to 1 (a zip bomb?)");
        }
        try {
            return new Counted(zip.getInputStream(entry), path, compressed);
        } catch (ZipException e) {
            throw damaged(path, e);
        } catch (IOException e) {
            throw new StaffImportException(
                    StaffImportException.Problem.UNREADABLE, fileName, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Thrown from inside a stream read (where only IOException fits) and unwrapped by {@link #damaged}. */
    private static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    private final class Counted extends FilterInputStream {
        private final String path;
        private final long compressed;
        private long count;

        Counted(InputStream in, String path, long compressed) {
            super(in);
            this.path = path;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) add(n);
            return n;
        }

        private void add(int n) throws LimitExceeded {
            count += n;
            inflated += n;
            if (inflated > limits.maxUncompressedBytes()) {
                throw new LimitExceeded(
                        "the package inflates to more than " + limits.maxUncompressedBytes() + " bytes (the limit)");
            }
            if (count > ImportLimits.RATIO_CHECK_THRESHOLD
                    && compressed > 0
                    && count / compressed > limits.maxCompressionRatio()) {
                throw new LimitExceeded(path + " is compressed more than " + limits.maxCompressionRatio()
                        + " to 1 (the limit; a zip bomb?)");
            }
        }
    }

    private StaffImportException notAWorkbook() {
        var mimetype = zip.getEntry("mimetype");
        if (mimetype != null && mimetype.getSize() < 200) {
            try (var in = zip.getInputStream(mimetype)) {
                var type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                if (type.contains("opendocument.spreadsheet")) {
                    return new StaffImportException(
                            StaffImportException.Problem.NOT_A_TABLE,
                            fileName,
                            "is an OpenDocument spreadsheet (.ods), which is not read; save it as .xlsx");
                }
            } catch (IOException e) {
                // fall through to the general answer
            }
        }
        if (zip.getEntry("word/document.xml") != null) {
            return new StaffImportException(
                    StaffImportException.Problem.NOT_A_TABLE,
                    fileName,
                    "is a Word document, not a spreadsheet; put the staff table in Excel and save it as .xlsx");
        }
        return new StaffImportException(
                StaffImportException.Problem.NOT_A_TABLE,
                fileName,
                "is a ZIP archive without an Excel workbook in it (xl/workbook.xml is missing)");
    }

    private StaffImportException unsafe(String part) {
        return new StaffImportException(
                StaffImportException.Problem.UNSAFE_XML,
                fileName,
                part + " declares a DOCTYPE, which Excel never writes; refused to keep entities from being"
                        + " expanded or fetched (XML external entity protection)");
    }

    private StaffImportException tooLarge(String message) {
        return new StaffImportException(StaffImportException.Problem.TOO_LARGE, fileName, message);
    }

    private StaffImportException damaged(String part, String problem) {
        return new StaffImportException(
                StaffImportException.Problem.CORRUPT, fileName, "is damaged: " + part + ": " + problem);
    }

    private StaffImportException damaged(String part, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitExceeded limit) return tooLarge(limit.getMessage());
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof LimitExceeded limit) {
                return tooLarge(limit.getMessage());
            }
        }
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new StaffImportException(
                StaffImportException.Problem.CORRUPT,
                fileName,
                "is damaged: " + part + " cannot be read (" + message.replace('\n', ' ') + ")",
                e);
    }
}
