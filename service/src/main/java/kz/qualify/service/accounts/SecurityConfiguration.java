package kz.qualify.service.accounts;

import kz.qualify.service.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP Basic on everything but the public registry, health and the API document; stateless (no
 * session), so any instance serves any request. Failures answer with problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
        http.csrf(c -> c.disable())
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
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> {
                    res.setHeader("WWW-Authenticate", "Basic realm=\"qualify\"");
                    Problems.write(
                            res,
                            json,
                            HttpStatus.UNAUTHORIZED,
                            "unauthenticated",
                            "authentication is required (HTTP Basic)");
                }))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) ->
                        Problems.write(res, json, HttpStatus.FORBIDDEN, "forbidden", "you may not do this")))
                .headers(h -> h.cacheControl(c -> {}));
        return http.build();
    }

    /** No tracing observation around every security filter: it costs more than the rest of the chain. */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new VerifiedCredentials(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    UserDetailsService accountDetails(Accounts accounts) {
        return username -> accounts.credentials(username)
                .map(c -> new AccountPrincipal(c.account(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
