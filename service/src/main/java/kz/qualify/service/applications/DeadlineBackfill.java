package kz.qualify.service.applications;

import kz.qualify.service.deadlines.StatutoryDeadlines;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the deadlines of filings made before the service kept them (migration V20 gave those
 * their filing day only), once, at start. Idempotent: only rows without deadlines are touched, so
 * instances starting together compute the same dates.
 */
@Component
@Profile("!command")
class DeadlineBackfill implements ApplicationRunner {

    private final Applications applications;
    private final StatutoryDeadlines deadlines;

    DeadlineBackfill(Applications applications, StatutoryDeadlines deadlines) {
        this.applications = applications;
        this.deadlines = deadlines;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (long id : applications.withoutDeadlines()) {
            var app = applications.find(id).orElseThrow();
            if (app.filedOn() == null) continue;
            var filing = deadlines.filing(app.filedOn(), app.filings() > 1);
            applications.setDeadlines(
                    id,
                    filing.lastDay(StatutoryDeadlines.COMPLETENESS_CHECK),
                    filing.lastDay(StatutoryDeadlines.DECISION));
        }
    }
}
