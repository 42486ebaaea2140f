package kz.qualify.service.issued;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import kz.qualify.message.Arg;
import kz.qualify.official.Language;
import kz.qualify.service.QualifyProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page of an issued document ({@code /v/<code>}, no login), the address in
 * every document's QR code: what the document is, its number and date, what it stands for now, its
 * SHA-256 in words ("Digital fingerprint"), and a form to check a copy — the uploaded file's SHA-256
 * compared with the one stored. Rendered here, in the page's language ({@code ?lang=} or the
 * browser's), so that it works without the web UI's scripts on any phone that scans the code.
 */
@Hidden // a page for people (HTML), not part of the API; its data is GET /api/registry/documents/{code}
@RestController
class VerificationPage {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    /** Styles and the form's target are this service's own; nothing else loads. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Papers papers;
    private final Wordings wordings;
    private final long limit;

    VerificationPage(Papers papers, Wordings wordings, QualifyProperties properties) {
        this.papers = papers;
        this.wordings = wordings;
        this.limit = properties.maxDocumentSize().toBytes();
    }

    /** What the check of an uploaded copy found. */
    private sealed interface Check {
        record None() implements Check {}

        record Problem(String words) implements Check {}

        record Compared(String sha256, boolean same) implements Check {}
    }

    @GetMapping(path = "/v/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@PathVariable String code, kz.qualify.wording.Language asked) {
        return page(code, Language.of(asked.tag()), new Check.None());
    }

    @PostMapping(path = "/v/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> check(
            @PathVariable String code,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            kz.qualify.wording.Language asked) {
        var language = Language.of(asked.tag());
        if (file == null || file.isEmpty()) {
            return page(code, language, new Check.Problem(wordings.say(language, "verify.noFile")));
        }
        if (file.getSize() > limit) {
            return page(
                    code,
                    language,
                    new Check.Problem(
                            wordings.say(language, "verify.tooLarge", Arg.count("limit", limit / (1024 * 1024)))));
        }
        try (InputStream in = file.getInputStream()) {
            var digest = MessageDigest.getInstance("SHA-256");
            try (var digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(java.io.OutputStream.nullOutputStream());
            }
            var sha256 = HexFormat.of().formatHex(digest.digest());
            var document = papers.byCode(normal(code));
            return page(
                    code,
                    language,
                    new Check.Compared(
                            sha256,
                            document.isPresent() && document.get().sha256().equals(sha256)));
        } catch (IOException e) {
            return page(code, language, new Check.Problem(wordings.say(language, "verify.noFile")));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normal(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private ResponseEntity<String> page(String code, Language language, Check check) {
        var document = papers.byCode(normal(code));
        var html = new StringBuilder(4096);
        var title = document.isPresent() ? say(language, "verify.title") : say(language, "verify.notFoundTitle");
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language.tag())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n<title>")
                .append(escape(title))
                .append("</title>\n<link rel=\"stylesheet\" href=\"/css/verify.css\">\n</head>\n<body>\n<main>\n");
        html.append("<nav class=\"languages\">");
        for (var l : Language.values()) {
            if (l == language) {
                html.append("<strong>").append(l.tag().toUpperCase(Locale.ROOT)).append("</strong>");
            } else {
                html.append("<a href=\"/v/")
                        .append(escape(normal(code)))
                        .append("?lang=")
                        .append(l.tag())
                        .append("\" hreflang=\"")
                        .append(l.tag())
                        .append("\">")
                        .append(l.tag().toUpperCase(Locale.ROOT))
                        .append("</a>");
            }
        }
        html.append("</nav>\n<h1>").append(escape(title)).append("</h1>\n");
        if (document.isEmpty()) {
            html.append("<p class=\"problem\">")
                    .append(escape(say(language, "verify.notFound")))
                    .append("</p>\n");
            html.append("</main>\n</body>\n</html>\n");
            return respond(HttpStatus.NOT_FOUND, html);
        }
        var d = document.get();
        var authority = wordings.authority(d.language());
        var status = papers.status(d);
        html.append("<p>").append(escape(say(language, "verify.intro"))).append("</p>\n");
        html.append("<p class=\"authority\">").append(escape(authority.name())).append("</p>\n");
        html.append("<dl>\n");
        row(
                html,
                say(language, "verify.kind"),
                capitalised(say(language, "paper.kind." + d.kind().name())),
                "kind");
        row(html, say(language, "verify.number"), d.number(), "number");
        row(
                html,
                say(language, "verify.date"),
                DateTimeFormatter.ofPattern("dd.MM.yyyy").format(d.decidedOn()),
                "date");
        row(
                html,
                say(language, "verify.language"),
                say(language, "verify.language." + d.language().tag()),
                "language");
        row(
                html,
                say(language, "verify.status"),
                say(language, "verify.status." + status),
                "status status-" + status.toLowerCase(Locale.ROOT));
        html.append("<dt>")
                .append(escape(say(language, "verify.sha256")))
                .append("</dt>\n<dd class=\"sha256\"><code id=\"sha256\">")
                .append(grouped(d.sha256()))
                .append("</code><br><small>")
                .append(escape(say(language, "verify.sha256.explain")))
                .append("</small></dd>\n</dl>\n");
        switch (check) {
            case Check.None() -> {}
            case Check.Problem(var words) ->
                html.append("<p class=\"problem\" role=\"alert\">")
                        .append(escape(words))
                        .append("</p>\n");
            case Check.Compared(var sha256, var same) -> {
                html.append("<div class=\"verdict ")
                        .append(same ? "match" : "mismatch")
                        .append("\" role=\"status\"><p><strong>")
                        .append(escape(say(language, same ? "verify.match" : "verify.mismatch")))
                        .append("</strong></p>");
                if (!same) {
                    html.append("<p>")
                            .append(escape(say(language, "verify.yourFile")))
                            .append(":<br><code>")
                            .append(grouped(sha256))
                            .append("</code></p>");
                }
                html.append("</div>\n");
            }
        }
        html.append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/v/")
                .append(escape(d.code()))
                .append("?lang=")
                .append(language.tag())
                .append("\">\n<h2>")
                .append(escape(say(language, "verify.check")))
                .append("</h2>\n<p>")
                .append(escape(say(language, "verify.check.explain")))
                .append("</p>\n<input type=\"file\" name=\"file\" id=\"file\" accept=\"application/pdf,.pdf\">\n")
                .append("<button type=\"submit\">")
                .append(escape(say(language, "verify.check.button")))
                .append("</button>\n</form>\n</main>\n</body>\n</html>\n");
        return respond(HttpStatus.OK, html);
    }

    private ResponseEntity<String> respond(HttpStatus status, StringBuilder html) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Cache-Control", "no-store")
                .body(html.toString());
    }

    private String say(Language language, String key) {
        return wordings.say(language, key);
    }

    private static void row(StringBuilder html, String label, String value, String cssClass) {
        html.append("<dt>")
                .append(escape(label))
                .append("</dt>\n<dd class=\"")
                .append(cssClass)
                .append("\">")
                .append(escape(value))
                .append("</dd>\n");
    }

    /** 64 hex digits in groups of eight, so they wrap on a narrow screen and can be read aloud. */
    private static String grouped(String sha256) {
        var out = new StringBuilder(80);
        for (int i = 0; i < sha256.length(); i += 8) {
            if (i > 0) out.append(' ');
            out.append(sha256, i, Math.min(sha256.length(), i + 8));
        }
        return out.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String escape(String s) {
        var out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
