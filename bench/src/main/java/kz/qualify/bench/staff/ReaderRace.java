package kz.qualify.bench.staff;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.qualify.staff.ReaderAccess;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.xml.sax.InputSource;

/**
 * The race of issue 15: the staff import's own readers against the libraries one would pick to
 * stream a sheet, in the same run, each in fresh JVMs with the same settings ({@code -Xmx256m},
 * default G1), on a 50 000-row table and a 40-row one:
 *
 * <ul>
 *   <li>.xlsx: ours ({@code XlsxFile}: the package checked by {@code XlsxPackage}, then the rows
 *       streamed by fastexcel-reader; until issue 15 our own StAX reader) against POI's streaming API ({@code XSSFReader} +
 *       {@code XSSFSheetXMLHandler} + {@code ReadOnlySharedStringsTable}) and fastexcel-reader;
 *   <li>CSV: ours ({@code CsvFile}, encoding and separator detected) against FastCSV.
 * </ul>
 *
 * Each reader reads the first sheet and visits the text of every cell (the sum of lengths keeps
 * the work from being optimised away). Each JVM reads a few times unmeasured, then measures: wall
 * time per read (best and median), CPU time of the reading thread, bytes allocated per read, and
 * the peak of heap in use (sum of the heap pools' peaks, reset after warm-up). Then the same readers
 * meet three small hostile workbooks (a zip bomb, entity expansion, an external entity), each in a
 * fresh JVM with the same heap and a time limit, and the outcome is recorded.
 *
 * <pre>java -cp bench/target/benchmarks.jar kz.qualify.bench.staff.ReaderRace [ROWS [xlsx,csv,hostile]]</pre>
 */
public final class ReaderRace {

    private ReaderRace() {}

    private static final String HEAP = "-Xmx256m";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("measure")) {
            measure(
                    args[1],
                    Path.of(args[2]),
                    Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
            return;
        }
        if (args.length > 0 && args[0].equals("hostile")) {
            hostile(args[1], Path.of(args[2]));
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        var parts = args.length > 1 ? args[1] : "xlsx,csv,hostile";
        var dir = Files.createTempDirectory("reader-race-");
        try {
            var large = StaffTableFile.write(dir.resolve("staff-" + rows + ".xlsx"), rows);
            var small = StaffTableFile.write(dir.resolve("staff-40.xlsx"), 40);
            var largeCsv = toCsv(large, dir.resolve("staff-" + rows + ".csv"));
            var smallCsv = toCsv(small, dir.resolve("staff-40.csv"));
            System.out.printf(
                    Locale.ROOT,
                    "java: %s, %d CPUs, %s for every JVM%n",
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors(),
                    HEAP);
            System.out.printf(
                    Locale.ROOT,
                    "files: %s %.1f MB, %s %.1f KB, %s %.1f MB, %s %.1f KB%n",
                    large.getFileName(),
                    Files.size(large) / 1e6,
                    small.getFileName(),
                    Files.size(small) / 1e3,
                    largeCsv.getFileName(),
                    Files.size(largeCsv) / 1e6,
                    smallCsv.getFileName(),
                    Files.size(smallCsv) / 1e3);

            var results = new ArrayList<Figures>();
            for (var reader :
                    parts.contains("xlsx") ? List.of("ours-xlsx", "poi-streaming", "fastexcel") : List.<String>of()) {
                results.add(child(reader, large, rows + " rows", 3, 7, 1));
                results.add(child(reader, small, "40 rows", 200, 15, 200));
            }
            for (var reader : parts.contains("csv") ? List.of("ours-csv", "fastcsv") : List.<String>of()) {
                results.add(child(reader, largeCsv, rows + " rows", 3, 7, 1));
                results.add(child(reader, smallCsv, "40 rows", 200, 15, 200));
            }
            System.out.println();
            System.out.println(
                    "| reader | file | best | median | CPU (median) | allocated per read | peak heap used |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (var f : results) System.out.println(f.row());

            System.out.println();
            if (!parts.contains("hostile")) return;
            var hostile = hostileFiles(dir);
            System.out.println("| reader | " + String.join(" | ", hostile.keySet()) + " |");
            System.out.println("|---|" + "---|".repeat(hostile.size()));
            for (var reader : List.of("ours-xlsx", "poi-streaming", "fastexcel")) {
                var line = new StringBuilder("| " + reader + " |");
                for (var file : hostile.values())
                    line.append(' ').append(hostileChild(reader, file)).append(" |");
                System.out.println(line);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (var f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static Path toCsv(Path xlsx, Path csv) throws Exception {
        try (var out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            ReaderAccess.xlsxToCsv(xlsx, out);
        }
        return csv;
    }

    // ---- the readers ---------------------------------------------------------------------------

    static long read(String reader, Path file) throws Exception {
        return switch (reader) {
            case "ours-xlsx" -> ReaderAccess.xlsx(file);
            case "poi-streaming" -> poiStreaming(file);
            case "fastexcel" -> fastexcel(file);
            case "ours-csv" -> ReaderAccess.csv(file);
            case "fastcsv" -> fastcsv(file);
            default -> throw new IllegalArgumentException(reader);
        };
    }

    /** POI's event API as its documentation shows it: the sheet through SAX, cells formatted as Excel shows them. */
    static long poiStreaming(Path file) throws Exception {
        var total = new long[1];
        try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var strings = new ReadOnlySharedStringsTable(pkg);
            var reader = new XSSFReader(pkg);
            var styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            try (var in = sheets.next()) {
                var contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
                    @Override
                    public void startRow(int rowNum) {}

                    @Override
                    public void endRow(int rowNum) {}

                    @Override
                    public void cell(String reference, String formattedValue, XSSFComment comment) {
                        if (formattedValue != null) total[0] += formattedValue.length();
                    }
                };
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, contents, new DataFormatter(), false));
                parser.parse(new InputSource(in));
            }
        }
        return total[0];
    }

    /** fastexcel-reader: the first sheet's rows as a stream, each cell's text. */
    static long fastexcel(Path file) throws IOException {
        long total = 0;
        try (var workbook = new ReadableWorkbook(file.toFile());
                var rows = workbook.getFirstSheet().openStream()) {
            for (var it = rows.iterator(); it.hasNext(); ) {
                for (Cell cell : it.next()) {
                    if (cell != null) total += cell.getText().length();
                }
            }
        }
        return total;
    }

    /** FastCSV with the separator and encoding given (ours detects both). */
    static long fastcsv(Path file) throws IOException {
        long total = 0;
        // rows of different widths (a title row of one cell above the header), empty lines kept
        try (var csv = CsvReader.builder()
                .fieldSeparator(';')
                .allowMissingFields(true)
                .allowExtraFields(true)
                .skipEmptyLines(false)
                .ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (var record : csv) {
                for (var field : record.getFields()) total += field.length();
            }
        }
        return total;
    }

    // ---- time and heap, in a child JVM ---------------------------------------------------------

    private record Figures(
            String reader,
            String file,
            double best,
            double median,
            double cpu,
            double allocatedMb,
            double peakMb,
            String failure) {
        String row() {
            if (!failure.isEmpty()) return "| " + reader + " | " + file + " | " + failure + " | | | | |";
            return String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %.2f MB | %.0f MB |",
                    reader,
                    file,
                    ms(best),
                    ms(median),
                    ms(cpu),
                    allocatedMb,
                    peakMb);
        }

        private static String ms(double v) {
            return v >= 10 ? String.format(Locale.ROOT, "%.0f ms", v) : String.format(Locale.ROOT, "%.3f ms", v);
        }
    }

    private static Figures child(String reader, Path file, String label, int warmups, int runs, int repeat)
            throws IOException, InterruptedException {
        System.out.println("running: " + reader + " on " + label);
        var out = run(
                List.of(
                        "measure",
                        reader,
                        file.toString(),
                        Integer.toString(warmups),
                        Integer.toString(runs),
                        Integer.toString(repeat)),
                20);
        for (var line : out.lines().toList()) {
            if (line.startsWith("RESULT ")) {
                var f = line.substring(7).split(" ");
                return new Figures(
                        reader,
                        label,
                        Double.parseDouble(f[0]),
                        Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]),
                        "");
            }
        }
        var failure = out.contains("OutOfMemoryError") ? "OutOfMemoryError" : "failed: " + out.strip();
        return new Figures(reader, label, 0, 0, 0, 0, 0, failure);
    }

    private static String run(List<String> args, int minutes) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(HEAP);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ReaderRace.class.getName());
        command.addAll(args);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new StringBuilder();
        var drain = Thread.ofVirtual().start(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append("output lost: ").append(e.getMessage());
            }
        });
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            drain.join();
            return "TIMEOUT after " + minutes + " min";
        }
        drain.join();
        return output.toString();
    }

    /** In the child JVM: read {@code warmups} times, then {@code runs} times {@code repeat} reads each. */
    private static void measure(String reader, Path file, int warmups, int runs, int repeat) throws Exception {
        long sink = 0;
        for (int i = 0; i < warmups; i++) sink += read(reader, file);
        var times = new double[runs];
        var cpu = new double[runs];
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        System.gc();
        resetPeaks();
        for (int i = 0; i < runs; i++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int k = 0; k < repeat; k++) sink += read(reader, file);
            times[i] = (System.nanoTime() - start) / 1e6 / repeat;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / repeat;
            allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
        }
        double peak = heapPeak() / 1e6;
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "RESULT %.4f %.4f %.4f %.4f %.1f%n",
                times[0],
                times[runs / 2],
                cpu[runs / 2],
                allocated / 1e6 / runs / repeat,
                peak);
        if (sink == 42) System.out.println(); // keep the reads from being optimised away
    }

    private static List<MemoryPoolMXBean> heapPools() {
        var pools = new ArrayList<MemoryPoolMXBean>();
        for (var p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) pools.add(p);
        return pools;
    }

    private static void resetPeaks() {
        for (var p : heapPools()) p.resetPeakUsage();
    }

    private static long heapPeak() {
        long sum = 0;
        for (var p : heapPools()) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    // ---- hostile workbooks ---------------------------------------------------------------------

    private static String hostileChild(String reader, Path file) throws IOException, InterruptedException {
        var out = run(List.of("hostile", reader, file.toString()), 2);
        if (out.startsWith("TIMEOUT")) return "no answer in 2 min";
        for (var line : out.lines().toList()) if (line.startsWith("OUTCOME ")) return line.substring(8);
        if (out.contains("OutOfMemoryError")) return "**OutOfMemoryError**";
        return "crashed: " + out.strip().lines().findFirst().orElse("");
    }

    /** In the child JVM: what the reader does with a hostile file, in a few words. */
    private static void hostile(String reader, Path file) {
        long start = System.nanoTime();
        try {
            long chars = read(reader, file);
            System.out.printf(
                    Locale.ROOT,
                    "OUTCOME read it: %d characters in %.1f s%n",
                    chars,
                    (System.nanoTime() - start) / 1e9);
        } catch (OutOfMemoryError e) {
            System.out.println("OUTCOME **OutOfMemoryError**");
        } catch (Throwable e) {
            var message = String.valueOf(e.getMessage())
                    .replace('|', '/')
                    .lines()
                    .findFirst()
                    .orElse("");
            if (message.length() > 90) message = message.substring(0, 87) + "...";
            System.out.println("OUTCOME refused (" + e.getClass().getSimpleName() + ": " + message + ")");
        }
    }

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Small files that are dangerous to read naively: what each reader does with them is recorded. */
    private static Map<String, Path> hostileFiles(Path dir) throws IOException {
        var files = new LinkedHashMap<String, Path>();
        // 300 million characters in one cell: a 0.3 MB file that needs 600 MB as a Java string
        Part bomb = out -> {
            out.write(utf8("<?xml version=\"1.0\"?><worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\">"
                    + "<c r=\"A1\" t=\"inlineStr\"><is><t>"));
            var chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 300_000_000 / chunk.length; i++) out.write(chunk);
            out.write(utf8("</t></is></c></row></sheetData></worksheet>"));
        };
        files.put("zip bomb (300 M-character cell)", workbook(dir.resolve("bomb.xlsx"), bomb, text(strings(""))));
        // the billion laughs: ten levels of ten entities each in the shared strings
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"");
            for (int k = 0; k < 10; k++) laughs.append("&l").append(i - 1).append(';');
            laughs.append("\">");
        }
        laughs.append("]><sst xmlns=\"" + NS + "\"><si><t>&l9;</t></si></sst>");
        var oneString = "<?xml version=\"1.0\"?><worksheet xmlns=\"" + NS
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>";
        files.put(
                "entity expansion (billion laughs)",
                workbook(dir.resolve("laughs.xlsx"), text(oneString), text(laughs.toString())));
        // an external entity pointing at a local file
        var secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;"
                + "</t></is></c></row></sheetData></worksheet>";
        files.put("external entity (XXE)", workbook(dir.resolve("xxe.xlsx"), text(xxe), text(strings(""))));
        return files;
    }

    private static String strings(String text) {
        return "<?xml version=\"1.0\"?><sst xmlns=\"" + NS + "\"><si><t>" + text + "</t></si></sst>";
    }

    /** A part of a package, written straight into the ZIP stream. */
    private interface Part {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static Part text(String xml) {
        return out -> out.write(utf8(xml));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Path workbook(Path file, Part sheet, Part sharedStrings) throws IOException {
        var parts = new LinkedHashMap<String, Object>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets>
                </workbook>""");
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>""");
        parts.put("xl/worksheets/sheet1.xml", sheet);
        parts.put("xl/sharedStrings.xml", sharedStrings);
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            for (var e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getValue() instanceof Part part) part.write(zip);
                else zip.write(utf8((String) e.getValue()));
                zip.closeEntry();
            }
        }
        return file;
    }
}
