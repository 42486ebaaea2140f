package kz.qualify.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.qualify.official.Licence;
import kz.qualify.official.OfficialDocuments;
import kz.qualify.official.Pkcs12Seal;

/**
 * Issues licences on 1 and then 2 threads after a warm-up and prints, per thread count, the wall
 * time per document, the documents per second and the CPU time per document (the thread's own
 * CPU clock). On a machine that others share, the CPU time is the figure that does not move with
 * their load; the wall time and the rate are what this machine gave at that moment.
 *
 * <pre>java -cp bench/target/benchmarks.jar kz.qualify.bench.IssueLicences [warm-up] [per thread] [ec-p256|rsa-3072]</pre>
 */
public final class IssueLicences {

    private IssueLicences() {}

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int perThread = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        boolean rsa = args.length > 2 && args[2].equals("rsa-3072");
        Path folder = Files.createTempDirectory("issue-licences");
        OfficialDocuments documents = new OfficialDocuments(
                rsa
                        ? Pkcs12Seal.open(
                                OfficialDocumentBenchmark.rsaKeystore(folder.resolve("rsa.p12")),
                                OfficialDocumentBenchmark.PASSWORD,
                                "seal")
                        : Pkcs12Seal.development(folder, Clock.systemUTC()),
                Clock.systemUTC());
        System.out.println(rsa ? "seal: RSA-3072" : "seal: development EC P-256");
        Licence licence = OfficialDocumentBenchmark.licence();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        System.out.printf("warm-up: %d licences on 2 threads%n", warmUp);
        run(documents, licence, 2, warmUp / 2, cpu);
        for (int threads : new int[] {1, 2}) {
            long start = System.nanoTime();
            long cpuNanos = run(documents, licence, threads, perThread, cpu);
            double seconds = (System.nanoTime() - start) / 1e9;
            int issued = threads * perThread;
            System.out.printf(
                    "%d thread(s): %d licences in %.1f s: %.1f ms per licence (wall, per thread), %.1f licences/s,"
                            + " %.1f ms CPU per licence, load average %.2f%n",
                    threads,
                    issued,
                    seconds,
                    seconds * 1000 * threads / issued,
                    issued / seconds,
                    cpuNanos / 1e6 / issued,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Issues {@code each} licences on each of {@code threads} threads; the CPU time they took together. */
    private static long run(OfficialDocuments documents, Licence licence, int threads, int each, ThreadMXBean cpu)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    long before = cpu.getCurrentThreadCpuTime();
                    long bytes = 0;
                    for (int i = 0; i < each; i++) {
                        bytes += documents.issue(licence).sha256().length();
                    }
                    if (bytes == 0) {
                        throw new IllegalStateException("nothing issued");
                    }
                    return cpu.getCurrentThreadCpuTime() - before;
                }));
            }
            long total = 0;
            for (Future<Long> result : results) {
                total += result.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }
}
