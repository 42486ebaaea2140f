package kz.qualify.service.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.QualifyProperties;
import kz.qualify.service.web.CpuBound;
import kz.qualify.service.web.DatabaseFaults;
import kz.qualify.service.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
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
            HttpSecurity http,
            JsonMapper json,
            AccountAuthentication authentication,
            Problems problems,
            QualifyProperties properties)
            throws Exception {
        // this chain's own manager, with the one provider: a failed login is counted exactly once
        http.authenticationManager(new ProviderManager(checkedTwiceOnAFault(authentication)))
                .addFilterBefore(
                        new CrossSiteRequests(properties.allowedOrigins(), problems, json),
                        BasicAuthenticationFilter.class)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/registry/**")
                        .permitAll()
                        // a company registers itself without an account; it gets one when approved
                        .requestMatchers(HttpMethod.POST, "/api/registrations")
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
                        // the public verification page of official documents and the check of a copy
                        .requestMatchers(HttpMethod.GET, "/v/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/v/*")
                        .permitAll()
                        // with a temporary password, only these two: who am I, and the change itself
                        .requestMatchers(HttpMethod.GET, "/api/me")
                        .authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/me/password")
                        .authenticated()
                        .anyRequest()
                        .access(new PasswordChangeRequirement()))
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> {
                    // the accounts could not be read: not the caller's fault, a 503 (LastResort)
                    if (DatabaseFaults.isFault(e)) throw e;
                    if (e instanceof LoginThrottled throttled) {
                        long seconds = throttled.retryAfterSeconds();
                        res.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                        var problem = problems.problem(
                                req,
                                HttpStatus.TOO_MANY_REQUESTS,
                                "login-throttled",
                                Message.of("api.login.throttled", Arg.message("wait", inWords(seconds))),
                                List.of());
                        problem.setProperty("retryAfter", seconds);
                        Problems.write(req, res, json, problem);
                        return;
                    }
                    if (invitesLoginPrompt(req)) res.setHeader("WWW-Authenticate", "Basic realm=\"qualify\"");
                    problems.write(
                            req,
                            res,
                            json,
                            HttpStatus.UNAUTHORIZED,
                            "unauthenticated",
                            e instanceof DisabledException
                                    ? Message.of("api.login.disabled")
                                    : Message.of("api.login.required"));
                }))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
                    if (ex instanceof AuthorizationDeniedException denied
                            && denied.getAuthorizationResult()
                                    instanceof PasswordChangeRequirement.PasswordChangeRequired) {
                        problems.write(
                                req,
                                res,
                                json,
                                HttpStatus.FORBIDDEN,
                                PasswordChangeRequirement.PROBLEM_TYPE,
                                PasswordChangeRequirement.PROBLEM_DETAIL);
                        return;
                    }
                    problems.write(req, res, json, HttpStatus.FORBIDDEN, "forbidden", Problems.FORBIDDEN);
                }))
                .headers(h -> h.cacheControl(c -> {}));
        return http.build();
    }

    /**
     * A login whose check meets a database fault is checked once more (it reads the account, and a
     * failure's count was rolled back with its transaction); a second fault reaches the entry point,
     * which leaves it to {@code LastResort}: 503 with {@code Retry-After}, not a 401 that would
     * tell the caller its password is wrong.
     */
    static AuthenticationProvider checkedTwiceOnAFault(AccountAuthentication authentication) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication login) {
                try {
                    return authentication.authenticate(login);
                } catch (RuntimeException e) {
                    if (!DatabaseFaults.isFault(e)) throw e;
                    return authentication.authenticate(login);
                }
            }

            @Override
            public boolean supports(Class<?> type) {
                return authentication.supports(type);
            }
        };
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

    /** How long to wait: seconds under two minutes, whole minutes (rounded up) beyond. */
    private static Message inWords(long seconds) {
        return seconds < 120
                ? Message.of("count.seconds", Arg.count("count", seconds))
                : Message.of("count.minutes", Arg.count("count", (seconds + 59) / 60));
    }
}
