package kz.qualify.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders every error as RFC 9457 problem details in the request's language ({@link
 * RequestLanguage}): {@code type}, {@code title}, {@code status}, {@code detail} and, where fields
 * are at fault, {@code errors: [{field, message}]}. The service's refusals ({@link ApiException}),
 * Bean Validation's constraints, Spring's own errors and the security chain's 401, 403 and 429 are
 * all said from the same bundles ({@link Speech#API}). Never a stack trace, SQL or an exception
 * class name: unexpected failures are logged and answered with a bare 500.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    public static final String TYPE_BASE = "https://qualify.kz/problems/";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    /** The detail of a bare 403, here and in the security filter chain. */
    public static final Message FORBIDDEN = Message.of("api.forbidden");

    private static final Message REFUSED = Message.of("api.refused");

    /**
     * The most errors one answer lists; the rest are counted ({@code errorsNotListed}, and "and N
     * more" in the detail). A dossier of 0.3 MB of unknown keys once answered 40 MB. The dossier reader
     * caps itself the same way — its first 100 problems, then one at {@code $} saying how many more —
     * so the bound leaves room for that line, which carries the true count.
     */
    public static final int MAX_ERRORS = kz.qualify.formats.DossierJson.LISTED_PROBLEMS + 1;

    /**
     * The longest message of one error, in characters; with {@link #MAX_ERRORS} and the field
     * names' bound ({@link PlainText#MAX_KEY}) it keeps every problem document under
     * {@value #MAX_ANSWER} bytes.
     */
    static final int MAX_MESSAGE = 600;

    /** The bound on a problem document's size, in bytes (documented in service/README.md). */
    public static final int MAX_ANSWER = 256 * 1024;

    private final Speech speech;

    Problems(Speech speech) {
        this.speech = speech;
    }

    /** A problem in the request's language. */
    public ProblemDetail problem(
            HttpServletRequest request,
            HttpStatusCode status,
            String type,
            Message detail,
            List<ApiException.FieldProblem> errors) {
        var words = speech.in(RequestLanguage.of(request));
        var said = words.render(detail);
        int notListed = Math.max(0, errors.size() - MAX_ERRORS);
        if (notListed > 0)
            said = said + " " + words.render(Message.of("api.errors.notListed", Arg.count("count", notListed)));
        var p = ProblemDetail.forStatusAndDetail(status, said);
        p.setType(URI.create(TYPE_BASE + type));
        p.setTitle(title(words, status));
        if (!errors.isEmpty()) {
            p.setProperty(
                    "errors",
                    errors.stream().limit(MAX_ERRORS).map(e -> error(words, e)).toList());
        }
        if (notListed > 0) p.setProperty("errorsNotListed", notListed);
        return p;
    }

    /** The status's name in the language ({@code api.status.404}), or the HTTP reason for a status we do not name. */
    private static String title(Words words, HttpStatusCode status) {
        var key = "api.status." + status.value();
        if (words.has(key)) return words.say(key);
        var reason = HttpStatus.resolve(status.value());
        return reason == null ? words.say("api.status.other") : reason.getReasonPhrase();
    }

    private static Map<String, Object> error(Words words, ApiException.FieldProblem e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("field", PlainText.shown(e.field()));
        var message = words.render(e.message());
        m.put("message", message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message);
        return m;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        return respond(request, problem(request, e.status(), e.type(), e.detail(), e.errors()));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Exception e, HttpServletRequest request) {
        return respond(request, problem(request, HttpStatus.FORBIDDEN, "forbidden", FORBIDDEN, List.of()));
    }

    /**
     * The security firewall checks some headers only when they are read (a value that is no text
     * in ISO-8859-1, e.g. an {@code Idempotency-Key} in Cyrillic sent as raw UTF-8): the request's
     * fault, 400, as when it refuses the request up front ({@link ErrorPages}).
     */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(Exception e, HttpServletRequest request) {
        return respond(
                request,
                problem(
                        request,
                        HttpStatus.BAD_REQUEST,
                        "request-rejected",
                        Message.of("api.request.rejected"),
                        List.of()));
    }

    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(Exception e, HttpServletRequest request) {
        return respond(
                request,
                problem(
                        request,
                        HttpStatus.PRECONDITION_FAILED,
                        "stale-version",
                        Message.of("api.changedMeanwhile"),
                        List.of()));
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(Exception e, HttpServletRequest request) {
        return respond(
                request, problem(request, HttpStatus.CONFLICT, "duplicate", Message.of("api.duplicate"), List.of()));
    }

    /**
     * A bug is a bare 500. The database being briefly away is a 503 with {@code Retry-After} (a read
     * was run once more first: {@link ReadsTriedTwice}).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseFaults.isFault(e)) {
            log.warn("database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            var p = problem(
                    request,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "database-unavailable",
                    Message.of("api.database.unavailable"),
                    List.of());
            p.setProperty("retryAfter", DatabaseFaults.RETRY_AFTER_SECONDS);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFaults.RETRY_AFTER_SECONDS))
                    .header(
                            HttpHeaders.CONTENT_LANGUAGE,
                            RequestLanguage.of(request).tag())
                    .contentType(PROBLEM)
                    .body(p);
        }
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(
                request,
                problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal", Message.of("api.internal"), List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<ApiException.FieldProblem>();
        Message detail;
        String type = "invalid-request";
        switch (ex) {
            case MethodArgumentNotValidException m -> {
                m.getBindingResult()
                        .getFieldErrors()
                        .forEach(f -> errors.add(new ApiException.FieldProblem(
                                f.getField(), constraint(unwrap(f), f.getDefaultMessage()))));
                detail = Message.of("api.invalidFields");
            }
            case HandlerMethodValidationException h -> {
                h.getParameterValidationResults()
                        .forEach(r -> r.getResolvableErrors().forEach(err -> {
                            ConstraintViolation<?> v = null;
                            try {
                                v = r.unwrap(err, ConstraintViolation.class);
                            } catch (IllegalArgumentException notOne) {
                                // an error of another kind: said by its default message
                            }
                            var name = r.getMethodParameter().getParameterName();
                            errors.add(new ApiException.FieldProblem(
                                    name == null ? "parameter" : name, constraint(v, err.getDefaultMessage())));
                        }));
                detail = Message.of("api.invalidParameters");
            }
            case MissingRequestHeaderException m -> {
                errors.add(new ApiException.FieldProblem(m.getHeaderName(), Message.of("api.header.missing")));
                detail = Message.of("api.header.required", Arg.text("header", m.getHeaderName()));
            }
            case MissingServletRequestParameterException m -> {
                errors.add(new ApiException.FieldProblem(m.getParameterName(), Message.of("api.parameter.missing")));
                detail = Message.of("api.parameter.required", Arg.text("parameter", m.getParameterName()));
            }
            case MissingServletRequestPartException m -> {
                errors.add(new ApiException.FieldProblem(m.getRequestPartName(), Message.of("api.parameter.missing")));
                detail = Message.of("api.parameter.required", Arg.text("parameter", m.getRequestPartName()));
            }
            case HttpMessageNotReadableException m
            when tooLarge(m) != null -> {
                var bound = java.util.Objects.requireNonNull(tooLarge(m)).bound();
                errors.add(new ApiException.FieldProblem("body", Message.of("api.upload.largerThanLimit")));
                detail = BodyTooLarge.detail(bound);
                type = "too-large";
                status = HttpStatus.CONTENT_TOO_LARGE;
            }
            case HttpMessageNotReadableException m -> {
                errors.add(new ApiException.FieldProblem("body", Message.of("api.body.notJson")));
                detail = Message.of("api.body.unreadable");
            }
            case org.springframework.beans.ConversionNotSupportedException m -> {
                // a value of a kind the parameter can never be (a file where text is expected): the
                // request's fault, which Spring would answer 500
                var name = m.getPropertyName() == null ? "parameter" : m.getPropertyName();
                errors.add(new ApiException.FieldProblem(name, Message.of("api.parameter.wrongType")));
                detail = Message.of("api.parameter.wrongTypeNamed", Arg.text("parameter", name));
                status = HttpStatus.BAD_REQUEST;
            }
            case MethodArgumentTypeMismatchException m -> {
                errors.add(new ApiException.FieldProblem(m.getName(), Message.of("api.parameter.wrongType")));
                detail = Message.of("api.parameter.wrongTypeNamed", Arg.text("parameter", m.getName()));
            }
            case MaxUploadSizeExceededException m -> {
                errors.add(new ApiException.FieldProblem("file", Message.of("api.upload.largerThanLimit")));
                detail = Message.of("api.upload.tooLarge");
                type = "too-large";
            }
            default -> {
                detail = spring(ex);
                type = "http-" + status.value();
            }
        }
        var servlet = servlet(request);
        var problem = problem(servlet, status, type, detail, errors);
        return ResponseEntity.status(status)
                .headers(headers)
                .header(
                        HttpHeaders.CONTENT_LANGUAGE,
                        RequestLanguage.of(servlet).tag())
                .contentType(PROBLEM)
                .body(problem);
    }

    private static @Nullable BodyTooLarge tooLarge(Throwable e) {
        for (var c = e; c != null; c = c.getCause()) {
            if (c instanceof BodyTooLarge b) return b;
        }
        return null;
    }

    /**
     * A multipart body that cannot be parsed (no boundary, cut short) is the client's fault: 400,
     * not the 500 it was. Its size bound is {@link MaxUploadSizeExceededException}'s 413, above.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException || tooLarge(e) != null) {
            return respond(
                    request,
                    problem(
                            request,
                            HttpStatus.CONTENT_TOO_LARGE,
                            "too-large",
                            Message.of("api.upload.tooLarge"),
                            List.of(new ApiException.FieldProblem("file", Message.of("api.upload.largerThanLimit")))));
        }
        return respond(
                request,
                problem(
                        request,
                        HttpStatus.BAD_REQUEST,
                        "invalid-request",
                        Message.of("api.multipart.malformed"),
                        List.of(new ApiException.FieldProblem("body", Message.of("api.multipart.notParts")))));
    }

    /** Spring's own refusals, in our words: its messages are English only and may name classes. */
    private static Message spring(Exception ex) {
        return switch (ex) {
            case NoResourceFoundException n -> Message.of("api.spring.noResource");
            case HttpRequestMethodNotSupportedException m ->
                Message.of("api.spring.methodNotSupported", Arg.text("method", m.getMethod()));
            case HttpMediaTypeNotSupportedException m -> Message.of("api.spring.mediaTypeNotSupported");
            case HttpMediaTypeNotAcceptableException m -> Message.of("api.spring.notAcceptable");
            case AsyncRequestTimeoutException t -> Message.of("api.spring.timeout");
            default -> REFUSED;
        };
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    }

    private static @Nullable ConstraintViolation<?> unwrap(ObjectError error) {
        try {
            return error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A Bean Validation constraint in the request's language: its message template names a key of
     * the bundles ({@code {jakarta.validation.constraints.Size.message}}, or one of ours), said with
     * the constraint's attributes as arguments ({@code {max}}). A constraint whose key the bundles
     * lack is said by its default message, framed ("invalid value: …"); a test keeps every
     * constraint the API uses in the bundles.
     */
    private Message constraint(@Nullable ConstraintViolation<?> violation, @Nullable String defaultMessage) {
        if (violation != null) {
            var template = violation.getMessageTemplate();
            if (template.startsWith("{") && template.endsWith("}")) {
                var key = template.substring(1, template.length() - 1);
                if (speech.in(speech.languages().reference()).has(key)) {
                    var args = new ArrayList<Arg>();
                    violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
                        switch (value) {
                            case Integer i -> args.add(Arg.count(name, i));
                            case Long l -> args.add(Arg.count(name, l));
                            case String s -> args.add(Arg.text(name, s));
                            default -> {}
                        }
                    });
                    return new Message(key, args);
                }
            }
            return Message.of("api.constraint.other", Arg.text("message", violation.getMessage()));
        }
        return Message.of("api.constraint.other", Arg.text("message", String.valueOf(defaultMessage)));
    }

    private static ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .header(
                        HttpHeaders.CONTENT_LANGUAGE,
                        RequestLanguage.of(request).tag())
                .contentType(PROBLEM)
                .body(p);
    }

    /** Writes a problem from a servlet filter (authentication and access failures happen before MVC). */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            JsonMapper json,
            HttpStatus status,
            String type,
            Message detail)
            throws IOException {
        write(request, response, json, problem(request, status, type, detail, List.of()));
    }

    /** Writes a prepared problem from a servlet filter. */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, JsonMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setHeader(
                HttpHeaders.CONTENT_LANGUAGE, RequestLanguage.of(request).tag());
        response.setContentType(PROBLEM.toString());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
