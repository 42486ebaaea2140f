package kz.qualify.service.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals of a handler that only the handler knows of — a state that does not allow the step
 * (409), a file that cannot be read (422) — declared in the API document as problem responses beside
 * the ones {@link ProblemResponses} derives from what the handler takes. (An {@code @ApiResponse}
 * would do, but springdoc then drops the operation's success response.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refuses {
    /** The HTTP statuses, e.g. {@code 409}. */
    int[] value();
}
