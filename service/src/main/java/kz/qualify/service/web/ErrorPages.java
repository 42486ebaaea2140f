package kz.qualify.service.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import kz.qualify.message.Message;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that never reach a controller are problem documents too, never an HTML page or Spring
 * Boot's own JSON:
 *
 * <ul>
 *   <li>what a filter or the servlet container sends with {@code sendError} is rendered by the
 *       {@code /error} page here;
 *   <li>what Spring Security's firewall refuses (an encoded slash, a {@code ..} in the path, a
 *       header with a control character) by the {@link RequestRejectedHandler} here;
 *   <li>what Tomcat refuses before the application — a request line it cannot parse, a method it
 *       does not allow ({@code TRACE}) — by {@link ProblemReportValve}, in place of Tomcat's HTML
 *       error report.
 * </ul>
 */
@Hidden // the container's error path, reached by forwarding: not an operation of the API
@RestController
public class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final Problems problems;
    private final JsonMapper json;

    ErrorPages(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
        ProblemReportValve.install(problems, json);
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        // the servlet's 501 is a method it does not know (CONNECT, PROPFIND): not a fault of the service
        if (status == 501) {
            status = 405;
            response.setStatus(405);
        }
        var failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t && DatabaseFaults.isFault(t)) {
            LastResort.unavailable(request, response, json, problems);
            return;
        }
        if (failure instanceof Throwable t && status >= 500) {
            log.error("unexpected failure on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        response.resetBuffer();
        Problems.write(request, response, json, problem(problems, request, status));
    }

    /** The problem for a bare status: the status's own words. */
    static ProblemDetail problem(Problems problems, HttpServletRequest request, int status) {
        var resolved = HttpStatus.resolve(status);
        var http = resolved == null ? HttpStatus.BAD_REQUEST : resolved;
        Message detail = switch (http) {
            case BAD_REQUEST -> Message.of("api.request.malformed");
            case NOT_FOUND -> Message.of("api.spring.noResource");
            // not naming the method: Tomcat reports TRACE, which it refuses itself, as GET
            case METHOD_NOT_ALLOWED -> Message.of("api.method.notAllowed");
            case CONTENT_TOO_LARGE -> Message.of("api.upload.tooLarge");
            case SERVICE_UNAVAILABLE -> Message.of("api.database.unavailable");
            case INTERNAL_SERVER_ERROR -> Message.of("api.internal");
            default -> Message.of("api.refused");
        };
        return problems.problem(
                request, http, http.is5xxServerError() ? "internal" : "http-" + http.value(), detail, List.of());
    }

    /** Spring Security's firewall: 400 with a problem, not the container's page. */
    @Bean
    static RequestRejectedHandler requestRejectedHandler(Problems problems, JsonMapper json) {
        return (request, response, rejected) -> {
            log.debug("request rejected by the firewall: {}", rejected.getMessage());
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
        };
    }

    /** Tomcat's error report replaced by {@link ProblemReportValve} on the host. */
    @Bean
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /**
     * Tomcat's error report for what it refuses before the application sees the request, written
     * as a problem document. Tomcat makes the valve itself, by its class name, so the service's
     * wording reaches it through {@link #install}.
     */
    public static class ProblemReportValve extends ErrorReportValve {

        private static volatile @Nullable Problems problems;
        private static volatile @Nullable JsonMapper json;

        static void install(Problems p, JsonMapper j) {
            problems = p;
            json = j;
        }

        @Override
        protected void report(Request request, Response response, @Nullable Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
            // Tomcat's 501 (a transfer coding it does not know) and 505 (an HTTP version it does not
            // speak) are the request's fault, not the service's: a 400 like any unreadable request
            if (status == 501 || status == 505) {
                status = 400;
                response.setStatus(400);
            }
            var p = problems;
            var j = json;
            try {
                response.resetBuffer(true);
                if (p == null || j == null) {
                    response.setContentType("application/problem+json");
                    response.getOutputStream()
                            .write(("{\"type\":\"" + Problems.TYPE_BASE + "http-" + status + "\",\"status\":" + status
                                            + "}")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    Problems.write(request, response, j, problem(p, request, status));
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone, or the answer was under way: nothing more to say
            }
        }
    }
}
