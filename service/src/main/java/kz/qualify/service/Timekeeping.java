package kz.qualify.service;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock that expiries are measured with (idempotency keys, login lock-outs) — one bean, so a
 * test can move time instead of sleeping — and the scheduler that runs the periodic clean-ups
 * ({@code qualify.purge-interval}). The clean-ups are conditional deletes, so any number of
 * instances may run them against one database; the command-line modes do not schedule them.
 */
@Configuration(proxyBeanMethods = false)
class Timekeeping {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @Profile("!command")
    static class Scheduling {}
}
