package kz.qualify.staff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;

/**
 * An .xlsx package checked before the spreadsheet library may read it. fastexcel-reader opens and
 * inflates a package with no limit of its own (a 0.3 MB zip bomb exhausted a 256 MB heap in the
 * race of docs/BENCHMARKS.md), so the package is opened here first, with the same ZIP reader the
 * library uses (Commons Compress) on the same bytes, and refused when:
 *
 * <ul>
 *   <li>it has more than {@link ImportLimits#maxZipEntries()} entries;
 *   <li>an entry declares, or inflates to, more than {@link ImportLimits#maxUncompressedBytes()}
 *       bytes in all, or more than {@link ImportLimits#maxCompressionRatio()} times its compressed
 *       size past a few MB (every entry is inflated through a counting stream: declared sizes lie
 *       in a zip bomb);
 *   <li>an XML part declares a DOCTYPE, or a worksheet refers to a shared string that does not
 *       exist ({@link PartScan}).
 * </ul>
 *
 * What the library is then given is a package written here from the checked entries: the parts it
 * needs, copied as compressed (no second deflate), under a content-type list and workbook
 * relationships written here. So the library sees exactly the entries that were checked, finds the
 * parts however the original named them, and cannot be steered to another entry of the same name.
 */
final class XlsxPackage {

    private static final XMLInputFactory XML = safeFactory();

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    /** A visible worksheet: its name, its place among all the workbook's sheets, and its part. */
    record Sheet(String name, int index, String path) {}

    private final String fileName;
    private final List<Sheet> sheets;
    private final Map<String, List<CellRange>> merges;
    private final byte[] forLibrary;
    private final boolean styles;

    private XlsxPackage(
            String fileName,
            List<Sheet> sheets,
            Map<String, List<CellRange>> merges,
            byte[] forLibrary,
            boolean styles) {
        this.fileName = fileName;
        this.sheets = sheets;
        this.merges = merges;
        this.forLibrary = forLibrary;
        this.styles = styles;
    }

    List<Sheet> sheets() {
        return sheets;
    }

    List<CellRange> merges(String path) {
        return merges.getOrDefault(path, List.of());
    }

    /** The checked package, as the library is to read it. */
    InputStream forLibrary() {
        return new ByteArrayInputStream(forLibrary);
    }

    /** Whether the workbook has a styles part (without one, no cell is a date). */
    boolean styles() {
        return styles;
    }

    String fileName() {
        return fileName;
    }

    static XlsxPackage open(Path file, String fileName, ImportLimits limits) throws StaffImportException {
        // The JDK's reader counts the entries from the central directory without building an object
        // per entry, as Commons Compress would: a package of a million tiny entries is refused here.
        try (var jdk = new java.util.zip.ZipFile(file.toFile())) {
            if (jdk.size() > limits.maxZipEntries()) throw tooMany(fileName, jdk.size(), limits);
        } catch (ZipException e) {
            throw notAZip(fileName, e);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
        try (var zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            return new Checking(zip, fileName, limits).check();
        } catch (IOException e) {
            throw notAZip(fileName, e);
        }
    }

    /** One check of one package: its structure, then every entry, then the package for the library. */
    private static final class Checking {
        private final ZipFile zip;
        private final String fileName;
        private final ImportLimits limits;
        private long inflated;

        Checking(ZipFile zip, String fileName, ImportLimits limits) {
            this.zip = zip;
            this.fileName = fileName;
            this.limits = limits;
        }

        XlsxPackage check() throws StaffImportException {
            var entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxZipEntries()) throw tooMany(fileName, entries.size(), limits);

            String workbookPath = WORKBOOK;
            for (var rel : relationships("_rels/.rels", "")) {
                if (rel.type().endsWith("/officeDocument")) workbookPath = rel.target();
            }
            var workbook = zip.getEntry(workbookPath);
            if (workbook == null) throw notAWorkbook();

            var sheetRefs = new ArrayList<String[]>(); // name, relationship id, index among all sheets
            try (var in = part(workbookPath)) {
                var r = xml(in, workbookPath);
                int index = 0;
                while (next(r, workbookPath) != XMLStreamConstants.END_DOCUMENT) {
                    if (r.getEventType() != XMLStreamConstants.START_ELEMENT
                            || !r.getLocalName().equals("sheet")) {
                        continue;
                    }
                    var state = attribute(r, "state");
                    int at = index++;
                    if ("hidden".equals(state) || "veryHidden".equals(state)) continue;
                    var id = relationshipId(r);
                    if (id != null) sheetRefs.add(new String[] {nonNull(attribute(r, "name")), id, "" + at});
                }
            } catch (IOException e) {
                throw damaged(workbookPath, e);
            }

            var base = workbookPath.contains("/") ? workbookPath.substring(0, workbookPath.lastIndexOf('/') + 1) : "";
            var relsPath = base + "_rels/" + workbookPath.substring(base.length()) + ".rels";
            Map<String, String> worksheets = new LinkedHashMap<>();
            String sharedStrings = null, styles = null;
            for (var rel : relationships(relsPath, base)) {
                if (rel.type().endsWith("/worksheet")) worksheets.put(rel.id(), rel.target());
                else if (rel.type().endsWith("/sharedStrings")) sharedStrings = rel.target();
                else if (rel.type().endsWith("/styles")) styles = rel.target();
            }
            var sheets = new ArrayList<Sheet>();
            for (var ref : sheetRefs) {
                var path = worksheets.get(ref[1]);
                if (path != null)
                    sheets.add(new Sheet(ref[0], Integer.parseInt(ref[2]), path)); // chart sheets have no cells
            }
            if (sheets.isEmpty()) {
                throw new StaffImportException(
                        StaffImportException.Problem.NO_HEADER, fileName, "the workbook has no visible worksheet");
            }

            // Every entry, the shared strings first (a worksheet's references are checked against them).
            Map<ZipArchiveEntry, PartScan.Role> roles = new IdentityHashMap<>();
            var stringsEntry = sharedStrings == null ? null : zip.getEntry(sharedStrings);
            var stylesEntry = styles == null ? null : zip.getEntry(styles);
            if (stringsEntry != null) roles.put(stringsEntry, PartScan.Role.SHARED_STRINGS);
            for (var sheet : sheets) {
                var entry = zip.getEntry(sheet.path());
                if (entry == null) throw damaged(sheet.path(), "the part is missing from the package");
                roles.put(entry, PartScan.Role.WORKSHEET);
            }
            var ordered = new ArrayList<ZipArchiveEntry>(entries);
            if (stringsEntry != null) {
                ordered.remove(stringsEntry);
                ordered.addFirst(stringsEntry);
            }
            int strings = 0;
            Map<String, List<CellRange>> merges = new HashMap<>();
            for (var entry : ordered) {
                if (entry.isDirectory()) continue;
                var role = roles.getOrDefault(entry, PartScan.Role.OTHER);
                var scan = role != PartScan.Role.OTHER || PartScan.isXml(entry.getName())
                        ? new PartScan(role, entry.getName(), strings)
                        : null;
                inflate(entry, scan);
                if (scan == null) continue;
                if (role == PartScan.Role.SHARED_STRINGS) strings = scan.strings();
                if (role == PartScan.Role.WORKSHEET) merges.put(entry.getName(), merges(scan, entry.getName()));
            }

            var library = new LinkedHashMap<String, ZipArchiveEntry>();
            library.put(CONTENT_TYPES, workbook); // placeholders: the two indexes are written here
            library.put(WORKBOOK_RELS, workbook);
            take(library, WORKBOOK, workbook, workbookPath);
            if (stringsEntry != null) take(library, stringsEntry.getName(), stringsEntry, workbookPath);
            if (stylesEntry != null) take(library, stylesEntry.getName(), stylesEntry, workbookPath);
            for (var sheet : sheets) take(library, sheet.path(), zip.getEntry(sheet.path()), workbookPath);
            library.remove(CONTENT_TYPES);
            library.remove(WORKBOOK_RELS);
            var written = write(library, worksheets, stringsEntry, stylesEntry);
            return new XlsxPackage(fileName, List.copyOf(sheets), merges, written, stylesEntry != null);
        }

        /** Adds a part to the library's package; two roles on one name would make it read the wrong one. */
        private void take(Map<String, ZipArchiveEntry> parts, String name, ZipArchiveEntry entry, String workbookPath)
                throws StaffImportException {
            var before = parts.putIfAbsent(name, entry);
            if (before != null && before != entry) throw damaged(workbookPath, "two of its parts are named " + name);
        }

        private List<CellRange> merges(PartScan scan, String path) throws StaffImportException {
            try {
                return scan.merges();
            } catch (PartScan.Refused e) {
                throw refused(path, e);
            }
        }

        /** Inflates one entry through the counting stream, scanning it if it is XML. */
        private void inflate(ZipArchiveEntry entry, @Nullable PartScan scan) throws StaffImportException {
            var buffer = new byte[1 << 16];
            try (var in = part(entry)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (scan != null) scan.feed(buffer, 0, n);
                }
                if (scan != null) scan.finish();
            } catch (PartScan.Refused e) {
                throw refused(entry.getName(), e);
            } catch (IOException | RuntimeException e) {
                throw damaged(entry.getName(), e);
            }
        }

        /** The package the library reads: the checked parts, copied as compressed, under our own indexes. */
        private byte[] write(
                Map<String, ZipArchiveEntry> parts,
                Map<String, String> worksheets,
                @Nullable ZipArchiveEntry strings,
                @Nullable ZipArchiveEntry styles)
                throws StaffImportException {
            var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/" + WORKBOOK + "\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            if (strings != null) {
                types.append("<Override PartName=\"/")
                        .append(escape(strings.getName()))
                        .append("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
                                + ".sharedStrings+xml\"/>");
            }
            if (styles != null) {
                types.append("<Override PartName=\"/")
                        .append(escape(styles.getName()))
                        .append("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
                                + ".styles+xml\"/>");
            }
            types.append("</Types>");
            var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (var sheet : worksheets.entrySet()) {
                rels.append("<Relationship Id=\"")
                        .append(escape(sheet.getKey()))
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                                + "/worksheet\" Target=\"/")
                        .append(escape(sheet.getValue()))
                        .append("\"/>");
            }
            rels.append("</Relationships>");
            var out = new ByteArrayOutputStream(32 * 1024);
            try (var zipOut = new ZipArchiveOutputStream(out)) {
                add(zipOut, CONTENT_TYPES, types.toString());
                add(zipOut, WORKBOOK_RELS, rels.toString());
                for (var part : parts.entrySet()) {
                    var from = part.getValue();
                    var copy = new ZipArchiveEntry(part.getKey());
                    copy.setMethod(from.getMethod());
                    copy.setCrc(from.getCrc());
                    copy.setSize(from.getSize());
                    copy.setCompressedSize(from.getCompressedSize());
                    try (var raw = zip.getRawInputStream(from)) {
                        if (raw == null) throw damaged(from.getName(), "the part cannot be copied");
                        zipOut.addRawArchiveEntry(copy, raw);
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw damaged(WORKBOOK, e);
            }
            return out.toByteArray();
        }

        private static void add(ZipArchiveOutputStream out, String name, String text) throws IOException {
            out.putArchiveEntry(new ZipArchiveEntry(name));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }

        // ---- relationships ---------------------------------------------------------------------

        private record Relationship(String id, String type, String target) {}

        private List<Relationship> relationships(String path, String base) throws StaffImportException {
            var found = new ArrayList<Relationship>();
            if (zip.getEntry(path) == null) return found;
            try (var in = part(path)) {
                var r = xml(in, path);
                while (next(r, path) != XMLStreamConstants.END_DOCUMENT) {
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

        // ---- XML and package plumbing ------------------------------------------------------------

        private XMLStreamReader xml(InputStream in, String part) throws StaffImportException {
            try {
                return XML.createXMLStreamReader(in);
            } catch (XMLStreamException e) {
                throw damaged(part, e);
            }
        }

        /** The next event; a DOCTYPE anywhere is refused, a parse error is a damaged part. */
        private int next(XMLStreamReader r, String part) throws StaffImportException {
            try {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) throw unsafe(part);
                return event;
            } catch (XMLStreamException e) {
                throw damaged(part, e);
            }
        }

        private InputStream part(String path) throws StaffImportException {
            var entry = zip.getEntry(path);
            if (entry == null) throw damaged(path, "the part is missing from the package");
            return part(entry);
        }

        /** A package entry as a stream whose inflated bytes count against the limits. */
        private InputStream part(ZipArchiveEntry entry) throws StaffImportException {
            var path = entry.getName();
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
            } catch (IOException | RuntimeException e) {
                throw damaged(path, e);
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
                    throw new LimitExceeded("the package inflates to more than " + limits.maxUncompressedBytes()
                            + " bytes (the limit)");
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
            if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() < 200) {
                try (var in = zip.getInputStream(mimetype)) {
                    var type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                    if (type.contains("opendocument.spreadsheet")) {
                        return new StaffImportException(
                                StaffImportException.Problem.NOT_A_TABLE,
                                fileName,
                                "is an OpenDocument spreadsheet (.ods), which is not read; save it as .xlsx");
                    }
                } catch (IOException | RuntimeException e) {
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

        private StaffImportException refused(String part, PartScan.Refused e) {
            return e.unsafe()
                    ? new StaffImportException(StaffImportException.Problem.UNSAFE_XML, fileName, e.getMessage())
                    : damaged(part, e.getMessage());
        }

        private StaffImportException tooLarge(String message) {
            return new StaffImportException(StaffImportException.Problem.TOO_LARGE, fileName, message);
        }

        private StaffImportException damaged(String part, @Nullable String problem) {
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
            return new StaffImportException(
                    StaffImportException.Problem.CORRUPT,
                    fileName,
                    "is damaged: " + part + " cannot be read (" + oneLine(e) + ")",
                    e);
        }
    }

    // ---- shared with the sheet reader ------------------------------------------------------------

    static String oneLine(Throwable e) {
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ');
    }

    static XMLInputFactory safeFactory() {
        // The JDK's own StAX parser, whatever else is on the class path, with no DTD support and no
        // external entities: a DOCTYPE is then reported as an event, which is refused.
        var factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static StaffImportException tooMany(String fileName, int entries, ImportLimits limits) {
        return new StaffImportException(
                StaffImportException.Problem.TOO_LARGE,
                fileName,
                "the package has " + entries + " entries, more than the limit of " + limits.maxZipEntries());
    }

    private static StaffImportException notAZip(String fileName, Exception e) {
        return new StaffImportException(
                StaffImportException.Problem.CORRUPT,
                fileName,
                "is damaged: it starts like an .xlsx file but is not a readable ZIP package (" + oneLine(e) + ")",
                e);
    }

    private static StaffImportException unreadable(String fileName, IOException e) {
        return new StaffImportException(
                StaffImportException.Problem.UNREADABLE, fileName, "cannot be read: " + e.getMessage(), e);
    }
}
