package kz.qualify.service.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.qualify.message.Message;
import kz.qualify.service.applications.Application;
import kz.qualify.service.applications.ApplicationState;
import kz.qualify.service.applications.Applications;
import kz.qualify.service.deadlines.StatutoryDeadlines;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Page;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The officers' queue: filed applications with their applicant, what was applied for, when it was
 * filed and the statutory deadlines it runs against, overdue first. Drafts never appear: an
 * application is the applicant's own until it is filed.
 */
@Service
public class Queue {

    /** What the queue shows unless asked for other states: what waits for an officer. */
    static final Set<ApplicationState> WAITING =
            Set.of(ApplicationState.SUBMITTED, ApplicationState.RESUBMITTED, ApplicationState.UNDER_REVIEW);

    /** The longest search text: a name or a BIN/IIN, not a document. */
    static final int MAX_SEARCH = 200;

    /** The last page that can be asked for: far beyond any real queue, and no overflow in the offset. */
    static final int MAX_PAGE = 100_000;

    private final Applications applications;
    private final StatutoryDeadlines deadlines;

    Queue(Applications applications, StatutoryDeadlines deadlines) {
        this.applications = applications;
        this.deadlines = deadlines;
    }

    /**
     * One application in the queue.
     *
     * @param decision the decision term of the latest filing, standing as of today; null when no
     *     term runs (returned, decided or withdrawn)
     * @param completenessCheck the completeness check of the latest filing; null as for {@code decision}
     */
    public record Item(
            long id,
            String applicant,
            String taxId,
            int activity,
            List<String> subActivities,
            ApplicationState state,
            @Nullable LocalDate filedOn,
            @Nullable LocalDate firstFiledOn,
            int filings,
            long version,
            StatutoryDeadlines.@Nullable View decision,
            StatutoryDeadlines.@Nullable View completenessCheck) {}

    public Page<Item> page(
            Set<ApplicationState> states,
            @Nullable String search,
            Applications.QueueOrder order,
            boolean descending,
            int page,
            int size,
            Language language) {
        if (search != null && search.length() > MAX_SEARCH) {
            throw ApiException.invalid(
                    "q", Message.of("api.queue.searchTooLong", kz.qualify.message.Arg.count("max", MAX_SEARCH)));
        }
        if (page > MAX_PAGE) {
            throw ApiException.invalid(
                    "page", Message.of("api.queue.pageTooFar", kz.qualify.message.Arg.count("max", MAX_PAGE)));
        }
        var request = new Page.Request(page, size);
        var found = applications.queue(states.isEmpty() ? WAITING : states, search, order, descending, request);
        return request.of(found.items().stream().map(q -> item(q, language)).toList(), found.total());
    }

    private Item item(Applications.Queued q, Language language) {
        var app = q.application();
        StatutoryDeadlines.View decision = null;
        StatutoryDeadlines.View check = null;
        if (running(app)) {
            var filing = deadlines.filing(app.filedOn(), app.filings() > 1);
            decision = deadlines.view(filing.of(StatutoryDeadlines.DECISION), language);
            check = deadlines.view(filing.of(StatutoryDeadlines.COMPLETENESS_CHECK), language);
        }
        return new Item(
                app.id(),
                q.applicant(),
                q.taxId(),
                app.activity(),
                app.subActivities(),
                app.state(),
                app.filedOn(),
                app.firstFiledOn(),
                app.filings(),
                app.version(),
                decision,
                check);
    }

    /** The terms run while the application waits for the licensor: filed, and not returned or closed. */
    static boolean running(Application app) {
        return app.filedOn() != null && (app.state().awaitingReview() || app.state() == ApplicationState.UNDER_REVIEW);
    }

    /** The deadlines of one application, as of today; empty when none runs. */
    public List<StatutoryDeadlines.View> deadlinesOf(Application app, Language language) {
        if (!running(app)) return List.of();
        var filing = deadlines.filing(app.filedOn(), app.filings() > 1);
        return filing.deadlines().stream().map(d -> deadlines.view(d, language)).toList();
    }
}
