package kz.qualify.bench.staff;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import kz.qualify.staff.StaffImport;
import kz.qualify.staff.StaffTableReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The staff import against {@code new XSSFWorkbook(file)} plus a walk over every cell, on the same
 * generated 50 000-row .xlsx, in the same run, each reader in fresh JVMs:
 *
 * <ul>
 *   <li>ours with {@code -Xmx256m}: finishing at all proves the heap bound;
 *   <li>XSSFWorkbook with {@code -Xmx4g}, to get its time, and with {@code -Xmx256m}, to show
 *       whether it fits the same bound.
 * </ul>
 *
 * Each JVM reads the file a few times unmeasured (JIT warm-up), then measures: wall time per read
 * (best and median), the CPU time of the reading thread (steadier than wall time on a shared
 * machine; garbage collection in other threads is not in it, which favours XSSFWorkbook), the peak of heap in use (sum of the heap pools' peaks, reset after warm-up),
 * the heap still held by the result after a full GC, and the bytes allocated per read.
 *
 * <pre>java -cp bench/target/benchmarks.jar kz.qualify.bench.staff.StaffImportComparison [ROWS]</pre>
 */
public final class StaffImportComparison {

    private StaffImportComparison() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("measure")) {
            measure(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        var file = Files.createTempFile("staff-" + rows + "-", ".xlsx");
        try {
            StaffTableFile.write(file, rows);
            System.out.printf(
                    Locale.ROOT,
                    "file: %d rows, %.1f MB (.xlsx written by POI SXSSF with shared strings)%n",
                    rows,
                    Files.size(file) / 1e6);
            System.out.printf(
                    Locale.ROOT,
                    "java: %s, %d CPUs%n",
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            var ours = child("ours", "-Xmx256m", file, 5, 10);
            var xssf = child("xssf", "-Xmx4g", file, 2, 5);
            var xssfSmall = child("xssf", "-Xmx256m", file, 0, 1);
            System.out.println();
            System.out.println("| reader | heap limit | best | median | CPU, reading thread (median) | peak heap used"
                    + " | held by result | allocated per read |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            System.out.println(ours.row());
            System.out.println(xssf.row());
            System.out.println(xssfSmall.row());
            if (ours.ok() && xssf.ok()) {
                System.out.printf(
                        Locale.ROOT,
                        "%nspeed-up (median wall time): %.1f×, (median CPU): %.1f×; ours ≤ 1.5 s: %s; ours within 256 MB: %s%n",
                        xssf.median / ours.median,
                        xssf.cpu / ours.cpu,
                        ours.median <= 1500 ? "yes" : "NO",
                        ours.ok() ? "yes" : "NO");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One JVM's figures, or its failure. */
    private record Figures(
            String reader,
            String heap,
            double best,
            double median,
            double cpu,
            double peakMb,
            double heldMb,
            double allocatedMb,
            String failure) {
        boolean ok() {
            return failure.isEmpty();
        }

        String row() {
            var name = reader.equals("ours") ? "StaffTableReader (StAX, streaming)" : "XSSFWorkbook + all cells";
            if (!ok()) return "| " + name + " | " + heap + " | " + failure + " | | | | | |";
            return String.format(
                    Locale.ROOT,
                    "| %s | %s | %.0f ms | %.0f ms | %.0f ms | %.0f MB | %.0f MB | %.0f MB |",
                    name,
                    heap,
                    best,
                    median,
                    cpu,
                    peakMb,
                    heldMb,
                    allocatedMb);
        }
    }

    private static Figures child(String reader, String heap, Path file, int warmups, int runs)
            throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(
                java,
                heap,
                "-cp",
                System.getProperty("java.class.path"),
                StaffImportComparison.class.getName(),
                "measure",
                reader,
                file.toString(),
                Integer.toString(warmups),
                Integer.toString(runs));
        System.out.println("running: " + reader + " " + heap + " (" + warmups + " warm-up, " + runs + " measured)");
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(20, TimeUnit.MINUTES)) process.destroyForcibly();
        for (var line : output.lines().toList()) {
            if (line.startsWith("RESULT ")) {
                var f = line.substring(7).split(" ");
                return new Figures(
                        reader,
                        heap,
                        Double.parseDouble(f[0]),
                        Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]),
                        "");
            }
        }
        var failure = output.contains("OutOfMemoryError") ? "OutOfMemoryError" : "failed: " + output.strip();
        return new Figures(reader, heap, 0, 0, 0, 0, 0, 0, failure);
    }

    /** In the child JVM: read the file {@code warmups + runs} times and print the figures. */
    private static void measure(String reader, Path file, int warmups, int runs) throws Exception {
        for (int i = 0; i < warmups; i++) read(reader, file);
        var times = new double[runs];
        var cpu = new double[runs];
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        double peak = 0, held = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long usedBefore = heapUsed();
            resetPeaks();
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Object result = read(reader, file);
            times[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
            peak = Math.max(peak, heapPeak() / 1e6);
            System.gc();
            held = Math.max(held, (heapUsed() - usedBefore) / 1e6);
            if (result.hashCode() == 42) System.out.print(""); // keep the result alive until here
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "RESULT %.1f %.1f %.1f %.1f %.1f %.1f%n",
                times[0],
                times[runs / 2],
                cpu[runs / 2],
                peak,
                Math.max(0, held),
                allocated / 1e6 / runs);
    }

    private static Object read(String reader, Path file) throws Exception {
        if (reader.equals("ours")) {
            StaffImport result = new StaffTableReader().read(file);
            if (result.staff().size() < 1) throw new IllegalStateException("nothing imported");
            return result;
        }
        return xssf(file);
    }

    /** What a straightforward POI user writes: open the workbook, visit every cell. */
    static long xssf(Path file) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        long chars = 0;
        try (var workbook = new XSSFWorkbook(file.toFile())) {
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (Cell cell : row) {
                        chars += switch (cell.getCellType()) {
                            case STRING -> cell.getStringCellValue().length();
                            case NUMERIC ->
                                Double.toString(cell.getNumericCellValue()).length();
                            case BOOLEAN -> 1;
                            default -> 0;
                        };
                    }
                }
            }
        }
        return chars;
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

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
