package kz.qualify.service.web;

import java.util.List;
import kz.qualify.assessment.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the status, a stable problem type and the fields at fault. Thrown
 * by controllers and services; rendered as {@code application/problem+json} by {@link Problems}.
 * Every detail and field message is worded in English and in Russian ({@link Text}): the English
 * goes to {@code detail}, the Russian to {@code ru.detail}, for the web UI in Russian.
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final @Nullable String detailRu;
    private final List<FieldProblem> errors;

    /** With the detail in Russian as well, for the web UI in Russian. */
    public ApiException(
            HttpStatus status, String type, String detail, @Nullable String detailRu, List<FieldProblem> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.detailRu = detailRu;
        this.errors = List.copyOf(errors);
    }

    public ApiException(HttpStatus status, String type, Text detail, List<FieldProblem> errors) {
        this(status, type, detail.en(), detail.ru(), errors);
    }

    public ApiException(HttpStatus status, String type, Text detail) {
        this(status, type, detail, List.of());
    }

    /**
     * {@code notFound(Text.of("application 12", "заявление 12"))}: "application 12 not found" and
     * "не найдено: заявление 12" (the Russian leads with the verb, so no gender agreement is needed).
     */
    public static ApiException notFound(Text what) {
        return new ApiException(
                HttpStatus.NOT_FOUND, "not-found", Text.of(what.en() + " not found", "не найдено: " + what.ru()));
    }

    public static ApiException forbidden(Text detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public static ApiException conflict(String type, Text detail) {
        return new ApiException(HttpStatus.CONFLICT, type, detail);
    }

    public static ApiException invalid(String field, Text message) {
        return new ApiException(
                HttpStatus.BAD_REQUEST, "invalid-request", message, List.of(FieldProblem.of(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public @Nullable String detailRu() {
        return detailRu;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One field at fault: its name or JSON path and what is wrong with it, in English and Russian. */
    public record FieldProblem(
            String field, String message, @Nullable String messageRu) {

        public static FieldProblem of(String field, Text message) {
            return new FieldProblem(field, message.en(), message.ru());
        }
    }
}
