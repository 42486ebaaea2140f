package kz.qualify.service.review;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.applications.Application;
import kz.qualify.service.applications.ApplicationState;
import kz.qualify.service.applications.ApplicationWorkflow;
import kz.qualify.service.applications.Applications;
import kz.qualify.service.deadlines.StatutoryDeadlines;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Etags;
import kz.qualify.service.web.Page;
import kz.qualify.service.web.Refuses;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReviewController {

    private final Review review;
    private final ApplicationWorkflow workflow;
    private final Queue queue;
    private final DossierForOfficer dossiers;

    ReviewController(Review review, ApplicationWorkflow workflow, Queue queue, DossierForOfficer dossiers) {
        this.review = review;
        this.workflow = workflow;
        this.queue = queue;
        this.dossiers = dossiers;
    }

    /**
     * The filed dossier in words for the officer: each person with education, experience and what the
     * rules found about them; works and equipment; the documents evidencing each requirement.
     */
    @Operation(
            operationId = "getDossierForOfficer",
            summary =
                    "The filed dossier in words for the officer: staff, works and equipment, and each requirement's documents")
    @GetMapping("/api/applications/{id}/review/dossier")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    DossierForOfficer.View dossier(@PathVariable long id, Authentication who, Language language) {
        return dossiers.of(Actor.of(who), id, language);
    }

    /** How the queue is sorted: by the decision's deadline (the default), filing day, applicant or last change. */
    enum Sort {
        DEADLINE(Applications.QueueOrder.DEADLINE),
        FILED(Applications.QueueOrder.FILED),
        APPLICANT(Applications.QueueOrder.APPLICANT),
        UPDATED(Applications.QueueOrder.UPDATED);

        final Applications.QueueOrder order;

        Sort(Applications.QueueOrder order) {
            this.order = order;
        }
    }

    /**
     * The officers' queue: filed applications (submitted, resubmitted and under review unless other
     * states are asked for), with the applicant, the filing day and the statutory deadlines, the
     * nearest deadline first — so the overdue rise to the top. {@code q} searches the applicant's name
     * (any part) and BIN/IIN (its beginning). Never a draft.
     */
    @Operation(
            operationId = "reviewQueue",
            summary =
                    "The applications waiting for an officer, the nearest statutory deadline first (officers and administrators)")
    @GetMapping("/api/review/queue")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    Page<Queue.Item> queue(
            @RequestParam(required = false) @Nullable List<ApplicationState> state,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "DEADLINE") Sort sort,
            @RequestParam(defaultValue = "false") boolean descending,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Language language) {
        var states = state == null || state.isEmpty() ? EnumSet.noneOf(ApplicationState.class) : EnumSet.copyOf(state);
        return queue.page(states, q, sort.order, descending, page, size, language);
    }

    /** The statutory deadlines of one filed application, as of today (none while returned or closed). */
    @Operation(
            operationId = "getDeadlines",
            summary = "The statutory deadlines of a filed application as of today, with working days left")
    @GetMapping("/api/applications/{id}/deadlines")
    List<StatutoryDeadlines.View> deadlines(@PathVariable long id, Authentication who, Language language) {
        return queue.deadlinesOf(workflow.visible(Actor.of(who), id), language);
    }

    @Operation(operationId = "startReview", summary = "Take a filed application into review (officers)")
    @Refuses(409)
    @PostMapping("/api/applications/{id}/review/start")
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<Application> start(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who) {
        var app = workflow.startReview(Actor.of(who), id, Etags.optional(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(app.version())).body(app);
    }

    @Operation(
            operationId = "getReviewChecklist",
            summary = "The review points of an application, with the officer's judgments so far")
    @GetMapping("/api/applications/{id}/review")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    Review.Checklist checklist(@PathVariable long id, Authentication who, Language language) {
        return review.checklist(Actor.of(who), id, language);
    }

    /**
     * The filed assessment as the officer's acceptances make it read: the filing assessed again with
     * each need whose absence the officer accepted taken out, the acceptances beside it (who, when,
     * why). Derived: the filed record is untouched. Whoever may see the application may read it.
     */
    @Operation(
            operationId = "getReviewedAssessment",
            summary =
                    "The filed assessment re-read with the absences the officer accepted (the filed record is unchanged)")
    @GetMapping(path = "/api/applications/{id}/reviewed-assessment", produces = MediaType.APPLICATION_JSON_VALUE)
    tools.jackson.databind.node.ObjectNode reviewedAssessment(
            @PathVariable long id, Authentication who, Language language) {
        return review.reviewedAssessment(Actor.of(who), id, language);
    }

    record JudgmentForm(
            @NotNull Judgment.Outcome outcome,
            @NotBlank @Size(max = 4000) String comment) {}

    @Operation(
            operationId = "recordJudgment",
            summary = "Record the officer's judgment on one review point, with the comment (officers)")
    @Refuses(409)
    @PutMapping("/api/applications/{id}/judgments/{subject}")
    @PreAuthorize("hasRole('OFFICER')")
    Judgment judge(
            @PathVariable long id,
            @PathVariable String subject,
            @Valid @RequestBody JudgmentForm form,
            Authentication who) {
        return review.judge(Actor.of(who), id, subject, form.outcome(), form.comment());
    }

    /** An absence to accept: the need (its requirement and slot) and the officer's reason. */
    record AbsenceForm(
            @NotBlank @Size(max = 100) String requirementId,
            @NotBlank @Size(max = 200) String slot,
            @NotBlank @Size(max = 4000) String reason) {}

    /**
     * Accepts, with a reason, that a need the law makes conditional ("при их использовании") is absent
     * with no document behind it: the assessment and the decision then leave the need out. Only a
     * conditional need of the submission under review with no document attached can be accepted.
     */
    @Operation(
            operationId = "acceptAbsence",
            summary = "Accept without its document a conditional need that has none, with the reason (officers)")
    @Refuses(409)
    @PostMapping("/api/applications/{id}/review/absences")
    @PreAuthorize("hasRole('OFFICER')")
    Review.Absence acceptAbsence(@PathVariable long id, @Valid @RequestBody AbsenceForm form, Authentication who) {
        return review.acceptAbsence(Actor.of(who), id, form.requirementId(), form.slot(), form.reason());
    }

    /** Withdraws the acceptance of an absence: the need counts again. */
    @Operation(
            operationId = "withdrawAbsence",
            summary = "Withdraw the acceptance of a need's absence: the need counts again (officers)")
    @Refuses(409)
    @DeleteMapping("/api/applications/{id}/review/absences")
    @PreAuthorize("hasRole('OFFICER')")
    Review.Absence withdrawAbsence(
            @PathVariable long id,
            @RequestParam("requirement") String requirementId,
            @RequestParam("slot") String slot,
            Authentication who) {
        return review.withdrawAbsence(Actor.of(who), id, requirementId, slot);
    }

    record ReturnForm(@NotEmpty List<@NotBlank @Size(max = 2000) String> reasons) {}

    @Operation(
            operationId = "returnForCompletion",
            summary = "Return an application to the applicant for completion, with the reasons (officers)")
    @Refuses(409)
    @PostMapping("/api/applications/{id}/return")
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<Application> returnForCompletion(
            @PathVariable long id,
            @Valid @RequestBody ReturnForm form,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who) {
        var app = workflow.returnForCompletion(Actor.of(who), id, Etags.optional(ifMatch), form.reasons());
        return ResponseEntity.ok().eTag(Etags.of(app.version())).body(app);
    }

    /** The decision: APPROVE or REFUSE. */
    record DecisionForm(
            @NotNull Outcome outcome,
            @Nullable @Size(max = 4000) String comment) {
        enum Outcome {
            APPROVE,
            REFUSE
        }
    }

    @Operation(
            operationId = "decide",
            summary =
                    "Decide an application under review: issue the licence or refuse on the upheld grounds (officers)")
    @Refuses(409)
    @PostMapping("/api/applications/{id}/decision")
    @PreAuthorize("hasRole('OFFICER')")
    Review.Decision decide(
            @PathVariable long id,
            @Valid @RequestBody DecisionForm form,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who,
            Language language) {
        return review.decide(
                Actor.of(who),
                id,
                Etags.optional(ifMatch),
                form.outcome() == DecisionForm.Outcome.APPROVE,
                form.comment(),
                language);
    }

    /**
     * The decision: the licence number or the refusal's grounds, its date, the officer's name and
     * position, the licensing authority (named in the request's language) and, for a refusal, the
     * notice of the right to appeal and where.
     */
    @Operation(
            operationId = "getDecision",
            summary = "The decision on an application: the licence or the reasoned refusal")
    @GetMapping(path = "/api/applications/{id}/decision", produces = MediaType.APPLICATION_JSON_VALUE)
    java.util.Map<String, Object> decision(@PathVariable long id, Authentication who, Language language) {
        return review.decision(Actor.of(who), id, language)
                .orElseThrow(() -> ApiException.notFound(Message.of("api.what.decision", Arg.count("id", id))));
    }
}
