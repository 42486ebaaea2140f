package kz.qualify.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders every error as RFC 9457 problem details: {@code type}, {@code title}, {@code status},
 * {@code detail} and, where fields are at fault, {@code errors: [{field, message}]}. Never a stack
 * trace, SQL or an exception class name: unexpected failures are logged and answered with a bare 500.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    public static final String TYPE_BASE = "https://qualify.kz/problems/";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    public static ProblemDetail problem(
            HttpStatusCode status, String type, String detail, List<ApiException.FieldProblem> errors) {
        var p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        var reason = HttpStatus.resolve(status.value());
        p.setTitle(reason == null ? "Error" : reason.getReasonPhrase());
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors.stream().map(Problems::error).toList());
        }
        return p;
    }

    /** {field, message} and, where the message was worded in Russian too, {ru: {message}}. */
    private static Map<String, Object> error(ApiException.FieldProblem e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("field", e.field());
        m.put("message", e.message());
        if (e.messageRu() != null) m.put("ru", Map.of("message", e.messageRu()));
        return m;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        var problem = problem(e.status(), e.type(), e.getMessage(), e.errors());
        if (e.detailRu() != null) problem.setProperty("ru", Map.of("detail", e.detailRu()));
        return respond(problem);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Exception e) {
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "you may not do this", List.of()));
    }

    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(Exception e) {
        return respond(problem(
                HttpStatus.PRECONDITION_FAILED,
                "stale-version",
                "the resource was changed by someone else; fetch it again",
                List.of()));
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(Exception e) {
        return respond(problem(HttpStatus.CONFLICT, "duplicate", "a resource with the same key exists", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "the request could not be completed; it has been logged",
                List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<ApiException.FieldProblem>();
        String detail;
        String type;
        switch (ex) {
            case MethodArgumentNotValidException m -> {
                m.getBindingResult()
                        .getFieldErrors()
                        .forEach(f -> errors.add(
                                new ApiException.FieldProblem(f.getField(), String.valueOf(f.getDefaultMessage()))));
                detail = "the request has invalid fields";
                type = "invalid-request";
            }
            case HandlerMethodValidationException h -> {
                h.getParameterValidationResults()
                        .forEach(r -> r.getResolvableErrors()
                                .forEach(err -> errors.add(new ApiException.FieldProblem(
                                        r.getMethodParameter().getParameterName() == null
                                                ? "parameter"
                                                : r.getMethodParameter().getParameterName(),
                                        String.valueOf(err.getDefaultMessage())))));
                detail = "the request has invalid parameters";
                type = "invalid-request";
            }
            case MissingRequestHeaderException m -> {
                errors.add(new ApiException.FieldProblem(m.getHeaderName(), "required header is missing"));
                detail = "header " + m.getHeaderName() + " is required";
                type = "invalid-request";
            }
            case HttpMessageNotReadableException m -> {
                errors.add(new ApiException.FieldProblem("body", "not readable JSON of the expected shape"));
                detail = "the request body could not be read";
                type = "invalid-request";
            }
            case MethodArgumentTypeMismatchException m -> {
                errors.add(new ApiException.FieldProblem(m.getName(), "has the wrong type"));
                detail = "parameter " + m.getName() + " has the wrong type";
                type = "invalid-request";
            }
            case MaxUploadSizeExceededException m -> {
                errors.add(new ApiException.FieldProblem("file", "is larger than the limit"));
                detail = "the upload is larger than the limit";
                type = "too-large";
            }
            case ErrorResponse r -> {
                detail = r.getBody().getDetail() == null
                        ? "request refused"
                        : sanitise(r.getBody().getDetail());
                type = "http-" + status.value();
            }
            default -> {
                detail = "request refused";
                type = "http-" + status.value();
            }
        }
        var problem = problem(status, type, detail, errors);
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(PROBLEM)
                .body(problem);
    }

    private static String sanitise(String detail) {
        // framework messages may name classes ("...Exception", "java.lang.String"): keep them out
        return detail.matches(".*\\b([a-z]+\\.){2,}[A-Za-z]+.*") ? "request refused" : detail;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(PROBLEM).body(p);
    }

    /** Writes a problem from a servlet filter (authentication and access failures happen before MVC). */
    public static void write(
            HttpServletResponse response, JsonMapper json, HttpStatus status, String type, String detail)
            throws IOException {
        write(response, json, problem(status, type, detail, List.of()));
    }

    /** Writes a prepared problem from a servlet filter. */
    public static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM.toString());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
