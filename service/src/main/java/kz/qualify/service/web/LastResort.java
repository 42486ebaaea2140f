package kz.qualify.service.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import kz.qualify.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.GenericFilterBean;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outermost filter: whatever escapes the rest — the security chain reading an account while the
 * database is away, a bug in a filter — is answered with a problem document, never the container's
 * page or a stack trace.
 *
 * <p>A database fault ({@link DatabaseFaults}) is answered 503 with {@code Retry-After}. A read
 * ({@code GET}, {@code HEAD}: no body, nothing changed, its transaction rolled back whole) is first
 * run once more, on a fresh connection, so that a single cut connection costs the client nothing.
 * Changes are not repeated here — their body has been read — but each is safe for the client to
 * repeat: its transaction was rolled back, and a submission carries its {@code Idempotency-Key}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LastResort extends GenericFilterBean {

    private static final Logger log = LoggerFactory.getLogger(LastResort.class);
    private static final String RETRIED = LastResort.class.getName() + ".RETRIED";
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final Problems problems;
    private final JsonMapper json;

    LastResort(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    /** Whether a database fault in this request should be left to this filter to try again. */
    public static boolean retryable(HttpServletRequest request) {
        return READS.contains(request.getMethod()) && request.getAttribute(RETRIED) == null;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var response = (HttpServletResponse) res;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            if (DatabaseFaults.isFault(failure) && retryable(request) && !response.isCommitted()) {
                log.info("database fault on {} {}; trying once more", request.getMethod(), request.getRequestURI());
                request.setAttribute(RETRIED, Boolean.TRUE);
                forgetFilters(request);
                response.reset();
                try {
                    chain.doFilter(request, response);
                    return;
                } catch (IOException | ServletException | RuntimeException | Error again) {
                    answer(request, response, again);
                    return;
                }
            }
            answer(request, response, failure);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException, ServletException {
        if (response.isCommitted()) {
            log.warn("failure after the answer began on {} {}", request.getMethod(), request.getRequestURI(), failure);
            return;
        }
        response.reset();
        if (DatabaseFaults.isFault(failure)) {
            log.warn(
                    "database unavailable on {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    failure.toString());
            unavailable(request, response, json, problems);
            return;
        }
        if (failure instanceof Error e && !(e instanceof StackOverflowError)) throw e;
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
        Problems.write(
                request,
                response,
                json,
                problems.problem(
                        request, HttpStatus.INTERNAL_SERVER_ERROR, "internal", Message.of("api.internal"), List.of()));
    }

    /** 503 with {@code Retry-After}: the database is briefly away. */
    public static void unavailable(
            HttpServletRequest request, HttpServletResponse response, JsonMapper json, Problems problems)
            throws IOException {
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFaults.RETRY_AFTER_SECONDS));
        var problem = problems.problem(
                request,
                HttpStatus.SERVICE_UNAVAILABLE,
                "database-unavailable",
                Message.of("api.database.unavailable"),
                List.of());
        problem.setProperty("retryAfter", DatabaseFaults.RETRY_AFTER_SECONDS);
        Problems.write(request, response, json, problem);
    }

    /** The once-per-request filters' marks, so that the second run authenticates again. */
    private static void forgetFilters(HttpServletRequest request) {
        for (var name : Collections.list(request.getAttributeNames())) {
            if (name.endsWith(OncePerRequestFilter.ALREADY_FILTERED_SUFFIX)) request.removeAttribute(name);
        }
    }
}
