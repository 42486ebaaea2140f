package kz.qualify.service.web;

import kz.qualify.message.Message;
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
                    Message.of("api.ifMatch.required"),
                    java.util.List.of(ApiException.FieldProblem.of("If-Match", Message.of("api.header.missing"))));
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
                Message.of("api.ifMatch.stale"),
                java.util.List.of(ApiException.FieldProblem.of("If-Match", Message.of("api.ifMatch.notCurrent"))));
    }
}
