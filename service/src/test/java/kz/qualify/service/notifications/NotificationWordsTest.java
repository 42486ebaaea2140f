package kz.qualify.service.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qualify.service.web.Speech;
import kz.qualify.wording.Phrasebook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of notice has its e-mail's subject and body in the service's bundles. */
class NotificationWordsTest {

    private static final Phrasebook PHRASES = Phrasebook.load(Phrasebook.FINDINGS, Speech.API);

    @ParameterizedTest
    @EnumSource(Notification.Kind.class)
    void everyKindHasASubjectAndABody(Notification.Kind kind) {
        assertThat(PHRASES.has(NotificationMailer.subjectKey(kind))).isTrue();
        assertThat(PHRASES.has(NotificationMailer.bodyKey(kind))).isTrue();
    }
}
