package kz.qualify.staff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * One XML part of an .xlsx package looked at byte by byte while it is inflated for the size check,
 * before the spreadsheet library parses it. It finds what the library cannot be trusted with:
 *
 * <ul>
 *   <li>any {@code <!DOCTYPE}: no entity is ever declared, so none can be expanded or fetched;
 *   <li>a part not in UTF-8 (Excel and LibreOffice never write another encoding, and the scan reads
 *       ASCII markup);
 *   <li>in a worksheet, a cell that refers to a shared string beyond the last one: fastexcel-reader
 *       fills its table with empty strings up to any index it is given, so a 60-byte cell naming
 *       string 2 000 000 000 would exhaust the heap;
 *   <li>in a worksheet, the merged areas ({@code <mergeCells>}, after all the rows), which the
 *       library does not read and the header search needs before the first row: the element is
 *       kept as bytes and parsed with the hardened StAX factory.
 * </ul>
 *
 * Comments, CDATA sections and processing instructions are skipped as a parser would. Where the
 * scan cannot tell (an unknown cell type, a tag longer than any spreadsheet writes) it assumes the
 * dangerous case: a shared-string cell whose value is then checked.
 */
final class PartScan {

    /** What the part is to the workbook, which decides what is looked for. */
    enum Role {
        OTHER,
        SHARED_STRINGS,
        WORKSHEET
    }

    /** Why a part is refused; the package turns it into the file's message. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean unsafe;

        Refused(boolean unsafe, String message) {
            super(message);
            this.unsafe = unsafe;
        }

        /** A DOCTYPE, rather than damage. */
        boolean unsafe() {
            return unsafe;
        }
    }

    /** Merged areas beyond this many are ignored: a staff table has a handful. */
    static final int MAX_MERGES = 100_000;

    /** Bytes of {@code <mergeCells>} kept at most (a hundred thousand areas of up to ~40 bytes). */
    private static final int MAX_MERGE_BYTES = 4 << 20;

    private static final int TEXT = 0, TAG = 1, COMMENT = 2, CDATA = 3, PI = 4, VALUE = 5;
    private static final int MAX_TAG = 2048;
    private static final byte[] COMMENT_START = ascii("!--");
    private static final byte[] CDATA_START = ascii("![CDATA[");
    private static final XMLInputFactory FRAGMENT = fragmentFactory();

    private final Role role;
    private final String part;
    private final int sharedStrings;
    private final byte[] tag = new byte[MAX_TAG];
    private int state = TEXT;
    private int tagLength;
    private boolean tagTooLong;
    private byte quote;
    private byte previous, beforePrevious; // inside a comment, CDATA section or processing instruction
    private long seen;
    private byte first;

    // worksheet: the cell being read
    private boolean sharedCell;
    private boolean expectValueEnd;
    private long value;
    private int valueDigits;
    private boolean valueBad;
    private int row;
    private final byte[] cellRef = new byte[16];
    private int cellRefLength;

    // worksheet: <mergeCells> kept
    private @Nullable ByteArrayOutputStream merges;
    private boolean capturing;
    private boolean mergesCut;

    // shared strings: <si> start tags
    private int strings;

    /**
     * @param sharedStrings for a worksheet, how many shared strings the workbook has
     */
    PartScan(Role role, String part, int sharedStrings) {
        this.role = role;
        this.part = part;
        this.sharedStrings = sharedStrings;
    }

    /** Whether a package entry is XML to be scanned, by its name. */
    static boolean isXml(String name) {
        var lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    void feed(byte[] bytes, int offset, int length) throws Refused {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if (seen < 2) encoding(b);
            seen++;
            if (capturing) {
                capture(b);
            } else if (state == TEXT) {
                // most of a part is markup and text between tags: run to the next '<' without ceremony
                int next = i;
                while (next < end && bytes[next] != '<') next++;
                seen += next - i;
                if (next == end) return;
                i = next;
                startTag();
                continue;
            } else if (state == TAG && quote == 0 && tagLength > 0 && tag[0] != '!') {
                // inside an element's tag: copy up to its end or a quote
                int next = i;
                while (next < end) {
                    byte c = bytes[next];
                    if (c == '>' || c == '"' || c == '\'') break;
                    next++;
                }
                int n = Math.min(next - i, MAX_TAG - tagLength);
                System.arraycopy(bytes, i, tag, tagLength, n);
                tagLength += n;
                if (n < next - i) tagTooLong = true;
                seen += next - i;
                if (next == end) return;
                i = next;
                b = bytes[i];
            }
            switch (state) {
                case TEXT -> {
                    if (b == '<') startTag();
                }
                case TAG -> tagByte(b);
                case COMMENT -> skipUntil(b, '-', '-', '>');
                case CDATA -> skipUntil(b, ']', ']', '>');
                case PI -> skipUntil(b, (byte) 0, '?', '>');
                case VALUE -> valueByte(b);
                default -> throw new IllegalStateException("state " + state);
            }
        }
    }

    /** Called at the end of the part. */
    void finish() throws Refused {
        if (state == VALUE) checkValue();
    }

    /** For the shared strings part: the number of {@code <si>} items. */
    int strings() {
        return strings;
    }

    /** For a worksheet: its merged areas. */
    List<CellRange> merges() throws Refused {
        var kept = merges;
        var ranges = new ArrayList<CellRange>();
        if (kept == null) return ranges;
        try {
            var r = FRAGMENT.createXMLStreamReader(new ByteArrayInputStream(kept.toByteArray()));
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) throw new Refused(true, doctype());
                    if (event != XMLStreamConstants.START_ELEMENT
                            || !localName(r.getLocalName()).equals("mergeCell")) {
                        continue;
                    }
                    for (int a = 0, n = r.getAttributeCount(); a < n; a++) {
                        if (!localName(r.getAttributeLocalName(a)).equals("ref")) continue;
                        var range = CellRange.parse(r.getAttributeValue(a));
                        if (range != null && ranges.size() < MAX_MERGES) ranges.add(range);
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            // cut short on purpose: the areas read so far are kept, the rest ignored
            if (!mergesCut) throw new Refused(false, "its merged cells cannot be read (" + oneLine(e) + ")");
        }
        return ranges;
    }

    // ---- the scan --------------------------------------------------------------------------------

    private void encoding(byte b) throws Refused {
        // UTF-16 starts with a byte-order mark or has a zero byte beside the '<'
        if (seen == 0) first = b;
        boolean utf16 = seen == 0 ? (b == (byte) 0xFE || b == (byte) 0xFF || b == 0) : (b == 0 && first == '<');
        if (utf16) {
            throw new Refused(false, "the part is not in UTF-8, the encoding every spreadsheet program writes");
        }
    }

    private void startTag() {
        state = TAG;
        tagLength = 0;
        tagTooLong = false;
        quote = 0;
    }

    private void tagByte(byte b) throws Refused {
        if (expectValueEnd && tagLength == 0 && (b == '!' || b == '?')) {
            // a comment, CDATA section or instruction inside the index: the parser joins the text around it
            throw new Refused(false, cell() + " holds something other than the number of a shared string");
        }
        if (tagLength == 0 && b == '?') {
            state = PI;
            return;
        }
        if (tagLength > 0 && tag[0] == '!') {
            keep(b);
            if (tagLength == 2 && tag[1] != '-' && tag[1] != '[') throw new Refused(true, doctype());
            if (tagLength == COMMENT_START.length && startsWith(COMMENT_START)) {
                state = COMMENT;
            } else if (tagLength == CDATA_START.length && startsWith(CDATA_START)) {
                state = CDATA;
            } else if (b == '>') {
                throw new Refused(false, "it holds a malformed declaration");
            }
            return;
        }
        if (quote != 0) {
            if (b == quote) quote = 0;
            keep(b);
            return;
        }
        if (b == '"' || b == '\'') {
            quote = b;
            keep(b);
            return;
        }
        if (b == '>') {
            state = TEXT;
            endOfTag();
            return;
        }
        keep(b);
    }

    private void keep(byte b) {
        if (tagLength < MAX_TAG) tag[tagLength++] = b;
        else tagTooLong = true;
    }

    /** Skips to the end of a comment ("-->"), CDATA section ("]]>") or processing instruction ("?>"). */
    private void skipUntil(byte b, int first, int second, int last) {
        boolean done = b == last && previous == second && (first == 0 || beforePrevious == first);
        beforePrevious = previous;
        previous = b;
        if (done) {
            state = TEXT;
            previous = 0;
            beforePrevious = 0;
        }
    }

    private void endOfTag() throws Refused {
        boolean end = tagLength > 0 && tag[0] == '/';
        int nameStart = end ? 1 : 0, nameEnd = nameStart;
        while (nameEnd < tagLength && !isSpace(tag[nameEnd]) && tag[nameEnd] != '/') nameEnd++;
        int local = nameStart;
        for (int i = nameStart; i < nameEnd; i++) if (tag[i] == ':') local = i + 1;
        boolean selfClosing = !end && tagLength > 0 && tag[tagLength - 1] == '/' && !tagTooLong;

        if (expectValueEnd) {
            expectValueEnd = false;
            if (!end || !named(local, nameEnd, "v")) {
                throw new Refused(false, cell() + " holds something other than the number of a shared string");
            }
            return;
        }
        switch (role) {
            case SHARED_STRINGS -> {
                if (!end && named(local, nameEnd, "si")) strings++;
            }
            case WORKSHEET -> worksheetTag(end, selfClosing, local, nameEnd);
            case OTHER -> {}
        }
    }

    private void worksheetTag(boolean end, boolean selfClosing, int local, int nameEnd) throws Refused {
        if (named(local, nameEnd, "c")) {
            if (end) {
                sharedCell = false;
            } else if (!selfClosing) {
                // conservative: anything but the types that are not shared strings is checked
                long type = attributeBounds("t");
                sharedCell = tagTooLong || (type >= 0 && !isOtherType((int) (type >>> 32), (int) type));
                long ref = attributeBounds("r");
                cellRefLength = 0;
                if (ref >= 0) {
                    int from = (int) (ref >>> 32), to = (int) ref;
                    if (to - from <= cellRef.length) {
                        System.arraycopy(tag, from, cellRef, 0, to - from);
                        cellRefLength = to - from;
                    }
                }
            }
        } else if (named(local, nameEnd, "v")) {
            if (!end && !selfClosing && sharedCell) {
                state = VALUE;
                value = 0;
                valueDigits = 0;
                valueBad = false;
            }
        } else if (named(local, nameEnd, "row")) {
            if (!end) {
                var r = attribute("r");
                int number = -1;
                if (r != null) {
                    try {
                        number = Integer.parseInt(r);
                    } catch (NumberFormatException e) {
                        number = -1;
                    }
                }
                row = number > 0 ? number : row + 1;
            }
        } else if (named(local, nameEnd, "mergeCells")) {
            if (!end && !selfClosing && merges == null) {
                var kept = new ByteArrayOutputStream();
                kept.write('<');
                kept.write(tag, 0, tagLength);
                kept.write('>');
                merges = kept;
                capturing = true;
            } else if (end) {
                capturing = false;
            }
        }
    }

    private void valueByte(byte b) throws Refused {
        if (b == '<') {
            checkValue();
            expectValueEnd = true;
            startTag();
            return;
        }
        if (b >= '0' && b <= '9') {
            if (++valueDigits > 10) valueBad = true;
            else value = value * 10 + (b - '0');
        } else {
            valueBad = true;
        }
    }

    private void checkValue() throws Refused {
        state = TEXT;
        if (valueBad) {
            throw new Refused(false, cell() + " holds something other than the number of a shared string");
        }
        if (valueDigits > 0 && value >= sharedStrings) {
            throw new Refused(false, cell() + " refers to a shared string that does not exist");
        }
    }

    private void capture(byte b) {
        var kept = merges;
        if (kept == null) return;
        if (kept.size() >= MAX_MERGE_BYTES) {
            capturing = false;
            mergesCut = true;
            return;
        }
        kept.write(b);
    }

    private String cell() {
        if (cellRefLength > 0) {
            var ref = CellRange.CellRef.parse(new String(cellRef, 0, cellRefLength, StandardCharsets.US_ASCII));
            if (ref != null) return "row " + ref.row() + ", column " + CellRange.letter(ref.column());
        }
        return "a cell of row " + row;
    }

    private String doctype() {
        return part + " declares a DOCTYPE, which Excel never writes; refused to keep entities from being"
                + " expanded or fetched (XML external entity protection)";
    }

    /** The value of attribute {@code name} (any prefix) of the tag held, as written (no entities decoded). */
    private @Nullable String attribute(String name) {
        long bounds = attributeBounds(name);
        if (bounds < 0) return null;
        int from = (int) (bounds >>> 32), to = (int) bounds;
        return new String(tag, from, to - from, StandardCharsets.UTF_8);
    }

    /** Where the value of attribute {@code name} lies in the tag held: start << 32 | end, or -1. */
    private long attributeBounds(String name) {
        int i = 0;
        while (i < tagLength && !isSpace(tag[i])) i++; // the element's name
        while (i < tagLength) {
            while (i < tagLength && (isSpace(tag[i]) || tag[i] == '/')) i++;
            int start = i;
            while (i < tagLength && tag[i] != '=' && !isSpace(tag[i])) i++;
            int nameEnd = i;
            while (i < tagLength && isSpace(tag[i])) i++;
            if (i >= tagLength || tag[i] != '=') return -1;
            i++;
            while (i < tagLength && isSpace(tag[i])) i++;
            if (i >= tagLength) return -1;
            byte q = tag[i];
            if (q != '"' && q != '\'') return -1;
            int valueStart = ++i;
            while (i < tagLength && tag[i] != q) i++;
            int local = start;
            for (int j = start; j < nameEnd; j++) if (tag[j] == ':') local = j + 1;
            if (named(local, nameEnd, name)) return ((long) valueStart << 32) | i;
            i++;
        }
        return -1;
    }

    /** Whether tag[from, to) names a cell type that is not a shared string. */
    private boolean isOtherType(int from, int to) {
        return named(from, to, "n")
                || named(from, to, "str")
                || named(from, to, "inlineStr")
                || named(from, to, "b")
                || named(from, to, "e")
                || named(from, to, "d");
    }

    private boolean named(int from, int to, String name) {
        if (to - from != name.length()) return false;
        for (int i = 0; i < name.length(); i++) if (tag[from + i] != name.charAt(i)) return false;
        return true;
    }

    private boolean startsWith(byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) if (tag[i] != prefix[i]) return false;
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static String localName(String name) {
        int colon = name.lastIndexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    private static String oneLine(Exception e) {
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ');
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The hardened factory for the {@code <mergeCells>} fragment: the JDK's own parser, no DTDs, no
     * external entities, and no namespaces (the fragment's prefix, if any, is declared elsewhere).
     */
    private static XMLInputFactory fragmentFactory() {
        var factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return factory;
    }
}
