package kz.qualify.service.notifications;

import java.time.LocalDate;
import kz.qualify.catalog.Catalog;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.web.Speech;
import kz.qualify.wording.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each notice by e-mail, once its transaction has committed, to an account that has an address,
 * in the account's language — when {@code qualify.mail.enabled} is true and an SMTP server is set
 * ({@code spring.mail.host}, {@code spring.mail.port}, …). Off by default: the embedded demo sends
 * nothing. A failed delivery is logged and the notice stays in the inbox; it is not retried.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Notifications notifications;
    private final Speech speech;
    private final boolean enabled;
    private final String from;

    NotificationMailer(
            ObjectProvider<JavaMailSender> sender,
            Notifications notifications,
            Speech speech,
            @Value("${qualify.mail.enabled:false}") boolean enabled,
            @Value("${qualify.mail.from:qualify@localhost}") String from) {
        this.sender = sender;
        this.notifications = notifications;
        this.speech = speech;
        this.enabled = enabled;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void send(Notifications.Given given) {
        if (!enabled) return;
        var email = given.recipient().profile().email();
        if (email == null) return;
        var mail = sender.getIfAvailable();
        if (mail == null) {
            log.warn("qualify.mail.enabled is true but no SMTP server is set (spring.mail.host): no e-mail sent");
            return;
        }
        var tag = given.recipient().profile().preferredLanguage();
        var language = Language.of(tag == null ? "ru" : tag);
        var words = speech.in(language);
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(words.render(Message.of(subjectKey(given.kind()), args(given, language))));
        message.setText(words.render(Message.of(bodyKey(given.kind()), args(given, language))));
        try {
            mail.send(message);
            notifications.emailed(given.id());
        } catch (RuntimeException e) {
            log.warn("the notice {} could not be e-mailed to {}: {}", given.id(), email, e.getMessage());
        }
    }

    /** The bundle key of a notice's e-mail subject (every kind has one: NotificationWordsTest). */
    static String subjectKey(Notification.Kind kind) {
        return "notification." + kind.name() + ".subject";
    }

    static String bodyKey(Notification.Kind kind) {
        return "notification." + kind.name() + ".body";
    }

    private Arg[] args(Notifications.Given given, Language language) {
        var f = given.facts();
        var words = speech.in(language);
        var lang = java.util.List.of("kk", "ru", "en").contains(language.tag()) ? language.tag() : "en";
        return new Arg[] {
            Arg.text("application", f.getOrDefault("application", "")),
            Arg.text("applicant", f.getOrDefault("applicant", "")),
            Arg.text("reasons", f.getOrDefault("reasons", "")),
            Arg.text("outcome", f.containsKey("outcome") ? words.say("notification.outcome." + f.get("outcome")) : ""),
            Arg.text(
                    "term",
                    f.containsKey("term")
                            ? Catalog.standard().procedureWords().text(lang, "procedure.term." + f.get("term"))
                            : ""),
            Arg.text("lastDay", f.containsKey("lastDay") ? day(LocalDate.parse(f.get("lastDay"))) : ""),
            Arg.text("days", f.getOrDefault("days", ""))
        };
    }

    private static String day(LocalDate d) {
        return "%02d.%02d.%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
