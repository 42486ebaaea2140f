package kz.qualify.service.assessment;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the catalog during start-up, so the first request does not pay for it and a broken catalog stops the start. */
@Component
@Profile("!command") // the command-line modes (--verify-audit, --reset-admin-password) assess nothing
@Order(-10)
class RulebookWarmUp implements ApplicationRunner {

    private final Rulebook rulebook;

    RulebookWarmUp(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    @Override
    public void run(ApplicationArguments args) {
        rulebook.warmUp();
    }
}
