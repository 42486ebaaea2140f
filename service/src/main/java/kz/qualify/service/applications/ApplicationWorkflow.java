package kz.qualify.service.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.qualify.assessment.Assessment;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.StaffMember;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.assessment.Attachments;
import kz.qualify.service.assessment.LegalCalendar;
import kz.qualify.service.assessment.Proven;
import kz.qualify.service.assessment.Rulebook;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.deadlines.StatutoryDeadlines;
import kz.qualify.service.organisations.Organisations;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Etags;
import kz.qualify.service.web.IdempotentRequests;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What may happen to an application and who may make it happen. Every change is one transaction
 * that locks the application's row, checks the state and the caller's right, makes the change and
 * appends it to the audit trail.
 */
@Service
public class ApplicationWorkflow {

    private final Applications applications;
    private final Organisations organisations;
    private final Rulebook rulebook;
    private final AuditTrail audit;
    private final IdempotentRequests idempotency;
    private final LegalCalendar calendar;
    private final StatutoryDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Attachments attachments;
    private final StaffImportReports staffReports;

    ApplicationWorkflow(
            Applications applications,
            Organisations organisations,
            Rulebook rulebook,
            AuditTrail audit,
            IdempotentRequests idempotency,
            LegalCalendar calendar,
            StatutoryDeadlines deadlines,
            ApplicationEventPublisher events,
            JsonMapper json,
            Attachments attachments,
            StaffImportReports staffReports) {
        this.attachments = attachments;
        this.staffReports = staffReports;
        this.applications = applications;
        this.organisations = organisations;
        this.rulebook = rulebook;
        this.audit = audit;
        this.idempotency = idempotency;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.events = events;
        this.json = json;
    }

    /** The date the law is applied on for something done today. */
    public LocalDate legalDate() {
        return calendar.today();
    }

    /** The application, if the actor may see it (404 otherwise, so foreign ids are not disclosed). */
    public Application visible(Actor actor, long id) {
        var app = applications.find(id).orElseThrow(() -> ApiException.notFound(application(id)));
        actor.requireOrganisation(app.organisationId(), application(id));
        // a draft never filed is the applicant's own: to officers and administrators it does not exist
        if (actor.isStaff() && !app.filed()) throw ApiException.notFound(application(id));
        return app;
    }

    @Transactional
    public Application create(Actor actor, int activity, List<String> subActivities) {
        requireApplicant(actor);
        var organisation = organisations
                .find(actor.organisationId())
                .orElseThrow(() -> ApiException.notFound(
                        Message.of("api.what.organisation", Arg.count("id", actor.organisationId()))));
        var subs = List.copyOf(new TreeSet<>(subActivities));
        Dossier skeleton;
        try {
            skeleton = new Dossier(
                    organisation.applicant(),
                    activity,
                    Set.copyOf(subs),
                    Set.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    List.of());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("activity", Message.of("api.application.activityNotAnItem"));
        }
        var dossier = rulebook.write(skeleton);
        rulebook.read(dossier); // the skeleton must itself be a readable dossier (unknown sub-activity codes fail here)
        long id = applications.create(organisation.id(), activity, subs, dossier, actor.username());
        var app = applications.find(id).orElseThrow();
        audit.append(actor.username(), "application.created", "application", Long.toString(id), null, app.snapshot());
        return app;
    }

    /** Replaces the dossier (applicants, while the application is a draft or returned). */
    @Transactional
    public Application editDossier(Actor actor, long id, long expectedVersion, String dossierJson) {
        var app = editable(actor, id, expectedVersion);
        var dossier = rulebook.read(dossierJson);
        return store(actor, app, expectedVersion, dossier, "application.dossier-edited");
    }

    /**
     * Replaces the dossier's staff with rows read from an uploaded table, and keeps the import's
     * report (JSON) with the application in place of the one before.
     */
    @Transactional
    public Application replaceStaff(
            Actor actor, long id, long expectedVersion, List<StaffMember> staff, String filename, String report) {
        var app = editable(actor, id, expectedVersion);
        var dossier = rulebook.read(applications.dossier(id)).withStaff(staff);
        var after = store(actor, app, expectedVersion, dossier, "application.staff-imported");
        staffReports.keep(id, filename, report, actor.username(), applications.clockNow());
        return after;
    }

    /** The last staff import's report, as {@code {"application", "report", "filename", "importedBy", "importedAt"}}. */
    public java.util.Map<String, Object> staffReport(Actor actor, long id) {
        var app = visible(actor, id);
        var kept = staffReports
                .of(id)
                .orElseThrow(() -> ApiException.notFound(Message.of("api.what.staffReport", Arg.count("id", id))));
        var body = new LinkedHashMap<String, Object>();
        body.put("application", app);
        body.put("report", json.readTree(kept.report()));
        body.put("filename", kept.filename());
        body.put("importedBy", kept.importedBy());
        body.put("importedAt", kept.importedAt().toString());
        return body;
    }

    private Application editable(Actor actor, long id, long expectedVersion) {
        requireApplicant(actor);
        var app = applications.lock(id).orElseThrow(() -> ApiException.notFound(application(id)));
        actor.requireOrganisation(app.organisationId(), application(id));
        if (app.version() != expectedVersion) throw Etags.stale();
        if (!app.state().editable()) {
            throw ApiException.conflict(
                    "not-editable", Message.of("api.application.notEditable", Arg.label("state", app.state())));
        }
        return app;
    }

    private Application store(Actor actor, Application app, long expectedVersion, Dossier dossier, String action) {
        var organisation = organisations.find(app.organisationId()).orElseThrow();
        var errors = new ArrayList<ApiException.FieldProblem>();
        if (!dossier.applicant().taxId().value().equals(organisation.taxId())) {
            errors.add(ApiException.FieldProblem.of(
                    "$.applicant",
                    Message.of("api.application.taxIdMismatch", Arg.text("taxId", organisation.taxId()))));
        }
        if (dossier.activity() != app.activity()) {
            errors.add(ApiException.FieldProblem.of(
                    "$.activity",
                    Message.of(
                            "api.application.activityMismatch",
                            Arg.count("application", app.activity()),
                            Arg.count("dossier", dossier.activity()))));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "dossier-mismatch", Message.of("api.application.dossierMismatch"), errors);
        }
        var subs = List.copyOf(new TreeSet<>(dossier.subActivities()));
        if (!applications.updateDossier(app.id(), expectedVersion, rulebook.write(dossier), subs)) throw Etags.stale();
        var after = applications.find(app.id()).orElseThrow();
        audit.append(
                actor.username(), action, "application", Long.toString(app.id()), app.snapshot(), after.snapshot());
        return after;
    }

    /** An assessment and the files its findings rest on. */
    public record Assessed(Assessment assessment, Proven proven) {}

    /**
     * The assessment of the current dossier on today's legal date, as its attached files prove it:
     * what is met and what would fix the rest.
     */
    public Assessed liveAssessment(Actor actor, long id) {
        visible(actor, id);
        var date = legalDate();
        var proven = rulebook.prove(rulebook.read(applications.dossier(id)), date, attachments.attachedTo(id));
        return new Assessed(rulebook.assess(proven.dossier(), date), proven);
    }

    /**
     * Locks an application whose documents an applicant is about to change, in the caller's
     * transaction: only its own organisation's applicants, only while it is a draft or returned. A
     * filing locks the same row, so it sees the documents either before the change or after it.
     */
    @Transactional
    public Application lockForDocuments(Actor actor, long id) {
        if (!actor.is(Actor.Role.APPLICANT)) throw ApiException.forbidden(Message.of("api.document.applicantsOnly"));
        var app = applications.lock(id).orElseThrow(() -> ApiException.notFound(application(id)));
        actor.requireOrganisation(app.organisationId(), application(id));
        if (!app.state().editable()) {
            throw ApiException.conflict("not-editable", Message.of("api.document.notEditable"));
        }
        return app;
    }

    /**
     * Files the application (draft → submitted, returned → resubmitted): stores the dossier as it is
     * and its assessment. Idempotent by key: a retry returns the stored response and files nothing.
     */
    @Transactional
    public IdempotentRequests.Response submit(
            Actor actor, long id, long expectedVersion, String key, String requestHash, Language language) {
        requireApplicant(actor);
        idempotency.claim(actor.username(), key, requestHash);
        var app = applications.lock(id).orElseThrow(() -> ApiException.notFound(application(id)));
        actor.requireOrganisation(app.organisationId(), application(id));
        if (expectedVersion >= 0 && app.version() != expectedVersion) throw Etags.stale();
        var to = switch (app.state()) {
            case DRAFT -> ApplicationState.SUBMITTED;
            case RETURNED -> ApplicationState.RESUBMITTED;
            default ->
                throw ApiException.conflict(
                        "invalid-transition",
                        Message.of("api.application.cannotSubmit", Arg.label("state", app.state())));
        };
        var legalDate = legalDate();
        // filed as the files prove it: each document kept with its file's hash, every claim without a
        // file cleared; a replay of the filing needs no files, and later changes to them alter nothing
        var proven = rulebook.prove(rulebook.read(applications.dossier(id)), legalDate, attachments.attachedTo(id));
        var dossierJson = rulebook.write(proven.dossier());
        var assessment = rulebook.assess(proven.dossier(), legalDate);
        int number = applications.submissions(id).size() + 1;
        var at = applications.clockNow();
        var filedOn = deadlines.dayOf(at.toInstant());
        // a resubmission after a return is a new filing of the documents: the terms run afresh from it
        var terms = deadlines.filing(filedOn, to == ApplicationState.RESUBMITTED);
        applications.fileSubmission(
                id,
                number,
                dossierJson,
                rulebook.write(assessment),
                assessment.verdict().name(),
                assessment.editionId(),
                assessment.rulesVersion(),
                legalDate,
                actor.username(),
                new Applications.Filing(
                        at,
                        filedOn,
                        terms.lastDay(StatutoryDeadlines.COMPLETENESS_CHECK),
                        terms.lastDay(StatutoryDeadlines.DECISION)));
        applications.changeState(id, to, null);
        var after = applications.find(id).orElseThrow();
        events.publishEvent(new ApplicationMoved(id, app.organisationId(), app.state(), to, List.of()));
        var body = new LinkedHashMap<String, Object>();
        body.put("application", after);
        body.put("submission", number);
        body.put("legalDate", legalDate.toString());
        body.put("editionId", assessment.editionId());
        body.put("rulesVersion", assessment.rulesVersion());
        body.put("assessment", rulebook.tree(assessment, proven, language));
        var response = new IdempotentRequests.Response(201, json.writeValueAsString(body), Etags.of(after.version()));
        idempotency.complete(actor.username(), key, response);
        events.publishEvent(new ApplicationFiled(id, number));
        // last, so the audit chain's head stays locked only until the commit
        audit.append(
                actor.username(),
                "application." + to.name().toLowerCase(java.util.Locale.ROOT),
                "application",
                Long.toString(id),
                app.snapshot(),
                after.snapshot());
        return response;
    }

    @Transactional
    public Application withdraw(Actor actor, long id, long expectedVersion) {
        requireApplicant(actor);
        var app = applications.lock(id).orElseThrow(() -> ApiException.notFound(application(id)));
        actor.requireOrganisation(app.organisationId(), application(id));
        if (expectedVersion >= 0 && app.version() != expectedVersion) throw Etags.stale();
        if (!ApplicationState.WITHDRAWABLE.contains(app.state())) {
            throw ApiException.conflict(
                    "invalid-transition",
                    Message.of("api.application.cannotWithdraw", Arg.label("state", app.state())));
        }
        return move(actor, app, ApplicationState.WITHDRAWN, null, "application.withdrawn");
    }

    /** An officer takes a submitted application up for review. */
    @Transactional
    public Application startReview(Actor actor, long id, long expectedVersion) {
        requireOfficer(actor);
        var app = lockForOfficer(id, expectedVersion);
        if (!app.state().awaitingReview()) {
            throw ApiException.conflict(
                    "invalid-transition", Message.of("api.application.cannotTakeUp", Arg.label("state", app.state())));
        }
        return move(actor, app, ApplicationState.UNDER_REVIEW, null, "application.review-started");
    }

    /** An officer returns the application for completion, with reasons. */
    @Transactional
    public Application returnForCompletion(Actor actor, long id, long expectedVersion, List<String> reasons) {
        requireOfficer(actor);
        if (reasons.isEmpty() || reasons.stream().allMatch(String::isBlank)) {
            throw ApiException.invalid("reasons", Message.of("api.application.reasonRequired"));
        }
        var app = lockForOfficer(id, expectedVersion);
        requireUnderReview(app);
        var clean = reasons.stream()
                .map(r -> r.replace('\n', ' ').strip())
                .filter(r -> !r.isEmpty())
                .toList();
        var returned = move(actor, app, ApplicationState.RETURNED, clean, "application.returned");
        var filed = applications.latestSubmission(id).orElseThrow();
        events.publishEvent(new ApplicationReturned(id, filed.number(), actor.username(), legalDate(), clean));
        return returned;
    }

    /**
     * Locks an application under review for a decision (the review module calls this in its
     * decision transaction, then {@link #decide}).
     */
    @Transactional
    public Application lockUnderReview(Actor actor, long id, long expectedVersion) {
        requireOfficer(actor);
        var app = lockForOfficer(id, expectedVersion);
        requireUnderReview(app);
        return app;
    }

    /** Closes a locked application under review as approved or refused. */
    @Transactional
    public Application decide(Actor actor, Application locked, boolean approved) {
        var to = approved ? ApplicationState.APPROVED : ApplicationState.REFUSED;
        return move(actor, locked, to, null, "application." + to.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Application lockForOfficer(long id, long expectedVersion) {
        var app = applications.lock(id).orElseThrow(() -> ApiException.notFound(application(id)));
        if (expectedVersion >= 0 && app.version() != expectedVersion) throw Etags.stale();
        return app;
    }

    private static void requireUnderReview(Application app) {
        if (app.state() != ApplicationState.UNDER_REVIEW) {
            throw ApiException.conflict(
                    "invalid-transition",
                    Message.of("api.application.notUnderReview", Arg.label("state", app.state())));
        }
    }

    private Application move(
            Actor actor, Application app, ApplicationState to, @Nullable List<String> reasons, String action) {
        applications.changeState(app.id(), to, reasons);
        var after = applications.find(app.id()).orElseThrow();
        events.publishEvent(new ApplicationMoved(
                app.id(), app.organisationId(), app.state(), to, reasons == null ? List.of() : reasons));
        audit.append(
                actor.username(), action, "application", Long.toString(app.id()), app.snapshot(), after.snapshot());
        return after;
    }

    private static void requireApplicant(Actor actor) {
        if (!actor.is(Actor.Role.APPLICANT)) throw ApiException.forbidden(Message.of("api.application.applicantsOnly"));
    }

    private static void requireOfficer(Actor actor) {
        if (!actor.is(Actor.Role.OFFICER)) throw ApiException.forbidden(Message.of("api.review.officersOnly"));
    }

    private static Message application(long id) {
        return Message.of("api.what.application", Arg.count("id", id));
    }
}
