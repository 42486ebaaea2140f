package kz.qualify.service.notifications;

import java.util.Map;
import kz.qualify.procedure.Standing;
import kz.qualify.service.applications.Applications;
import kz.qualify.service.deadlines.StatutoryDeadlines;
import kz.qualify.service.web.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns the officers, once per filing, when the decision on an application waiting for them is due
 * within {@code qualify.notify.days-before} working days (3 by default), checked every
 * {@code qualify.deadline-check-interval}.
 */
@Component
@Profile("!command")
public class DeadlineNear {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNear.class);

    private final Applications applications;
    private final StatutoryDeadlines deadlines;
    private final Notifications notifications;
    private final int daysBefore;

    DeadlineNear(
            Applications applications,
            StatutoryDeadlines deadlines,
            Notifications notifications,
            @Value("${qualify.notify.days-before:3}") int daysBefore) {
        if (daysBefore < 1 || daysBefore > 15) {
            throw new IllegalArgumentException(
                    "qualify.notify.days-before must be 1 to 15 working days, not " + daysBefore);
        }
        this.applications = applications;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.daysBefore = daysBefore;
    }

    @Scheduled(
            fixedDelayString = "${qualify.deadline-check-interval:10m}",
            initialDelayString = "${qualify.deadline-check-interval:10m}")
    void scheduled() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("the check of deadlines drawing near failed; it runs again at the next interval", e);
        }
    }

    /** Warns of every decision due within the set working days not warned of yet; how many were due. */
    @Transactional
    public int check() {
        // calendar days are at least as many as working days: this bounds the applications to count
        var until = deadlines.today().plusDays(daysBefore * 3L + 14);
        int due = 0;
        for (var app : applications.waitingWithDecisionDueBy(until)) {
            if (app.filedOn() == null) continue;
            var decision = deadlines.filing(app.filedOn(), app.filings() > 1).of(StatutoryDeadlines.DECISION);
            if (!(deadlines.standing(decision) instanceof Standing.Running r) || r.workingDaysLeft() > daysBefore)
                continue;
            due++;
            notifications.tell(
                    Actor.Role.OFFICER,
                    null,
                    Notification.Kind.DEADLINE_NEAR,
                    app.id(),
                    Map.of(
                            "application", Long.toString(app.id()),
                            "lastDay", decision.lastDay().toString(),
                            "days", Integer.toString(r.workingDaysLeft())),
                    "near:" + app.id() + ":" + app.filings());
        }
        return due;
    }
}
