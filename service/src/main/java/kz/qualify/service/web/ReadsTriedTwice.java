package kz.qualify.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A read ({@code GET}, {@code HEAD}) that meets a database fault ({@link DatabaseFaults}) is run
 * once more before the 503: it has no body to read again and changed nothing, and its transaction
 * was rolled back whole, so running it again on a fresh connection is safe — and a single cut
 * connection (a terminated backend, a failover) then costs the client nothing. A change is not
 * repeated here (its body was read); it is safe for the client to repeat: nothing of it was kept,
 * and a submission's {@code Idempotency-Key} files it once.
 */
@Configuration(proxyBeanMethods = false)
class ReadsTriedTwice implements WebMvcRegistrations {

    private static final Logger log = LoggerFactory.getLogger(ReadsTriedTwice.class);
    private static final Set<String> READS = Set.of("GET", "HEAD");

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected ModelAndView handleInternal(
                    HttpServletRequest request, HttpServletResponse response, HandlerMethod handler) throws Exception {
                try {
                    return super.handleInternal(request, response, handler);
                } catch (Exception e) {
                    if (!READS.contains(request.getMethod()) || !DatabaseFaults.isFault(e) || response.isCommitted()) {
                        throw e;
                    }
                    log.info(
                            "database fault on {} {}; reading once more", request.getMethod(), request.getRequestURI());
                    response.resetBuffer();
                    return super.handleInternal(request, response, handler);
                }
            }
        };
    }
}
