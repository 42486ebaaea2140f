package kz.qualify.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the service under test: real requests over a socket, no mocks. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String user;
    private final String password;
    private final String language;

    private Api(String base, String user, String password, String language) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.language = language;
    }

    public static Api at(int port) {
        return new Api("http://127.0.0.1:" + port, null, null, null);
    }

    public Api as(String user, String password) {
        return new Api(base, user, password, language);
    }

    /** The same client asking for answers in a language ({@code Accept-Language}), as the web UI does. */
    public Api speaking(String language) {
        return new Api(base, user, password, language);
    }

    /** The same credentials against another instance. */
    public Api rebase(int port) {
        return new Api("http://127.0.0.1:" + port, user, password, language);
    }

    /** The username this client logs in with, or null when anonymous. */
    public String user() {
        return user;
    }

    /** The password this client logs in with, or null when anonymous. */
    public String password() {
        return password;
    }

    public Api anonymous() {
        return new Api(base, null, null, language);
    }

    public String base() {
        return base;
    }

    /** A response, with the body as text and (when JSON) as a tree. */
    public record Response(int status, Map<String, String> headers, String body) {
        public JsonNode json() {
            return body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        public String etag() {
            return header("ETag");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    public Response post(String path, Object body, String... headers) {
        return send("POST", path, toJson(body), "application/json", headers);
    }

    public Response put(String path, Object body, String... headers) {
        return send("PUT", path, toJson(body), "application/json", headers);
    }

    public Response submit(long applicationId, String key, String... headers) {
        var all = new String[headers.length + 2];
        all[0] = "Idempotency-Key";
        all[1] = key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", "/api/applications/" + applicationId + "/submit", "", "application/json", all);
    }

    /** A multipart upload of one file part named "file" and optional text fields. */
    public Response upload(String path, String filename, byte[] content, Map<String, String> fields) {
        return upload(path, filename, content, fields, new String[0]);
    }

    /** An upload with request headers (name, value, …). */
    public Response uploadWith(String path, String filename, byte[] content, String... headers) {
        return upload(path, filename, content, Map.of(), headers);
    }

    /** An upload with form fields and request headers (name, value, …). */
    public Response upload(
            String path, String filename, byte[] content, Map<String, String> fields, String... headers) {
        var boundary = "----qualify" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                                + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sendBytes("POST", path, out.toByteArray(), "multipart/form-data; boundary=" + boundary, headers);
    }

    private static String toJson(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    public Response send(String method, String path, String body, String contentType, String... headers) {
        return sendBytes(
                method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, headers);
    }

    /** An answer whose body is a file. */
    public record Download(int status, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        /** The body as text, for an error's problem details. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + headers.get("content-type") + " " + body.length + " bytes"
                    + (status >= 400 ? ": " + text() : "");
        }
    }

    /** A GET whose answer is kept as bytes (a PDF). */
    public Download download(String path, String... headers) {
        var b = request("GET", path, HttpRequest.BodyPublishers.noBody(), null, headers);
        try {
            var r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            var h = new LinkedHashMap<String, String>();
            r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            return new Download(r.statusCode(), h, r.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with a body of bytes as given (null for none). */
    public Response sendBytes(String method, String path, byte[] body, String contentType, String... headers) {
        return sendPublished(
                method,
                path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body),
                contentType,
                headers);
    }

    /** A request whose body is sent in chunks, without a Content-Length. */
    public Response sendChunked(String method, String path, byte[] body, String contentType, String... headers) {
        return sendPublished(
                method,
                path,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)),
                contentType,
                headers);
    }

    private Response sendPublished(
            String method, String path, HttpRequest.BodyPublisher body, String contentType, String... headers) {
        var b = request(method, path, body, contentType, headers);
        try {
            var r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            var h = new LinkedHashMap<String, String>();
            r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            return new Response(r.statusCode(), h, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(
            String method, String path, HttpRequest.BodyPublisher body, String contentType, String... headers) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) b.header("Content-Type", contentType);
        if (language != null) b.header("Accept-Language", language);
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        b.method(method, body);
        return b;
    }
}
