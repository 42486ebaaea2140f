package kz.qualify.bench.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import kz.qualify.staff.StaffImport;
import kz.qualify.staff.StaffImportException;
import kz.qualify.staff.StaffTableReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one read of a 50 000-row staff table, ours against XSSFWorkbook. Ours forks with a 256 MB
 * heap, XSSFWorkbook with 4 GB. Time only; heap figures come from {@link StaffImportComparison}.
 *
 * <pre>java -jar bench/target/benchmarks.jar StaffImportBenchmark</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class StaffImportBenchmark {

    private Path file;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = StaffTableFile.write(Files.createTempFile("staff-50000-", ".xlsx"), 50_000);
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Xmx256m")
    public StaffImport staffTableReader() throws StaffImportException {
        return new StaffTableReader().read(file);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Xmx4g")
    public long xssfWorkbook() throws Exception {
        return StaffImportComparison.xssf(file);
    }
}
