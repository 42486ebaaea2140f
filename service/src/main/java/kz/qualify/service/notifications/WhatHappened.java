package kz.qualify.service.notifications;

import java.util.Map;
import kz.qualify.service.applications.ApplicationMoved;
import kz.qualify.service.applications.ApplicationState;
import kz.qualify.service.applications.DeadlinePassed;
import kz.qualify.service.organisations.Organisations;
import kz.qualify.service.web.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened to applications into notices: the applicant hears of its filing, a return with
 * the reasons and the decision; the officers hear of each new filing and of each term that passed.
 * In the transaction of the change, so a notice exists exactly when the change does.
 */
@Component
class WhatHappened implements DeadlinePassed.Listener {

    private final Notifications notifications;
    private final Organisations organisations;

    WhatHappened(Notifications notifications, Organisations organisations) {
        this.notifications = notifications;
        this.organisations = organisations;
    }

    @EventListener
    void moved(ApplicationMoved m) {
        var id = Long.toString(m.applicationId());
        var applicant =
                organisations.find(m.organisationId()).map(o -> o.name()).orElse("");
        switch (m.to()) {
            case SUBMITTED, RESUBMITTED -> {
                notifications.tell(
                        Actor.Role.APPLICANT,
                        m.organisationId(),
                        Notification.Kind.FILED,
                        m.applicationId(),
                        Map.of("application", id),
                        null);
                notifications.tell(
                        Actor.Role.OFFICER,
                        null,
                        Notification.Kind.NEW_FILING,
                        m.applicationId(),
                        Map.of("application", id, "applicant", applicant),
                        null);
            }
            case RETURNED ->
                notifications.tell(
                        Actor.Role.APPLICANT,
                        m.organisationId(),
                        Notification.Kind.RETURNED,
                        m.applicationId(),
                        Map.of("application", id, "reasons", String.join("; ", m.reasons())),
                        null);
            case APPROVED, REFUSED ->
                notifications.tell(
                        Actor.Role.APPLICANT,
                        m.organisationId(),
                        Notification.Kind.DECIDED,
                        m.applicationId(),
                        Map.of(
                                "application",
                                id,
                                "outcome",
                                m.to() == ApplicationState.APPROVED ? "APPROVED" : "REFUSED"),
                        null);
            default -> {
                // taking up and withdrawing tell no one
            }
        }
    }

    @Override
    public void passed(DeadlinePassed passed) {
        notifications.tell(
                Actor.Role.OFFICER,
                null,
                Notification.Kind.OVERDUE,
                passed.applicationId(),
                Map.of(
                        "application", Long.toString(passed.applicationId()),
                        "term", passed.term(),
                        "lastDay", passed.lastDay().toString()),
                "overdue:" + passed.applicationId() + ":" + passed.filing() + ":" + passed.term());
    }
}
