package kz.qualify.service.applications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.deadlines.StatutoryDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statutory clock recorded: every {@code qualify.deadline-check-interval} (10 minutes by
 * default) each term of the latest filing that has passed while the application still waits for the
 * licensor (filed, resubmitted or under review) is recorded once, with its consequence, in the table
 * and the audit trail, and those who must act are told ({@link DeadlinePassed} listeners). Where a
 * term stands today is also computed whenever it is read; this keeps the fact that it passed.
 */
@Component
@Profile("!command")
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final JdbcClient jdbc;
    private final Applications applications;
    private final StatutoryDeadlines deadlines;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ObjectProvider<DeadlinePassed.Listener> listeners;

    DeadlineWatch(
            JdbcClient jdbc,
            Applications applications,
            StatutoryDeadlines deadlines,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock,
            ObjectProvider<DeadlinePassed.Listener> listeners) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.deadlines = deadlines;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.listeners = listeners;
    }

    @Scheduled(
            fixedDelayString = "${qualify.deadline-check-interval:10m}",
            initialDelayString = "${qualify.deadline-check-interval:10m}")
    void scheduled() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("the check of statutory deadlines failed; it runs again at the next interval", e);
        }
    }

    /** Records every term passed and not recorded yet; the number recorded. */
    public int check() {
        var today = deadlines.today();
        var due = jdbc.sql("""
                SELECT id FROM applications
                WHERE state IN ('SUBMITTED', 'RESUBMITTED', 'UNDER_REVIEW')
                  AND (check_due < :today OR decision_due < :today)""").param("today", today).query(Long.class).list();
        int recorded = 0;
        for (long id : due) {
            var app = applications.find(id).orElse(null);
            if (app == null || app.filedOn() == null) continue;
            var filing = deadlines.filing(app.filedOn(), app.filings() > 1);
            for (var d : filing.deadlines()) {
                if (!d.passed(today)) continue;
                var passed = new DeadlinePassed(
                        id,
                        app.filings(),
                        d.term().id(),
                        d.lastDay(),
                        d.passesOn(),
                        d.term().ifMissed().id());
                if (record(passed)) recorded++;
            }
        }
        return recorded;
    }

    private boolean record(DeadlinePassed passed) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                int n = jdbc.sql("""
                        INSERT INTO deadlines_passed (application_id, filing, term, last_day, passed_on, consequence,
                                                      recorded_at)
                        SELECT :a, :f, :t, :last, :passed, :c, :at
                        WHERE NOT EXISTS (SELECT 1 FROM deadlines_passed
                                          WHERE application_id = :a AND filing = :f AND term = :t)""")
                        .param("a", passed.applicationId())
                        .param("f", passed.filing())
                        .param("t", passed.term())
                        .param("last", passed.lastDay())
                        .param("passed", passed.passedOn())
                        .param("c", passed.consequence())
                        .param("at", OffsetDateTime.now(clock))
                        .update();
                if (n == 0) return false;
                audit.append(
                        "system",
                        "deadline.passed",
                        "application",
                        Long.toString(passed.applicationId()),
                        null,
                        Map.of(
                                "filing", passed.filing(),
                                "term", passed.term(),
                                "lastDay", passed.lastDay().toString(),
                                "consequence", passed.consequence()));
                listeners.orderedStream().forEach(l -> l.passed(passed));
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false; // another instance recorded it at the same moment
        }
    }
}
