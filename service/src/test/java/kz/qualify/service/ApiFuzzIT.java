package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile requests, bounded and seeded (issue 10, "Done when"): {@value #REQUESTS} requests written
 * byte by byte on a socket — mutated dossiers, odd methods, odd headers, odd parameters, NUL and
 * other refused characters, huge numbers, malformed JSON and multipart, broken request lines — and
 * for each answer: no 5xx, every error a problem document ({@code application/problem+json} whose
 * {@code status} is the answer's), and no answer larger than {@value #MAX_ANSWER} bytes. A failure
 * prints the seed and the request, so it can be replayed ({@code -Dfuzz.seed=…}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzIT {

    static final int REQUESTS = 2_400;
    static final int MAX_ANSWER = 256 * 1024;

    Databases db;
    Instance instance;
    Api admin;
    Fixtures.Org org;
    Api officer;
    long application;
    long document;
    String dossier;

    @BeforeAll
    void start() {
        db = Databases.h2();
        instance = Instance.start(db);
        admin = instance.admin();
        org = Fixtures.organisation(admin, "ТОО «Фаззинг»");
        officer = Fixtures.newOfficer(admin, "fuzz-officer");
        var created = org.applicant().post("/api/applications", json("activity", 7));
        application = created.json().get("id").asLong();
        dossier = Fixtures.item7Dossier(org.bin(), org.name(), true);
        org.applicant().put("/api/applications/" + application + "/dossier", dossier, "If-Match", created.etag());
        document = org.applicant()
                .upload("/api/applications/" + application + "/documents", "a.pdf", Fixtures.pdf("x"), Map.of())
                .json()
                .get("id")
                .asLong();
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    /** One raw answer: status, headers (lower-case names) and body. */
    record Answer(int status, Map<String, String> headers, byte[] body, long size) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    @Test
    void hostileRequestsAreAnsweredWithoutA5xxAndEveryErrorIsABoundedProblem() throws IOException {
        long seed = Long.getLong("fuzz.seed", 20121101L);
        var random = new Random(seed);
        var failures = new ArrayList<String>();
        var statuses = new TreeMap<Integer, Integer>();
        for (int i = 0; i < REQUESTS; i++) {
            byte[] request = request(random);
            Answer answer;
            try {
                answer = send(request);
            } catch (IOException e) {
                failures.add("#" + i + " no answer (" + e + ") to " + shown(request));
                continue;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            var wrong = judge(request, answer);
            if (wrong != null) failures.add("#" + i + " " + wrong + " to " + shown(request));
            if (failures.size() > 20) break;
        }
        System.out.println("fuzz seed " + seed + ": " + REQUESTS + " requests, statuses " + statuses);
        assertThat(failures).as("seed %d", seed).isEmpty();
        // the requests reached the service's refusals, not one kind of answer
        assertThat(statuses.keySet()).contains(200, 400, 401, 403, 405);
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(2_000);
    }

    private static String judge(byte[] request, Answer a) {
        if (a.status() >= 500) return "answered " + a.status() + " " + text(a.body());
        if (a.size() > MAX_ANSWER) return "answered " + a.size() + " bytes";
        boolean head =
                new String(request, 0, Math.min(5, request.length), StandardCharsets.ISO_8859_1).startsWith("HEAD ");
        if (a.status() >= 400 && !head) {
            if (!a.contentType().startsWith("application/problem+json")) {
                return "answered " + a.status() + " as " + a.contentType() + ": " + text(a.body());
            }
            var p = Api.JSON.readTree(a.body());
            if (p.get("status") == null || p.get("status").asInt() != a.status()) {
                return "answered " + a.status() + " with a problem of another status: " + text(a.body());
            }
            if (p.get("type") == null || p.get("title") == null)
                return "a problem without type or title: " + text(a.body());
            var body = text(a.body());
            if (body.contains("Exception") || body.contains("at kz.") || body.contains("org.springframework")) {
                return "leaked internals: " + body;
            }
        }
        return null;
    }

    // --- the requests -------------------------------------------------------------------------------

    static final String[] REFUSED = {"\u0000", "\u0001", "\u001b", "\u007f", "\u202e", "\u2066", "\u200b", "\ufeff"};
    static final String[] HUGE = {
        "99999999999999999999", "-1", "2147483648", "10737419", "1e999", "-0", "NaN", "0x10", "", " ", "١٢٣"
    };

    private byte[] request(Random r) {
        return switch (r.nextInt(10)) {
            case 0, 1, 2 -> dossierRequest(r);
            case 3 -> listRequest(r);
            case 4 -> oddMethod(r);
            case 5 -> oddHeaders(r);
            case 6 -> malformedJson(r);
            case 7 -> multipart(r);
            case 8 -> brokenRequestLine(r);
            default -> refusedText(r);
        };
    }

    private String who(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> null;
            case 1 -> basic(admin.user(), admin.password());
            case 2 -> basic(officer.user(), officer.password());
            case 3 -> basic("fuzz-nobody-" + r.nextInt(3), "wrong");
            case 4 -> "Basic " + pick(r, new String[] {"!!!", "", "Og==", "AA==", "YWRtaW4="});
            default -> basic(org.applicant().user(), org.applicant().password());
        };
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] dossierRequest(Random r) {
        var body = mutate(r, dossier);
        return r.nextBoolean()
                ? http(
                        "POST",
                        "/api/assessments" + (r.nextInt(4) == 0 ? "?asOf=" + pick(r, HUGE) : ""),
                        who(r),
                        "application/json",
                        body,
                        r)
                : http(
                        "PUT",
                        "/api/applications/" + application + "/dossier",
                        basic(org.applicant().user(), org.applicant().password()),
                        "application/json",
                        body,
                        r,
                        "If-Match: "
                                + pick(r, new String[] {"\"1\"", "*", "\"999999999999999999999\"", "W/\"x\"", ""}));
    }

    /** A dossier with one to three mutations: cut, duplicated, types changed, refused characters, huge values. */
    static String mutate(Random r, String text) {
        var s = new StringBuilder(text);
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            int at = s.isEmpty() ? 0 : r.nextInt(s.length());
            switch (r.nextInt(9)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(40)));
                case 1 ->
                    s.insert(at, pick(r, new String[] {"{", "}", "[", "]", ",", ":", "\"", "\\", "null", "\\u0000"}));
                case 2 -> s.insert(at, pick(r, REFUSED));
                case 3 -> {
                    int q = s.indexOf("\"", at);
                    if (q >= 0)
                        s.insert(q + 1, pick(r, new String[] {
                            "\\u0000", "\\u202e", "\\u200b", "\\ufeff", "x".repeat(5000)
                        }));
                }
                case 4 -> {
                    int digit = indexOfDigit(s, at);
                    if (digit >= 0) s.replace(digit, digit + 1, pick(r, HUGE));
                }
                case 5 ->
                    s.replace(0, s.length(), s.toString().replace("\"activity\": 7", "\"activity\": " + pick(r, HUGE)));
                case 6 -> s.insert(at, "[".repeat(1 + r.nextInt(3000)));
                case 7 -> {
                    var extra = new StringBuilder();
                    for (int i = 0; i < 1 + r.nextInt(3000); i++)
                        extra.append("\"u").append(i).append("\":").append(i).append(',');
                    int brace = s.indexOf("{");
                    if (brace >= 0) s.insert(brace + 1, extra);
                }
                default ->
                    s.replace(
                            0,
                            s.length(),
                            s.toString()
                                    .replace(
                                            pick(r, new String[] {
                                                "\"Директор\"", "\"HIGHER\"", "\"2012-06-01\"", "true", "120"
                                            }),
                                            pick(r, new String[] {
                                                "[]", "{}", "null", "\"\"", "-5", "\"" + "Я".repeat(400) + "\""
                                            })));
            }
        }
        return s.toString();
    }

    private static int indexOfDigit(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return i;
        return -1;
    }

    private byte[] listRequest(Random r) {
        var lists = new String[] {
            "/api/registry/licences",
            "/api/organisations",
            "/api/accounts",
            "/api/applications",
            "/api/review/queue",
            "/api/audit"
        };
        var params = new String[] {
            "page", "size", "bin", "name", "activity", "status", "state", "entity", "entityId", "lang", "asOf"
        };
        var q = new StringBuilder();
        for (int i = 0; i < 1 + r.nextInt(4); i++) {
            if (!q.isEmpty()) q.append('&');
            q.append(pick(r, params))
                    .append('=')
                    .append(encode(pick(r, HUGE) + (r.nextInt(4) == 0 ? pick(r, REFUSED) : "")));
        }
        return http("GET", pick(r, lists) + "?" + q, who(r), null, null, r);
    }

    private byte[] oddMethod(Random r) {
        var methods =
                new String[] {"TRACE", "PATCH", "OPTIONS", "PROPFIND", "DELETE", "HEAD", "FOO", "GET", "PUT", "CONNECT"
                };
        var paths = new String[] {
            "/api/me",
            "/api/applications/" + application,
            "/api/documents/" + document + "/content",
            "/api/assessments",
            "/api/organisations/" + org.id(),
            "/api/registry/licences",
            "/",
            "/api/audit/verify",
            "/v3/api-docs",
            "/api/applications/" + application + "/submit",
            "/api/licences/KZ-1/revoke",
            "/actuator/health"
        };
        return http(
                pick(r, methods),
                pick(r, paths),
                who(r),
                r.nextBoolean() ? "application/json" : null,
                r.nextBoolean() ? "{}" : null,
                r);
    }

    private byte[] oddHeaders(Random r) {
        var headers = new String[] {
            "Accept: " + pick(r, new String[] {"text/html", "application/xml", "*/*;q=x", "garbage", "image/png"}),
            "Accept-Language: "
                    + pick(r, new String[] {"x".repeat(4000), "kk;q=abc", "*", "de-DE,,,;", "ru-RU;q=0.5, kk"}),
            "Content-Type: "
                    + pick(r, new String[] {
                        "application/json; charset=utf-999",
                        "text/plain",
                        "multipart/form-data",
                        "application/json;;;",
                        "nonsense"
                    }),
            "Idempotency-Key: " + pick(r, new String[] {"k".repeat(3000), "", "ключ", "a b"}),
            "If-Match: " + pick(r, new String[] {"\"x\"", "99999999999999999999", "\"", "W/"}),
            "Origin: " + pick(r, new String[] {"null", "https://evil.example", "http://127.0.0.1:1"}),
            "Sec-Fetch-Site: cross-site",
            "Transfer-Encoding: gzip",
            "Content-Length: -1",
            "Range: bytes=0-1",
            "X-Forwarded-For: " + "1.".repeat(100)
        };
        var paths = new String[] {
            "/api/me",
            "/api/applications",
            "/api/applications/" + application + "/submit",
            "/api/assessments",
            "/api/applications/" + application + "/dossier",
            "/api/documents/" + document + "/content"
        };
        var method = pick(r, new String[] {"GET", "POST", "PUT"});
        var extra = new String[1 + r.nextInt(3)];
        for (int i = 0; i < extra.length; i++) extra[i] = pick(r, headers);
        boolean body = !method.equals("GET");
        return http(method, pick(r, paths), who(r), body ? "application/json" : null, body ? "{}" : null, r, extra);
    }

    private byte[] malformedJson(Random r) {
        var bodies = new String[] {
            "{",
            "[",
            "\"",
            "{\"a\":",
            "nul",
            "{\"legalForm\": \"LEGAL_ENTITY\", \"taxId\": 1e999999}",
            "\u0000",
            "{\"outcome\": \"ACCEPTED\", \"comment\": \"" + "к".repeat(5000) + "\"}",
            "{\"reasons\": [" + "\"x\",".repeat(2000) + "\"x\"]}",
            "{\"taxId\": \"000000000000\", \"legalForm\": \"LEGAL_ENTITY\", \"name\": \"X\", \"address\": \"Y\"}",
            "{\"activity\": 99999999999999999999}",
            "{\"activity\": 7, \"subActivities\": [" + "\"a\",".repeat(3000) + "\"a\"]}",
            "{\"username\": \"u\\u0000\", \"password\": \"p\", \"role\": \"ADMIN\"}",
            "{\"reason\": \"\\u202e\"}"
        };
        var targets = new String[] {
            "POST /api/organisations",
            "POST /api/applications",
            "PUT /api/organisations/" + org.id(),
            "POST /api/accounts",
            "PUT /api/applications/" + application + "/judgments/requirement:7.1",
            "POST /api/applications/" + application + "/return",
            "POST /api/applications/" + application + "/decision",
            "POST /api/licences/KZ-1/suspend",
            "PUT /api/me/password",
            "POST /api/accounts/1/disable"
        };
        var target = pick(r, targets).split(" ", 2);
        return http(target[0], target[1], who(r), "application/json", pick(r, bodies), r);
    }

    private byte[] multipart(Random r) {
        var path = pick(r, new String[] {
            "/api/applications/" + application + "/documents", "/api/applications/" + application + "/staff"
        });
        var name = pick(r, new String[] {
            "a.pdf", "a\u0000.pdf", "a\u202egnp.pdf", "../../etc/passwd", "x".repeat(400), "справка.pdf", ""
        });
        var part = "--b\r\nContent-Disposition: form-data; name=\""
                + pick(r, new String[] {"file", "requirementId", "f\u0000"}) + "\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n";
        var body = switch (r.nextInt(5)) {
            case 0 -> part + "--b--\r\n";
            case 1 -> part; // cut short
            case 2 -> "--c\r\n\r\n";
            case 3 -> "";
            default -> part.substring(0, r.nextInt(part.length()));
        };
        var type = pick(r, new String[] {
            "multipart/form-data; boundary=b",
            "multipart/form-data",
            "multipart/form-data; boundary=",
            "multipart/mixed; boundary=b"
        });
        return http("POST", path, basic(org.applicant().user(), org.applicant().password()), type, body, r);
    }

    private static byte[] brokenRequestLine(Random r) {
        var lines = new String[] {
            "GET /api/me\u0000 HTTP/1.1",
            "GET /api/registry/licences?name=%zz HTTP/1.1",
            "GET /api/registry/licences?name={} HTTP/1.1",
            "GET /api/../../etc/passwd HTTP/1.1",
            "GET /api/registry/licences/%2e%2e%2f HTTP/1.1",
            "GET /api//registry/licences HTTP/1.1",
            "GET /api/registry/licences/a%00b HTTP/1.1",
            "GET /api/registry/licences;jsessionid=x HTTP/1.1",
            "GET /api/registry/licences/%ZZ HTTP/1.1",
            "GET /api/registry/licences\\x HTTP/1.1",
            "GET http://evil/api/me HTTP/1.1",
            "GET /api/registry/licences?" + "a=1&".repeat(3000) + " HTTP/1.1",
            "GET /" + "a".repeat(9000) + " HTTP/1.1",
            "GET /api/me HTTP/1.1\r\nX-Bad\u0001Header: 1",
            "GET /api/me HTTP/1.1\r\nX-Value: a\u0000b",
            "TRACE / HTTP/1.1",
            "TRACE /api/me HTTP/1.1",
            "GET /api/me HTTP/9.9",
            "G\u00c9T /api/me HTTP/1.1",
            "GET /api/registry/licences/%E2%80%AE HTTP/1.1",
            "GET /api/registry/licences?page=10737419&size=200 HTTP/1.1"
        };
        var line = pick(r, lines);
        return (line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] refusedText(Random r) {
        var c = encode(pick(r, REFUSED));
        var paths = new String[] {
            "/api/registry/licences?name=" + c, "/api/registry/licences?bin=" + c, "/api/registry/licences/KZ" + c,
            "/api/organisations/" + org.id() + c, "/api/audit?entity=" + c, "/api/applications?state=" + c,
            "/api/catalogue/activities?asOf=" + c, "/api/me?lang=" + c
        };
        var auth = r.nextBoolean() ? who(r) : basic("adm" + pick(r, REFUSED) + "in", "x");
        return http("GET", pick(r, paths), auth, null, null, r);
    }

    // --- the wire ---------------------------------------------------------------------------------

    private byte[] http(
            String method, String path, String auth, String type, String body, Random r, String... headers) {
        var b = new StringBuilder();
        b.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        if (auth != null) b.append("Authorization: ").append(auth).append("\r\n");
        if (type != null) b.append("Content-Type: ").append(type).append("\r\n");
        if (r.nextInt(5) == 0)
            b.append("Accept-Language: ")
                    .append(pick(r, new String[] {"kk", "ru", "en"}))
                    .append("\r\n");
        for (var h : headers) b.append(h).append("\r\n");
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        boolean chunked = body != null && r.nextInt(4) == 0;
        if (body != null && !chunked)
            b.append("Content-Length: ").append(content.length).append("\r\n");
        if (chunked) b.append("Transfer-Encoding: chunked\r\n");
        b.append("\r\n");
        var out = new ByteArrayOutputStream();
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        if (chunked) {
            out.writeBytes((Integer.toHexString(content.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(content);
            out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            out.writeBytes(content);
        }
        return out.toByteArray();
    }

    private Answer send(byte[] request) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", instance.port()), 5_000);
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException refusedMidway) {
                // the service answered and closed before reading everything: read what it said
            }
            return read(socket.getInputStream());
        }
    }

    /** Reads one HTTP/1.1 answer to the end of the connection (the request asked to close it). */
    static Answer read(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (all.size() < 4 * MAX_ANSWER) all.write(buffer, 0, n);
        }
        var bytes = all.toByteArray();
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) throw new IOException("no complete answer: " + new String(bytes, StandardCharsets.ISO_8859_1));
        var head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        var headers = new TreeMap<String, String>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0)
                headers.put(
                        head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).trim());
        }
        var body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = dechunk(body);
        return new Answer(status, headers, body, total);
    }

    private static byte[] dechunk(byte[] raw) {
        var out = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length) {
            int eol = indexOf(
                    java.util.Arrays.copyOfRange(raw, i, raw.length), "\r\n".getBytes(StandardCharsets.US_ASCII));
            if (eol < 0) break;
            var sizeText = new String(raw, i, eol, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            i += eol + 2;
            if (size == 0) break;
            out.write(raw, i, Math.min(size, raw.length - i));
            i += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static String encode(String s) {
        var b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int v = x & 0xff;
            if ((v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z') || (v >= '0' && v <= '9') || v == '-' || v == '.')
                b.append((char) v);
            else b.append('%').append(String.format("%02X", v));
        }
        return b.toString();
    }

    private static <T> T pick(Random r, T[] options) {
        return options[r.nextInt(options.length)];
    }

    private static String text(byte[] body) {
        var s = new String(body, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static String shown(byte[] request) {
        var s = new String(request, StandardCharsets.UTF_8).replace("\r\n", "⏎");
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
