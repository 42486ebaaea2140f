package kz.qualify.service.webui;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Serves the UI's static files and the public catalogue without a login. It matches only those
 * paths, and only GET, so every other request still meets the API's own chain (HTTP Basic). The UI
 * is strict about what it loads: scripts, styles and requests from this origin only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // not in the command-line modes (--verify-audit)
class WebUiSecurity {

    /** The UI's files (see {@code src/main/resources/static}) and its public catalogue. */
    static final String[] PUBLIC_PATHS = {
        "/",
        "/index.html",
        "/favicon.svg",
        "/css/**",
        "/js/**",
        "/i18n/**",
        "/examples/**",
        CatalogueController.ACTIVITIES,
        CatalogueController.REQUIREMENTS,
        CatalogueController.FORM,
        CatalogueController.DOSSIER_SCHEMA
    };

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain webUi(HttpSecurity http) throws Exception {
        RequestMatcher[] matchers = new RequestMatcher[PUBLIC_PATHS.length];
        for (int i = 0; i < PUBLIC_PATHS.length; i++) {
            matchers[i] = pathPattern(HttpMethod.GET, PUBLIC_PATHS[i]);
        }
        http.securityMatcher(new OrRequestMatcher(matchers))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .headers(h -> h.cacheControl(c -> c.disable()) // static files revalidate by Last-Modified
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
