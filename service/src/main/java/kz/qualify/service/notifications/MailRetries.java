package kz.qualify.service.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the mails that are due again, every {@code qualify.mail.retry-interval} (30 seconds). */
@Component
@Profile("!command")
class MailRetries {

    private static final Logger log = LoggerFactory.getLogger(MailRetries.class);

    private final MailOutbox outbox;

    MailRetries(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(
            fixedDelayString = "${qualify.mail.retry-interval:30s}",
            initialDelayString = "${qualify.mail.retry-interval:30s}")
    void scheduled() {
        try {
            outbox.sendDue();
        } catch (RuntimeException e) {
            log.warn("the outbox's sweep failed; it runs again at the next interval", e);
        }
    }
}
