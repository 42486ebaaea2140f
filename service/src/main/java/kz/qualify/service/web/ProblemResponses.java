package kz.qualify.service.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * The problem documents (RFC 9457) each operation can answer, declared in the API document so that a
 * generated client knows them.
 *
 * <p>Most of an operation's refusals follow from what its handler takes, and are derived here rather
 * than repeated on 50 handlers (where they would drift): anything it reads from the request can be
 * invalid (400); a path variable names something that may not exist, or not for this account (404);
 * {@code If-Match} can be stale or missing (412, 428); an {@code Idempotency-Key} can be reused with
 * another body (422) or still be in progress (409); an upload can be too large or of the wrong type
 * (413, 415); and every operation behind the login can be unauthenticated (401), forbidden (403) or
 * throttled (429). What only the handler knows — a state that forbids the step (409), a file that
 * cannot be read (422) — it declares itself with {@link Refuses}. Each refusal is described in words
 * and carries the problem schema.
 *
 * <p>Every operation can also answer 503 with {@code Retry-After} when the database cannot be reached.
 */
final class ProblemResponses implements OperationCustomizer {

    static final String SCHEMA = "Problem";

    private static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(
                    "400", "The request is invalid; `errors` names each field, parameter or header and what is wrong."),
            Map.entry("401", "Not logged in, or the login failed (or the account is disabled)."),
            Map.entry(
                    "403",
                    "Not allowed: the account's role does not permit it, the thing belongs to another organisation, a "
                            + "temporary password must be changed first, or the request came from another site."),
            Map.entry("404", "Not found, or not visible to this account."),
            Map.entry("409", "The thing's present state does not allow this step."),
            Map.entry("412", "The thing changed since it was read: read it again and repeat with its new ETag."),
            Map.entry("413", "The upload is larger than the limit."),
            Map.entry("415", "The request's content type is not one this operation reads."),
            Map.entry(
                    "422",
                    "The request is well-formed but cannot be processed (the Idempotency-Key was used with another "
                            + "request, or the file cannot be read)."),
            Map.entry("428", "If-Match is required: read the thing first and send its ETag."),
            Map.entry("429", "Too many failed logins: `Retry-After` says when to try again."),
            Map.entry("503", "The database cannot be reached: `Retry-After` says when to try again."));

    /** The RFC 9457 problem document as this service writes it. */
    static Schema<?> schema() {
        var error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, parameter or header concerned"))
                .addProperty(
                        "message", new StringSchema().description("what is wrong with it, in the answer's language"));
        return new ObjectSchema()
                .description("A problem document (RFC 9457), in the language of the answer (Content-Language).")
                .addProperty("type", new StringSchema().format("uri").description("the kind of problem, stable"))
                .addProperty("title", new StringSchema().description("the status in words"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what happened, in words"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty(
                        "errors",
                        new ArraySchema().items(error).description("each field, parameter or header at fault"))
                .addProperty("retryAfter", new IntegerSchema().description("seconds to wait (429, 503)"));
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        var parameters = Arrays.asList(handler.getMethodParameters());
        var readsRequest = parameters.stream().anyMatch(ProblemResponses::fromRequest);
        var hasBody = parameters.stream().anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        var uploads = parameters.stream()
                .anyMatch(p ->
                        p.hasParameterAnnotation(RequestPart.class) || p.getParameterType() == MultipartFile.class);
        boolean loggedIn =
                operation.getSecurity() == null || !operation.getSecurity().isEmpty();

        var statuses = new TreeSet<String>();
        if (readsRequest) statuses.add("400");
        if (loggedIn) {
            statuses.add("401");
            statuses.add("403");
            statuses.add("429");
        }
        if (parameters.stream().anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) statuses.add("404");
        if (hasBody || uploads) statuses.add("415");
        if (uploads) statuses.add("413");
        if (header(parameters, "If-Match")) {
            statuses.add("412");
            statuses.add("428");
        }
        if (header(parameters, IdempotentRequests.HEADER)) {
            statuses.add("409");
            statuses.add("422");
        }
        var refuses = handler.getMethodAnnotation(Refuses.class);
        if (refuses != null) Arrays.stream(refuses.value()).forEach(status -> statuses.add(Integer.toString(status)));
        statuses.add("503");
        statuses.forEach(status -> responses.putIfAbsent(status, new ApiResponse()));

        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) complete(status, response);
        });
        operation.setResponses(responses);
        return operation;
    }

    private static void complete(String status, ApiResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(DESCRIPTIONS.getOrDefault(status, "A problem document."));
        }
        var problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA));
        // springdoc gives an annotated @ApiResponse the handler's own media types; a refusal is a problem document
        response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
    }

    private static boolean fromRequest(MethodParameter p) {
        return p.hasParameterAnnotation(RequestBody.class)
                || p.hasParameterAnnotation(RequestParam.class)
                || p.hasParameterAnnotation(PathVariable.class)
                || p.hasParameterAnnotation(RequestHeader.class)
                || p.hasParameterAnnotation(RequestPart.class)
                || p.getParameterType() == MultipartFile.class;
    }

    private static boolean header(java.util.List<MethodParameter> parameters, String name) {
        return parameters.stream()
                .map(p -> p.getParameterAnnotation(RequestHeader.class))
                .anyMatch(h -> h != null && (name.equalsIgnoreCase(h.value()) || name.equalsIgnoreCase(h.name())));
    }
}
