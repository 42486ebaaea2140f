package kz.qualify.service.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qualify.message.Message;
import kz.qualify.service.web.Problems;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request that changes something (POST, PUT, PATCH, DELETE) when a browser sent it from
 * another site: its {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site}, or — where the
 * browser does not send that — its {@code Origin} is not the service's own; either way unless the
 * {@code Origin} is one of {@code qualify.allowed-origins}. A browser may attach credentials it holds for this service
 * to a form another site submits; those headers, which a page cannot forge, say where the request
 * came from. Clients that are not browsers (curl, scripts) send neither and are let through, as are
 * reads. Runs before authentication, so a refused request neither logs in nor counts as a failed
 * login.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequests.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    static final String PROBLEM_TYPE = "cross-site-request";
    static final Message PROBLEM_DETAIL = Message.of("api.crossSite");

    private final Set<Origin> allowed;
    private final Problems problems;
    private final JsonMapper json;

    CrossSiteRequests(Collection<String> allowedOrigins, Problems problems, JsonMapper json) {
        this.allowed = origins(allowedOrigins);
        this.problems = problems;
        this.json = json;
    }

    /** The configured origins ({@code qualify.allowed-origins}); one that is no origin stops the start. */
    static Set<Origin> origins(Collection<String> configured) {
        return configured.stream()
                .map(o -> Origin.parse(o)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "qualify.allowed-origins: '" + o + "' is not an origin (scheme://host[:port])")))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** An origin as browsers compare them: scheme, host and port (the scheme's default when not written). */
    record Origin(String scheme, String host, int port) {
        static Optional<Origin> parse(String text) {
            try {
                var uri = new URI(text.strip());
                if (uri.getScheme() == null || uri.getHost() == null) return Optional.empty();
                if (uri.getRawPath() != null
                        && !uri.getRawPath().isEmpty()
                        && !uri.getRawPath().equals("/")) {
                    return Optional.empty();
                }
                var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                return Optional.of(
                        new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port(scheme, uri.getPort())));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }

        /** The origin the request was addressed to: its scheme and its {@code Host}. */
        static Origin of(HttpServletRequest request) {
            var scheme = request.getScheme().toLowerCase(Locale.ROOT);
            var host = request.getServerName().toLowerCase(Locale.ROOT);
            if (host.contains(":") && !host.startsWith("[")) host = "[" + host + "]"; // IPv6, as URI writes it
            return new Origin(scheme, host, port(scheme, request.getServerPort()));
        }

        private static int port(String scheme, int port) {
            if (port >= 0) return port;
            return scheme.equals("https") ? 443 : 80;
        }
    }

    /**
     * Whether a request may go on: reads always; a change when it comes from this service's pages,
     * from an allowed origin, or from a client that is not a browser. {@code Sec-Fetch-Site} is
     * believed first where a browser sends it (over HTTPS and to localhost): it is the browser's own
     * comparison with the page, right behind a proxy too; {@code Origin} is compared with the
     * request's own origin otherwise.
     */
    static boolean allowed(
            String method,
            @Nullable String origin,
            @Nullable String fetchSite,
            Origin own,
            Set<Origin> allowedOrigins) {
        if (READS.contains(method.toUpperCase(Locale.ROOT))) return true;
        var from = origin == null ? Optional.<Origin>empty() : Origin.parse(origin);
        if (fetchSite != null) {
            var site = fetchSite.strip().toLowerCase(Locale.ROOT);
            if (site.equals("same-origin") || site.equals("none")) return true;
            return from.filter(allowedOrigins::contains).isPresent(); // same-site, cross-site
        }
        if (origin != null) {
            // "null" (a sandboxed frame, a data: page, a redirect across sites) is never this service's page
            return from.filter(o -> o.equals(own) || allowedOrigins.contains(o)).isPresent();
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var origin = request.getHeader("Origin");
        var fetchSite = request.getHeader("Sec-Fetch-Site");
        if (allowed(request.getMethod(), origin, fetchSite, Origin.of(request), allowed)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn(
                "refused {} {} from another site (Origin: {}, Sec-Fetch-Site: {})",
                request.getMethod(),
                request.getRequestURI(),
                origin,
                fetchSite);
        problems.write(request, response, json, HttpStatus.FORBIDDEN, PROBLEM_TYPE, PROBLEM_DETAIL);
    }
}
