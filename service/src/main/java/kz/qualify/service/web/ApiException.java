package kz.qualify.service.web;

import java.util.List;
import java.util.Objects;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the status, a stable problem type and the fields at fault. Thrown
 * by controllers and services; rendered as {@code application/problem+json} by {@link Problems} in
 * the request's language.
 *
 * <p>The detail and each field's message are {@link Message}s: a key of the service's bundles
 * ({@code kz/qualify/service/api_*.properties}, one per language) and its arguments, so adding a
 * refusal is adding its sentence to each bundle (a test fails while one lacks it):
 *
 * <pre>
 * throw ApiException.notFound(Message.of("api.what.application", Arg.count("id", id)));
 * throw ApiException.conflict("not-editable", Message.of("api.application.notEditable", Arg.label("state", state)));
 * throw ApiException.invalid("reasons", Message.of("api.application.reasonRequired"));
 * </pre>
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final Message detail;
    private final List<FieldProblem> errors;

    public ApiException(HttpStatus status, String type, Message detail, List<FieldProblem> errors) {
        super(detail.toString(), null, false, false);
        this.status = Objects.requireNonNull(status, "status");
        this.type = Objects.requireNonNull(type, "type");
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public ApiException(HttpStatus status, String type, Message detail) {
        this(status, type, detail, List.of());
    }

    /**
     * 404 for a thing named by a message ({@code api.what.application}): "application 12 not found",
     * "не найдено: заявление 12", "№ 12 өтініш табылмады".
     */
    public static ApiException notFound(Message what) {
        return new ApiException(
                HttpStatus.NOT_FOUND, "not-found", Message.of("api.notFound", Arg.message("what", what)));
    }

    public static ApiException forbidden(Message detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public static ApiException conflict(String type, Message detail) {
        return new ApiException(HttpStatus.CONFLICT, type, detail);
    }

    /** 400 naming one field; the message is the detail too. */
    public static ApiException invalid(String field, Message message) {
        return new ApiException(
                HttpStatus.BAD_REQUEST, "invalid-request", message, List.of(new FieldProblem(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Message detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One field at fault: its name or JSON path, and what is wrong with it. */
    public record FieldProblem(String field, Message message) {

        public static FieldProblem of(String field, Message message) {
            return new FieldProblem(field, message);
        }
    }
}
