import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * A small open-model load generator for the Qualify service (run with the JDK's source launcher,
 * {@code java LoadGen.java …}): requests are sent on a fixed schedule whatever the server's pace, and
 * each latency is measured from the moment the request was due — so a slow server is not hidden by
 * a generator that waits for it (no coordinated omission). Percentiles come from all samples.
 *
 * <pre>
 * java LoadGen.java rate    URL USER:PASS RPS SECONDS BODY_FILE [WARMUP_SECONDS]
 * java LoadGen.java prepare BASE ADMIN:PASS COUNT DOSSIER_FILE IDS_OUT      → prints APPLICANT:PASS
 * java LoadGen.java submit  BASE USER:PASS RPS SECONDS IDS_FILE [SKIP]
 * </pre>
 */
public class LoadGen {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "rate" -> rate(args);
            case "prepare" -> prepare(args);
            case "submit" -> submit(args);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        System.exit(0);
    }

    static String basic(String userPass) {
        return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
    }

    interface Requests {
        HttpRequest next(int i);
    }

    static void rate(String[] a) throws Exception {
        var url = URI.create(a[1]);
        var auth = basic(a[2]);
        int rps = Integer.parseInt(a[3]);
        int seconds = Integer.parseInt(a[4]);
        var body = Files.readAllBytes(Path.of(a[5]));
        int warmup = a.length > 6 ? Integer.parseInt(a[6]) : 5;
        Requests req = i -> HttpRequest.newBuilder(url)
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        if (warmup > 0) run(req, rps, warmup, "warm-up", 0);
        run(req, rps, seconds, "POST " + url.getPath() + " at " + rps + "/s", 0);
    }

    static void submit(String[] a) throws Exception {
        var base = a[1];
        var auth = basic(a[2]);
        int rps = Integer.parseInt(a[3]);
        int seconds = Integer.parseInt(a[4]);
        var ids = Files.readAllLines(Path.of(a[5])).stream().filter(s -> !s.isBlank()).toList();
        int skip = a.length > 6 ? Integer.parseInt(a[6]) : 0;
        if (ids.size() - skip < rps * seconds) {
            throw new IllegalStateException("need " + rps * seconds + " draft applications, have " + (ids.size() - skip));
        }
        Requests req = i -> HttpRequest.newBuilder(URI.create(base + "/api/applications/" + ids.get(skip + i) + "/submit"))
                .header("Authorization", auth)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        run(req, rps, seconds, "POST /api/applications/{id}/submit at " + rps + "/s", 0);
    }

    /** Sends rps × seconds requests on a fixed schedule and prints throughput and latency percentiles. */
    static void run(Requests requests, int rps, int seconds, String label, int offset) throws Exception {
        int total = rps * seconds;
        long interval = 1_000_000_000L / rps;
        var latencies = new AtomicLongArray(total);
        var statuses = new HashMap<Integer, AtomicInteger>();
        var errors = new AtomicInteger();
        var futures = new ArrayList<CompletableFuture<?>>(total);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
            final int n = i;
            var request = requests.next(offset + i);
            futures.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                latencies.set(n, System.nanoTime() - due);
                if (e != null) errors.incrementAndGet();
                else synchronized (statuses) {
                    statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        var sorted = new long[total];
        for (int i = 0; i < total; i++) sorted[i] = latencies.get(i);
        Arrays.sort(sorted);
        System.out.printf("%s: %d requests in %.1f s = %.0f/s; statuses %s, errors %d%n", label, total, elapsed,
                total / elapsed, statuses, errors.get());
        System.out.printf("  latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", p(sorted, 50),
                p(sorted, 90), p(sorted, 99), p(sorted, 99.9), sorted[total - 1] / 1e6);
    }

    static double p(long[] sorted, double percentile) {
        int idx = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }

    /** Registers an organisation for the dossier's BIN, an applicant, and COUNT drafts with the dossier. */
    static void prepare(String[] a) throws Exception {
        var base = a[1];
        var admin = basic(a[2]);
        int count = Integer.parseInt(a[3]);
        var dossier = Files.readString(Path.of(a[4]));
        var out = Path.of(a[5]);
        var m = Pattern.compile("\"bin\"\\s*:\\s*\"(\\d{12})\"").matcher(dossier);
        if (!m.find()) throw new IllegalStateException("no bin in the dossier");
        var bin = m.group(1);
        var name = "ТОО «Нагрузка Энерго»";
        var org = send("POST", base + "/api/organisations", admin, null,
                "{\"legalForm\":\"LEGAL_ENTITY\",\"taxId\":\"" + bin + "\",\"name\":\"" + name
                        + "\",\"address\":\"Астана\"}");
        long orgId;
        if (org.statusCode() == 201) {
            orgId = Long.parseLong(field(org.body(), "id"));
        } else {
            throw new IllegalStateException("organisation: " + org.statusCode() + " " + org.body());
        }
        var user = "load-" + UUID.randomUUID().toString().substring(0, 8);
        var password = "load-password-" + UUID.randomUUID().toString().substring(0, 8);
        var acc = send("POST", base + "/api/accounts", admin, null, "{\"username\":\"" + user + "\",\"password\":\""
                + password + "\",\"role\":\"APPLICANT\",\"organisationId\":" + orgId + "}");
        if (acc.statusCode() != 201) throw new IllegalStateException("account: " + acc.statusCode() + " " + acc.body());
        // an administrator's initial password is temporary: the applicant replaces it first, as a user does
        var initial = password;
        password = "load-own-" + UUID.randomUUID().toString().substring(0, 8);
        var changed = send("PUT", base + "/api/me/password", basic(user + ":" + initial), null,
                "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + password + "\"}");
        if (changed.statusCode() / 100 != 2) {
            throw new IllegalStateException("password change: " + changed.statusCode() + " " + changed.body());
        }
        var applicant = basic(user + ":" + password);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        var ids = new ArrayList<String>();
        var tasks = new ArrayList<java.util.concurrent.Future<String>>();
        for (int i = 0; i < count; i++) {
            tasks.add(pool.submit(() -> {
                var created = send("POST", base + "/api/applications", applicant, null, "{\"activity\":"
                        + field(dossier, "activity") + "}");
                if (created.statusCode() != 201) throw new IllegalStateException(created.body());
                var id = field(created.body(), "id");
                var etag = created.headers().firstValue("ETag").orElseThrow();
                var edited = send("PUT", base + "/api/applications/" + id + "/dossier", applicant, Map.of("If-Match", etag),
                        dossier);
                if (edited.statusCode() != 200) throw new IllegalStateException(edited.body());
                return id;
            }));
        }
        for (var t : tasks) ids.add(t.get());
        pool.shutdown();
        Files.write(out, ids);
        System.out.println(user + ":" + password);
    }

    static String field(String json, String name) {
        var m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) throw new IllegalStateException("no " + name + " in " + json);
        return m.group(1).strip();
    }

    static HttpResponse<String> send(String method, String url, String auth, Map<String, String> headers, String body)
            throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (headers != null) headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
