package kz.qualify.service.notifications;

import java.time.LocalDate;
import java.util.Map;
import kz.qualify.catalog.Catalog;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.accounts.Account;
import kz.qualify.service.web.Speech;
import kz.qualify.wording.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes a notice's e-mail in the account's language and hands it to the SMTP server set by {@code
 * spring.mail.host}, {@code spring.mail.port}, … — when {@code qualify.mail.enabled} is true. Off by
 * default: the embedded demo sends nothing. Which mails to send, when, and what follows a failure is
 * the {@link MailOutbox}'s.
 */
@Component
class NotificationMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final Speech speech;
    private final String from;

    NotificationMailer(
            ObjectProvider<JavaMailSender> sender,
            Speech speech,
            @Value("${qualify.mail.from:qualify@localhost}") String from) {
        this.sender = sender;
        this.speech = speech;
        this.from = from;
    }

    /**
     * Sends the notice to the account's address.
     *
     * @throws RuntimeException when the mail could not be handed over (the outbox tries again)
     */
    void send(long id, Account recipient, Notification.Kind kind, Map<String, String> facts) {
        var email = recipient.profile().email();
        if (email == null) throw new IllegalStateException("the account has no e-mail address");
        var mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException(
                    "qualify.mail.enabled is true but no SMTP server is set (spring.mail.host)");
        }
        var tag = recipient.profile().preferredLanguage();
        var language = Language.of(tag == null ? "ru" : tag);
        var words = speech.in(language);
        var given = new Notifications.Given(id, recipient, kind, facts);
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(words.render(Message.of(subjectKey(kind), args(given, language))));
        message.setText(words.render(Message.of(bodyKey(kind), args(given, language))));
        mail.send(message);
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
