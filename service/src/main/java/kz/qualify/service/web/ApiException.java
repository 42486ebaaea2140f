package kz.qualify.service.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the status, a stable problem type and the fields at fault. Thrown
 * by controllers and services; rendered as {@code application/problem+json} by {@link Problems}.
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final @Nullable String detailRu;
    private final List<FieldProblem> errors;

    public ApiException(HttpStatus status, String type, String detail, List<FieldProblem> errors) {
        this(status, type, detail, null, errors);
    }

    /** With the detail in Russian as well, for the web UI in Russian. */
    public ApiException(
            HttpStatus status, String type, String detail, @Nullable String detailRu, List<FieldProblem> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.detailRu = detailRu;
        this.errors = List.copyOf(errors);
    }

    public ApiException(HttpStatus status, String type, String detail) {
        this(status, type, detail, List.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " not found");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public static ApiException conflict(String type, String detail) {
        return new ApiException(HttpStatus.CONFLICT, type, detail);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(
                HttpStatus.BAD_REQUEST, "invalid-request", message, List.of(new FieldProblem(field, message)));
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

    /**
     * One field at fault: its name or JSON path and what is wrong with it, and the same in Russian
     * where the message comes from a part that words it in both (the dossier reader).
     */
    public record FieldProblem(
            String field, String message, @Nullable String messageRu) {

        public FieldProblem(String field, String message) {
            this(field, message, null);
        }
    }
}
