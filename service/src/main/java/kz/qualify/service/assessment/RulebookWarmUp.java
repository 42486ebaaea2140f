package kz.qualify.service.assessment;

import kz.qualify.service.web.Speech;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the catalog and the bundles during start-up, so the first request does not pay for them and a
 * broken catalog or bundle stops the start.
 */
@Component
@Order(-10)
class RulebookWarmUp implements ApplicationRunner {

    private final Rulebook rulebook;
    private final Speech speech;

    RulebookWarmUp(Rulebook rulebook, Speech speech) {
        this.rulebook = rulebook;
        this.speech = speech;
    }

    @Override
    public void run(ApplicationArguments args) {
        rulebook.warmUp();
        speech.warmUp();
    }
}
