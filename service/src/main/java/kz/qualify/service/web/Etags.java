package kz.qualify.service.web;

import kz.qualify.assessment.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** Optimistic locking over HTTP: the ETag is the version; an update must name it in If-Match. */
public final class Etags {

    private Etags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an update expects.
     *
     * @throws ApiException 428 when If-Match is missing, 412 when it is not a version we issued
     */
    public static long required(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "if-match-required",
                    Text.of(
                            "updates need an If-Match header with the ETag you last read",
                            "для изменения нужен заголовок If-Match с последним полученным ETag"),
                    java.util.List.of(ApiException.FieldProblem.of(
                            "If-Match", Text.of("required header is missing", "обязательный заголовок отсутствует"))));
        }
        return parse(ifMatch);
    }

    /** The version named by an optional If-Match, or -1 when absent. */
    public static long optional(@Nullable String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? -1 : parse(ifMatch);
    }

    private static long parse(String ifMatch) {
        var v = ifMatch.strip();
        if (v.startsWith("W/")) v = v.substring(2);
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    public static ApiException stale() {
        return new ApiException(
                HttpStatus.PRECONDITION_FAILED,
                "stale-version",
                Text.of(
                        "the resource was changed since you read it; fetch it again and retry",
                        "ресурс изменён после его получения; получите его заново и повторите"),
                java.util.List.of(ApiException.FieldProblem.of(
                        "If-Match", Text.of("does not match the current version", "не совпадает с текущей версией"))));
    }
}
