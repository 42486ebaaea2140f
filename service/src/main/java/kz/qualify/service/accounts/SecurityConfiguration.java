package kz.qualify.service.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import kz.qualify.assessment.Text;
import kz.qualify.service.QualifyProperties;
import kz.qualify.service.web.CpuBound;
import kz.qualify.service.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP Basic on everything but the public registry, health and the API document; stateless (no
 * session), so any instance serves any request. Failures answer with problem details: 401, or 429
 * with {@code Retry-After} while a username is locked out after repeated failed logins, or 403
 * {@code password-change-required} while an account's password is temporary
 * ({@link PasswordChangeRequirement}).
 *
 * <p>Browsers never hold credentials of their own for the service: the web UI sends them itself, from
 * script, so a 401 invites the browser's login prompt ({@code WWW-Authenticate: Basic}) only for
 * clients that are not browsers — requests without {@code X-Requested-With} (which the UI sets) and
 * without {@code Sec-Fetch-Mode} (which browsers set). A browser that was never challenged has no
 * credentials to attach to a form another site submits; should it have some anyway, a change sent
 * from another site is refused ({@link CrossSiteRequests}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain api(
            HttpSecurity http, JsonMapper json, AccountAuthentication authentication, QualifyProperties properties)
            throws Exception {
        // this chain's own manager, with the one provider: a failed login is counted exactly once
        http.authenticationManager(new ProviderManager(authentication))
                .addFilterBefore(
                        new CrossSiteRequests(properties.allowedOrigins(), json), BasicAuthenticationFilter.class)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/registry/**")
                        .permitAll()
                        .requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/error",
                                "/registry",
                                "/registry/**",
                                "/")
                        .permitAll()
                        // with a temporary password, only these two: who am I, and the change itself
                        .requestMatchers(HttpMethod.GET, "/api/me")
                        .authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/me/password")
                        .authenticated()
                        .anyRequest()
                        .access(new PasswordChangeRequirement()))
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> {
                    if (e instanceof LoginThrottled throttled) {
                        long seconds = throttled.retryAfterSeconds();
                        res.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                        var problem = Problems.problem(
                                HttpStatus.TOO_MANY_REQUESTS,
                                "login-throttled",
                                Text.of(
                                        "too many failed logins for this username; try again in " + inWords(seconds),
                                        "слишком много неудачных попыток входа с этим именем пользователя;"
                                                + " повторите через " + inWordsRu(seconds)),
                                List.of());
                        problem.setProperty("retryAfter", seconds);
                        Problems.write(res, json, problem);
                        return;
                    }
                    if (invitesLoginPrompt(req)) res.setHeader("WWW-Authenticate", "Basic realm=\"qualify\"");
                    Problems.write(
                            res,
                            json,
                            HttpStatus.UNAUTHORIZED,
                            "unauthenticated",
                            e instanceof DisabledException
                                    ? Text.of("the account is disabled", "учётная запись отключена")
                                    : Text.of(
                                            "authentication is required (HTTP Basic)",
                                            "требуется аутентификация (HTTP Basic)"));
                }))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
                    if (ex instanceof AuthorizationDeniedException denied
                            && denied.getAuthorizationResult()
                                    instanceof PasswordChangeRequirement.PasswordChangeRequired) {
                        Problems.write(
                                res,
                                json,
                                HttpStatus.FORBIDDEN,
                                PasswordChangeRequirement.PROBLEM_TYPE,
                                PasswordChangeRequirement.PROBLEM_DETAIL);
                        return;
                    }
                    Problems.write(res, json, HttpStatus.FORBIDDEN, "forbidden", Problems.FORBIDDEN);
                }))
                .headers(h -> h.cacheControl(c -> {}));
        return http.build();
    }

    /** No tracing observation around every security filter: it costs more than the rest of the chain. */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder(CpuBound cpu) {
        return new VerifiedCredentials(PasswordEncoderFactories.createDelegatingPasswordEncoder(), cpu);
    }

    /**
     * HTTP Basic checked against the accounts, with login throttling. A bean, so that Spring Boot
     * does not add its default in-memory user.
     */
    @Bean
    AccountAuthentication accountAuthentication(
            Accounts accounts, LoginFailures failures, PasswordEncoder passwordEncoder, Clock clock) {
        return new AccountAuthentication(accounts, failures, passwordEncoder, clock);
    }

    /**
     * Whether a 401 may carry the Basic challenge: not to the web UI's requests ({@code X-Requested-With})
     * nor to anything a browser sends ({@code Sec-Fetch-Mode}), which would show its login prompt and
     * then attach what was typed to every request to the service, other sites' forms included.
     */
    static boolean invitesLoginPrompt(HttpServletRequest request) {
        return request.getHeader("X-Requested-With") == null && request.getHeader("Sec-Fetch-Mode") == null;
    }

    private static String inWords(long seconds) {
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }

    private static String inWordsRu(long seconds) {
        if (seconds < 120) return seconds + " " + Text.plural(seconds, "секунду", "секунды", "секунд");
        long minutes = (seconds + 59) / 60;
        return minutes + " " + Text.plural(minutes, "минуту", "минуты", "минут");
    }
}
