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
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Etags;
import kz.qualify.service.web.Page;
import kz.qualify.service.web.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
    private final Applications applications;

    ReviewController(Review review, ApplicationWorkflow workflow, Applications applications) {
        this.review = review;
        this.workflow = workflow;
        this.applications = applications;
    }

    /** The officers' queue: submitted, resubmitted and under review, oldest first. */
    @Operation(
            operationId = "reviewQueue",
            summary = "The applications waiting for an officer, oldest first (officers and administrators)")
    @GetMapping("/api/review/queue")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    Page<Application> queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return applications.page(
                null,
                EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.RESUBMITTED, ApplicationState.UNDER_REVIEW),
                new Page.Request(page, size));
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
    Review.Checklist checklist(@PathVariable long id, Authentication who) {
        return review.checklist(Actor.of(who), id);
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
            Authentication who) {
        return review.decide(
                Actor.of(who),
                id,
                Etags.optional(ifMatch),
                form.outcome() == DecisionForm.Outcome.APPROVE,
                form.comment());
    }

    @Operation(
            operationId = "getDecision",
            summary = "The decision on an application: the licence or the reasoned refusal")
    @GetMapping(path = "/api/applications/{id}/decision", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> decision(@PathVariable long id, Authentication who) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(review.decision(Actor.of(who), id)
                        .orElseThrow(
                                () -> ApiException.notFound(Message.of("api.what.decision", Arg.count("id", id)))));
    }
}
