import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** The bytes of request {@code i}: a whole HTTP/1.1 request, headers and body. */
    interface Requests {
        byte[] next(int i);
    }

    static byte[] request(String method, URI url, String auth, Map<String, String> headers, byte[] body) {
        var head = new StringBuilder(256)
                .append(method).append(' ').append(url.getRawPath()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(url.getHost()).append(':').append(url.getPort()).append("\r\n")
                .append("Authorization: ").append(auth).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        var h = head.toString().getBytes(StandardCharsets.US_ASCII);
        var all = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    static void rate(String[] a) throws Exception {
        var url = URI.create(a[1]);
        var auth = basic(a[2]);
        int rps = Integer.parseInt(a[3]);
        int seconds = Integer.parseInt(a[4]);
        var body = Files.readAllBytes(Path.of(a[5]));
        int warmup = a.length > 6 ? Integer.parseInt(a[6]) : 5;
        var bytes = request("POST", url, auth, Map.of("Content-Type", "application/json"), body);
        Requests req = i -> bytes;
        if (warmup > 0) run(url, req, rps, warmup, "warm-up");
        run(url, req, rps, seconds, "POST " + url.getPath() + " at " + rps + "/s");
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
        Requests req = i -> request("POST", URI.create(base + "/api/applications/" + ids.get(skip + i) + "/submit"), auth,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()), new byte[0]);
        run(URI.create(base), req, rps, seconds, "POST /api/applications/{id}/submit at " + rps + "/s");
    }

    /** Connections kept open to the server; enough that a free one is there when a request is due. */
    static final int CONNECTIONS = Integer.getInteger("connections", 64);

    /**
     * Sends rps × seconds requests on a fixed schedule and prints throughput and latency percentiles.
     * Request i is due at start + i / rps; each connection's thread takes the next request, waits until
     * it is due, sends it and reads the whole response. When every connection is busy a due request
     * waits for one, and that wait counts in its latency, which runs from when it was due.
     *
     * <p>Plain sockets and request bytes made once, rather than {@code java.net.http.HttpClient}: the
     * generator shares the two cores with the server, and the JDK client cost ≈ 0.7 ms of CPU per
     * request — two thirds of a core at 1 000/s — where this costs a few tens of µs.
     */
    static void run(URI server, Requests requests, int rps, int seconds, String label) throws Exception {
        int total = rps * seconds;
        long interval = 1_000_000_000L / rps;
        var latencies = new long[total];
        var statuses = new int[total];
        var errors = new AtomicInteger();
        var next = new AtomicInteger();
        long start = System.nanoTime() + 50_000_000L;
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < Math.min(CONNECTIONS, total); c++) {
            threads.add(Thread.ofPlatform().daemon().start(() -> {
                Connection conn = null;
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    long due = start + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
                    var bytes = requests.next(i);
                    try {
                        if (conn == null) conn = new Connection(server);
                        statuses[i] = conn.exchange(bytes);
                        if (conn.closing) {
                            conn.close();
                            conn = null;
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        if (conn != null) conn.close();
                        conn = null;
                    }
                    latencies[i] = System.nanoTime() - due;
                }
                if (conn != null) conn.close();
            }));
        }
        for (var t : threads) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        var counts = new java.util.TreeMap<Integer, Integer>();
        for (int s : statuses) if (s != 0) counts.merge(s, 1, Integer::sum);
        var sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d requests in %.1f s = %.0f/s; statuses %s, errors %d%n", label, total, elapsed,
                total / elapsed, counts, errors.get());
        System.out.printf("  latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", p(sorted, 50),
                p(sorted, 90), p(sorted, 99), p(sorted, 99.9), sorted[total - 1] / 1e6);
    }

    /** One keep-alive HTTP/1.1 connection: writes a request, reads the response and discards its body. */
    static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int lim;
        boolean closing;

        Connection(URI server) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            var status = line();
            if (!status.startsWith("HTTP/1.1 ")) throw new IOException("not an HTTP/1.1 response: " + status);
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            closing = false;
            for (String h; !(h = line()).isEmpty(); ) {
                int colon = h.indexOf(':');
                if (colon < 0) continue;
                var name = h.substring(0, colon).trim();
                var value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
                else if (name.equalsIgnoreCase("Transfer-Encoding")) chunked = value.equalsIgnoreCase("chunked");
                else if (name.equalsIgnoreCase("Connection")) closing = value.equalsIgnoreCase("close");
            }
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; ) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) { } // trailers
            } else if (length >= 0) {
                skip(length);
            } else {
                closing = true; // the body runs to the end of the connection: read it there
                while (fill()) pos = lim;
            }
            return code;
        }

        private boolean fill() throws IOException {
            if (pos < lim) return true;
            int n = in.read(buf);
            if (n < 0) return false;
            pos = 0;
            lim = n;
            return true;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                if (!fill()) throw new EOFException("the connection closed in a response body");
                int k = (int) Math.min(n, lim - pos);
                pos += k;
                n -= k;
            }
        }

        private String line() throws IOException {
            var sb = new StringBuilder(64);
            while (true) {
                if (!fill()) throw new EOFException("the connection closed in a response head");
                byte b = buf[pos++];
                if (b == '\n') break;
                if (b != '\r') sb.append((char) b);
            }
            return sb.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that failed already
            }
        }
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
