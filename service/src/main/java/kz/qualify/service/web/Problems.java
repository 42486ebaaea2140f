package kz.qualify.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qualify.assessment.Text;
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

    /** The detail of a bare 403, here and in the security filter chain. */
    public static final Text FORBIDDEN = Text.of("you may not do this", "это действие вам не разрешено");

    /** Made on the first refused constraint, not at start-up: building it configures a validation provider. */
    private static final class Interpolator {
        static final MessageInterpolator INSTANCE =
                Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
    }

    private static final Locale RU = Locale.of("ru");

    public static ProblemDetail problem(
            HttpStatusCode status, String type, Text detail, List<ApiException.FieldProblem> errors) {
        var p = problem(status, type, detail.en(), errors);
        p.setProperty("ru", Map.of("detail", detail.ru()));
        return p;
    }

    private static ProblemDetail problem(
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
        var problem = problem(e.status(), e.type(), String.valueOf(e.getMessage()), e.errors());
        if (e.detailRu() != null) problem.setProperty("ru", Map.of("detail", e.detailRu()));
        return respond(problem);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Exception e) {
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", FORBIDDEN, List.of()));
    }

    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(Exception e) {
        return respond(problem(
                HttpStatus.PRECONDITION_FAILED,
                "stale-version",
                Text.of(
                        "the resource was changed by someone else; fetch it again",
                        "ресурс изменён другим пользователем; получите его заново"),
                List.of()));
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(Exception e) {
        return respond(problem(
                HttpStatus.CONFLICT,
                "duplicate",
                Text.of("a resource with the same key exists", "ресурс с таким ключом уже существует"),
                List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                Text.of(
                        "the request could not be completed; it has been logged",
                        "запрос не удалось выполнить; ошибка записана в журнал"),
                List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<ApiException.FieldProblem>();
        Text detail;
        String type;
        switch (ex) {
            case MethodArgumentNotValidException m -> {
                m.getBindingResult()
                        .getFieldErrors()
                        .forEach(f -> errors.add(ApiException.FieldProblem.of(
                                f.getField(), constraint(String.valueOf(f.getDefaultMessage()), f))));
                detail = Text.of("the request has invalid fields", "в запросе недопустимые значения полей");
                type = "invalid-request";
            }
            case HandlerMethodValidationException h -> {
                h.getParameterValidationResults()
                        .forEach(r -> r.getResolvableErrors()
                                .forEach(err -> errors.add(ApiException.FieldProblem.of(
                                        r.getMethodParameter().getParameterName() == null
                                                ? "parameter"
                                                : r.getMethodParameter().getParameterName(),
                                        constraint(String.valueOf(err.getDefaultMessage()), err)))));
                detail = Text.of("the request has invalid parameters", "в запросе недопустимые значения параметров");
                type = "invalid-request";
            }
            case MissingRequestHeaderException m -> {
                errors.add(ApiException.FieldProblem.of(
                        m.getHeaderName(),
                        Text.of("required header is missing", "обязательный заголовок отсутствует")));
                detail = Text.of(
                        "header " + m.getHeaderName() + " is required",
                        "заголовок " + m.getHeaderName() + " обязателен");
                type = "invalid-request";
            }
            case HttpMessageNotReadableException m -> {
                errors.add(ApiException.FieldProblem.of(
                        "body",
                        Text.of(
                                "not readable JSON of the expected shape",
                                "не читается как JSON ожидаемой структуры")));
                detail = Text.of("the request body could not be read", "тело запроса не удалось прочитать");
                type = "invalid-request";
            }
            case MethodArgumentTypeMismatchException m -> {
                errors.add(ApiException.FieldProblem.of(m.getName(), Text.of("has the wrong type", "неверного типа")));
                detail = Text.of(
                        "parameter " + m.getName() + " has the wrong type",
                        "параметр " + m.getName() + " неверного типа");
                type = "invalid-request";
            }
            case MaxUploadSizeExceededException m -> {
                errors.add(ApiException.FieldProblem.of(
                        "file", Text.of("is larger than the limit", "больше допустимого")));
                detail = Text.of("the upload is larger than the limit", "загружаемый файл больше допустимого");
                type = "too-large";
            }
            case ErrorResponse r -> {
                detail = r.getBody().getDetail() == null
                        ? REFUSED
                        : sanitise(r.getBody().getDetail());
                type = "http-" + status.value();
            }
            default -> {
                detail = REFUSED;
                type = "http-" + status.value();
            }
        }
        var problem = problem(status, type, detail, errors);
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(PROBLEM)
                .body(problem);
    }

    private static final Text REFUSED = Text.of("request refused", "запрос отклонён");

    private static Text sanitise(String detail) {
        // framework messages may name classes ("...Exception", "java.lang.String"): keep them out
        return detail.matches(".*\\b([a-z]+\\.){2,}[A-Za-z]+.*")
                ? REFUSED
                // Spring's own words, as they are, framed in Russian
                : Text.of(detail, "запрос отклонён: " + detail);
    }

    /**
     * A Bean Validation message in English and Russian: the constraint's message template
     * interpolated again in Russian (Hibernate Validator words its messages in Russian too, and
     * ours are in {@code ValidationMessages_ru.properties}); where that gives no Russian, the
     * English framed in Russian.
     */
    private static Text constraint(String en, Object error) {
        String ru = null;
        try {
            if (error instanceof org.springframework.validation.ObjectError o
                    && o.contains(ConstraintViolation.class)) {
                var v = (ConstraintViolation<?>) o.unwrap(ConstraintViolation.class);
                ru = Interpolator.INSTANCE.interpolate(
                        v.getMessageTemplate(),
                        new MessageInterpolator.Context() {
                            @Override
                            public ConstraintDescriptor<?> getConstraintDescriptor() {
                                return v.getConstraintDescriptor();
                            }

                            @Override
                            public @Nullable Object getValidatedValue() {
                                return v.getInvalidValue();
                            }

                            @Override
                            public <T> T unwrap(Class<T> type) {
                                throw new jakarta.validation.ValidationException("cannot unwrap " + type);
                            }
                        },
                        RU);
            }
        } catch (RuntimeException e) {
            log.debug("constraint message not interpolated in Russian", e);
        }
        if (ru == null
                || !ru.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            ru = "недопустимое значение: " + en;
        }
        return Text.of(en, ru);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(PROBLEM).body(p);
    }

    /** Writes a problem from a servlet filter (authentication and access failures happen before MVC). */
    public static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String type, Text detail)
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
