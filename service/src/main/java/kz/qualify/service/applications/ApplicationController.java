package kz.qualify.service.applications;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.assessment.Rulebook;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Etags;
import kz.qualify.service.web.IdempotentRequests;
import kz.qualify.service.web.Page;
import kz.qualify.service.web.Refuses;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final ApplicationWorkflow workflow;
    private final Applications applications;
    private final Rulebook rulebook;
    private final IdempotentRequests idempotency;

    ApplicationController(
            ApplicationWorkflow workflow,
            Applications applications,
            Rulebook rulebook,
            IdempotentRequests idempotency) {
        this.workflow = workflow;
        this.applications = applications;
        this.rulebook = rulebook;
        this.idempotency = idempotency;
    }

    record NewApplication(
            @NotNull @Min(1) @Max(99) Integer activity,
            @Nullable List<String> subActivities) {}

    @ResponseStatus(HttpStatus.CREATED) // as ResponseEntity answers: declared for the API document
    @Operation(
            operationId = "createApplication",
            summary = "Start a draft application for an activity and its sub-activities (applicants)")
    @PostMapping
    ResponseEntity<Application> create(@Valid @RequestBody NewApplication form, Authentication who) {
        var app = workflow.create(
                Actor.of(who), form.activity(), form.subActivities() == null ? List.of() : form.subActivities());
        return ResponseEntity.created(URI.create("/api/applications/" + app.id()))
                .eTag(Etags.of(app.version()))
                .body(app);
    }

    /** Applicants see their organisation's applications; officers and administrators all, optionally by state. */
    @Operation(
            operationId = "listApplications",
            summary = "Applications, page by page: an applicant's own, or the ones an officer may see")
    @GetMapping
    Page<Application> list(
            @RequestParam(required = false) @Nullable List<ApplicationState> state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication who) {
        var actor = Actor.of(who);
        var states = state == null || state.isEmpty() ? EnumSet.noneOf(ApplicationState.class) : EnumSet.copyOf(state);
        return applications.page(actor.isStaff() ? null : actor.organisationId(), states, new Page.Request(page, size));
    }

    @Operation(operationId = "getApplication", summary = "One application: its activity, status and dates")
    @GetMapping("/{id}")
    ResponseEntity<Application> get(@PathVariable long id, Authentication who) {
        var app = workflow.visible(Actor.of(who), id);
        return ResponseEntity.ok().eTag(Etags.of(app.version())).body(app);
    }

    @Operation(operationId = "getDossier", summary = "The application's dossier, as JSON")
    @GetMapping(path = "/{id}/dossier", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> dossier(@PathVariable long id, Authentication who) {
        var app = workflow.visible(Actor.of(who), id);
        return ResponseEntity.ok()
                .eTag(Etags.of(app.version()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(utf8(applications.dossier(id)));
    }

    @Operation(operationId = "replaceDossier", summary = "Replace the dossier of a draft or returned application")
    @Refuses(409)
    @PutMapping(path = "/{id}/dossier", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Application> editDossier(
            @PathVariable long id,
            @RequestBody String dossier,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who) {
        var actor = Actor.of(who);
        workflow.visible(actor, id);
        var app = workflow.editDossier(actor, id, Etags.required(ifMatch), dossier);
        return ResponseEntity.ok().eTag(Etags.of(app.version())).body(app);
    }

    /**
     * The live assessment of the current dossier, with its remedies; a document counts only when its
     * file is attached to the slot it belongs in, and each finding names the files it rests on.
     */
    @Operation(operationId = "getAssessment", summary = "The assessment of the application's dossier as it stands")
    @GetMapping(path = "/{id}/assessment", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> assessment(@PathVariable long id, Authentication who, Language language) {
        var live = workflow.liveAssessment(Actor.of(who), id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(rulebook.bytes(live.assessment(), live.proven(), language));
    }

    @ResponseStatus(HttpStatus.CREATED) // as ResponseEntity answers: declared for the API document
    @Operation(
            operationId = "submitApplication",
            summary = "File the application (applicants): assessed, receipted and queued for review")
    @Refuses(409)
    @PostMapping(path = "/{id}/submit", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> submit(
            @PathVariable long id,
            @RequestBody(required = false) @Nullable String body,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) @Nullable String key,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who,
            Language language) {
        var actor = Actor.of(who);
        var idemKey = IdempotentRequests.requireKey(key);
        // the answer carries the assessment in the request's language: a retry in another language
        // would be answered in the first one's, so it counts as another request
        var hash = IdempotentRequests.fingerprint(
                "POST",
                "/api/applications/" + id + "/submit",
                body == null ? "" : body,
                ifMatch == null ? "" : ifMatch,
                language.tag());
        var response = idempotency.once(
                actor.username(),
                idemKey,
                hash,
                () -> workflow.submit(actor, id, Etags.optional(ifMatch), idemKey, hash, language));
        var builder = ResponseEntity.status(response.status())
                .contentType(MediaType.APPLICATION_JSON)
                .location(URI.create("/api/applications/" + id));
        if (response.etag() != null) builder.eTag(response.etag());
        return builder.body(utf8(response.body() == null ? "" : response.body()));
    }

    @Operation(
            operationId = "withdrawApplication",
            summary = "Withdraw an application that is not yet decided (applicants)")
    @Refuses(409)
    @PostMapping("/{id}/withdraw")
    ResponseEntity<Application> withdraw(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who) {
        var app = workflow.withdraw(Actor.of(who), id, Etags.optional(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(app.version())).body(app);
    }

    record SubmissionView(
            int number,
            String verdict,
            @Nullable String editionId,
            @Nullable String rulesVersion,
            String legalDate,
            String submittedBy,
            String submittedAt) {}

    @Operation(
            operationId = "listSubmissions",
            summary = "Each filing of an application, with the assessment at the time")
    @GetMapping("/{id}/submissions")
    List<SubmissionView> submissions(@PathVariable long id, Authentication who) {
        workflow.visible(Actor.of(who), id);
        return applications.submissions(id).stream()
                .map(s -> new SubmissionView(
                        s.number(),
                        s.verdict(),
                        s.editionId(),
                        s.rulesVersion(),
                        s.legalDate().toString(),
                        s.submittedBy(),
                        s.submittedAt().toString()))
                .toList();
    }

    /** One filing: the dossier as filed and the assessment as stored. */
    @Operation(operationId = "getSubmission", summary = "One filing of an application, as it was assessed then")
    @GetMapping(path = "/{id}/submissions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> submission(@PathVariable long id, @PathVariable int number, Authentication who) {
        workflow.visible(Actor.of(who), id);
        var s = applications
                .submission(id, number)
                .orElseThrow(
                        () -> ApiException.notFound(Message.of("api.what.submission", Arg.count("number", number))));
        var body = "{\"number\":" + s.number() + ",\"legalDate\":\"" + s.legalDate() + "\",\"dossier\":" + s.dossier()
                + ",\"assessment\":" + s.assessment() + "}";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(utf8(body));
    }

    /**
     * Replays a past filing: assesses the stored dossier again under the edition and on the legal date
     * it was assessed with, and says whether the result is the one stored.
     */
    @Operation(
            operationId = "replaySubmission",
            summary = "Assess a past filing again under today's rules, and compare with the verdict it had")
    @GetMapping("/{id}/submissions/{number}/replay")
    Map<String, Object> replay(@PathVariable long id, @PathVariable int number, Authentication who, Language language) {
        workflow.visible(Actor.of(who), id);
        var s = applications
                .submission(id, number)
                .orElseThrow(
                        () -> ApiException.notFound(Message.of("api.what.submission", Arg.count("number", number))));
        var replayed = rulebook.replay(rulebook.read(s.dossier()), s.legalDate(), s.editionId());
        var json = rulebook.write(replayed);
        return Map.of(
                "number",
                s.number(),
                "legalDate",
                s.legalDate().toString(),
                "editionId",
                String.valueOf(s.editionId()),
                "sameAsStored",
                json.equals(s.assessment()),
                "assessment",
                rulebook.tree(replayed, language));
    }

    /** The statutory terms recorded as passed while the application waited, with what followed. */
    @Operation(
            operationId = "getPassedDeadlines",
            summary = "The statutory terms that passed for an application, and what followed")
    @GetMapping("/{id}/deadlines/passed")
    List<DeadlinePassed> deadlinesPassed(@PathVariable long id, Authentication who) {
        workflow.visible(Actor.of(who), id);
        return applications.recorded(id);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
