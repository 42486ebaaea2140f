package kz.qualify.service.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first look at a request, before the security chain and before any database: what cannot be
 * right is refused here with a 400 (or 413) problem, whoever sends it.
 *
 * <ul>
 *   <li>Text ({@link PlainText}) in the query string's names and values, in the path, and in the
 *       username of a Basic login: a NUL there reached PostgreSQL and came back as a 500.
 *   <li>A body other than an upload larger than {@code qualify.max-body-size} (2 MB by default; a
 *       dossier is a few kilobytes): refused on its {@code Content-Length} before a byte is read,
 *       and, when it is sent in chunks, as soon as the bound is passed ({@link BodyTooLarge}).
 *       Uploads ({@code multipart/form-data}) have their own bound, {@code qualify.max-document-size}.
 * </ul>
 *
 * <p>The query string is read as sent, never through {@code getParameter}: that would parse a
 * multipart body here, before its size bound is enforced.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RequestHygiene extends OncePerRequestFilter {

    private final Problems problems;
    private final JsonMapper json;
    private final long maxBody;

    RequestHygiene(Problems problems, JsonMapper json, @Value("${qualify.max-body-size:2MB}") DataSize maxBody) {
        this.problems = problems;
        this.json = json;
        this.maxBody = maxBody.toBytes();
    }

    /** The largest body, other than an upload, the service reads. */
    public long maxBody() {
        return maxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var refusal = refusal(request);
        if (refusal != null) {
            Problems.write(request, response, json, refusal);
            return;
        }
        if (isUpload(request)) {
            chain.doFilter(request, response);
        } else {
            chain.doFilter(new Bounded(request, maxBody), response);
        }
    }

    private @Nullable ProblemDetail refusal(HttpServletRequest request) {
        var path = decoded(request.getRequestURI());
        if (path == null || !PlainText.plain(path)) {
            return invalid(request, "path", Message.of("api.text.forbiddenCharacter"));
        }
        var query = request.getQueryString();
        if (query != null) {
            for (var pair : query.split("&")) {
                int eq = pair.indexOf('=');
                var name = decoded(eq < 0 ? pair : pair.substring(0, eq));
                var value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
                if (name == null || value == null || !PlainText.plain(name) || !PlainText.plain(value)) {
                    var field = name == null || !PlainText.plain(name) ? "query" : PlainText.shown(name);
                    return invalid(request, field, Message.of("api.text.forbiddenCharacter"));
                }
            }
        }
        var username = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (username != null && !PlainText.plain(username)) {
            return invalid(request, "username", Message.of("api.text.forbiddenCharacter"));
        }
        if (!isUpload(request) && request.getContentLengthLong() > maxBody) {
            return tooLarge(request, maxBody);
        }
        return null;
    }

    private ProblemDetail invalid(HttpServletRequest request, String field, Message message) {
        return problems.problem(
                request,
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                Message.of("api.text.refused", Arg.text("field", field)),
                List.of(new ApiException.FieldProblem(field, message)));
    }

    /** 413 for a body over the bound, naming the bound. */
    ProblemDetail tooLarge(HttpServletRequest request, long bound) {
        return problems.problem(
                request,
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                BodyTooLarge.detail(bound),
                List.of(new ApiException.FieldProblem("body", Message.of("api.upload.largerThanLimit"))));
    }

    /** The percent-decoded text, or null when it is no UTF-8 percent-encoding at all. */
    private static @Nullable String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The username of a Basic {@code Authorization} header, or null when there is none to read. */
    static @Nullable String basicUsername(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        try {
            var decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null; // not Base64: the authentication filter refuses it with a 401
        }
    }

    static boolean isUpload(HttpServletRequest request) {
        var type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** A request whose body ends in {@link BodyTooLarge} once more than the bound has been read. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long bound;
        private @Nullable ServletInputStream stream;

        Bounded(HttpServletRequest request, long bound) {
            super(request);
            this.bound = bound;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new BoundedStream(super.getInputStream(), bound);
            return stream;
        }
    }

    private static final class BoundedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long bound;
        private long read;

        BoundedStream(ServletInputStream in, long bound) {
            this.in = in;
            this.bound = bound;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > bound) throw new BodyTooLarge(bound);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
