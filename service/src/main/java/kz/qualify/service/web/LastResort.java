package kz.qualify.service.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import kz.qualify.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.GenericFilterBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outermost filter: whatever escapes the rest — the security chain reading an account while the
 * database is away, a bug in a filter — is answered with a problem document, never the container's
 * page or a stack trace.
 *
 * <p>A database fault ({@link DatabaseFaults}) is answered 503 with {@code Retry-After} (reads were
 * already run once more by {@link ReadsTriedTwice}, a login's check by the security configuration).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LastResort extends GenericFilterBean {

    private static final Logger log = LoggerFactory.getLogger(LastResort.class);

    private final Problems problems;
    private final JsonMapper json;

    LastResort(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var response = (HttpServletResponse) res;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
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
        if (failure instanceof org.springframework.security.web.firewall.RequestRejectedException) {
            Problems.write(
                    request,
                    response,
                    json,
                    problems.problem(
                            request,
                            HttpStatus.BAD_REQUEST,
                            "request-rejected",
                            Message.of("api.request.rejected"),
                            List.of()));
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
}
