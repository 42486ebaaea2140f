package kz.qualify.service.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.Status;
import kz.qualify.assessment.Verdict;
import kz.qualify.formats.FindingWords;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.accounts.Account;
import kz.qualify.service.accounts.Accounts;
import kz.qualify.service.applications.Application;
import kz.qualify.service.applications.ApplicationWorkflow;
import kz.qualify.service.applications.Applications;
import kz.qualify.service.applications.Submission;
import kz.qualify.service.assessment.Rulebook;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.authority.LicensingAuthority;
import kz.qualify.service.deadlines.StatutoryDeadlines;
import kz.qualify.service.documents.Documents;
import kz.qualify.service.documents.StoredDocument;
import kz.qualify.service.licences.Licence;
import kz.qualify.service.licences.Licences;
import kz.qualify.service.organisations.Organisations;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Speech;
import kz.qualify.wording.Language;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officer's side: the points of a submission that need a judgment, the judgments, and the
 * decision. The points are derived from the stored submission by replaying its assessment under the
 * edition and legal date it was made with, so they are exactly what the applicant was shown.
 */
@Service
public class Review {

    private static final Language ENGLISH = Language.of("en");

    private static final Message OFFICERS_ONLY = Message.of("api.review.officersOnly");

    private static final EnumSet<Status> UNMET =
            EnumSet.of(Status.NOT_MET, Status.MISSING_EVIDENCE, Status.NOT_ELIGIBLE);

    private final Applications applications;
    private final ApplicationWorkflow workflow;
    private final Documents documents;
    private final Judgments judgments;
    private final AcceptedAbsences absences;
    private final Decisions decisions;
    private final Licences licences;
    private final Organisations organisations;
    private final Rulebook rulebook;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final LicensingAuthority authority;
    private final StatutoryDeadlines deadlines;
    private final Clock clock;
    private final Speech speech;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    Review(
            Applications applications,
            ApplicationWorkflow workflow,
            Documents documents,
            Judgments judgments,
            AcceptedAbsences absences,
            Decisions decisions,
            Licences licences,
            Organisations organisations,
            Rulebook rulebook,
            AuditTrail audit,
            Accounts accounts,
            LicensingAuthority authority,
            StatutoryDeadlines deadlines,
            Clock clock,
            Speech speech,
            JsonMapper json,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.workflow = workflow;
        this.documents = documents;
        this.judgments = judgments;
        this.absences = absences;
        this.decisions = decisions;
        this.licences = licences;
        this.organisations = organisations;
        this.rulebook = rulebook;
        this.audit = audit;
        this.accounts = accounts;
        this.authority = authority;
        this.deadlines = deadlines;
        this.clock = clock;
        this.speech = speech;
        this.json = json;
        this.events = events;
    }

    /**
     * One point needing a judgment, in the request's language.
     *
     * @param subject {@code requirement:<id>} or {@code document:<id>}
     * @param title the requirement's name, or the document's file name
     * @param summary what the rules checked and why it is left to the officer ("" for a document)
     * @param figures the numbers the rules used, or the document's hash and size
     * @param issues what the rules found, each as "ref: problem"
     * @param judgment the officer's judgment, or null while missing
     */
    public record Point(
            String subject,
            String kind,
            String clause,
            String title,
            String status,
            String summary,
            List<String> figures,
            List<String> issues,
            @Nullable Judgment judgment) {}

    /**
     * A need with no document attached whose absence the officer may accept: one the law asks for only
     * in a case the dossier cannot settle ("емкости … (при их использовании)"). Accepting it takes the
     * need out of its requirement for this filing; it is optional, a decision does not wait for it.
     *
     * @param requirementId the requirement whose need it is
     * @param slot the need's slot ({@code need-<n>})
     * @param clause the requirement's clause
     * @param need the need in the law's words
     * @param name the need in the request's language, from the edition's glossary (in the law's
     *     words in the answers to accepting and withdrawing, which name no language)
     * @param accepted the officer's acceptance and its reason, or null while not accepted
     */
    public record Absence(
            String requirementId,
            String slot,
            String clause,
            String need,
            String name,
            @Nullable AcceptedAbsence accepted) {

        /** This absence with its need named in {@code words}' language. */
        Absence namedIn(kz.qualify.wording.Words words) {
            var id = requirementId + "/" + slot.substring(kz.qualify.assessment.Evidence.NEED.length());
            return new Absence(requirementId, slot, clause, need, words.need(id), accepted);
        }
    }

    /** What the officer sees for the application's latest submission. */
    public record Checklist(
            long applicationId,
            int submission,
            String verdict,
            String legalDate,
            @Nullable String editionId,
            List<Point> points,
            List<String> missing,
            List<Absence> absences) {}

    record Context(
            Application application,
            Submission submission,
            Assessment assessment,
            List<StoredDocument> documents,
            Map<String, Judgment> judgments,
            List<Absence> absences) {}

    private Context context(Application app) {
        var submission = applications
                .latestSubmission(app.id())
                .orElseThrow(() -> ApiException.conflict("not-submitted", Message.of("api.review.notSubmitted")));
        var files = documents.of(app.id()).stream()
                .filter(d -> d.removedAt() == null)
                .toList();
        var accepted = new LinkedHashMap<String, AcceptedAbsence>();
        for (var a : absences.of(submission.id())) accepted.put(a.requirementId() + "/" + a.slot(), a);
        var open = new ArrayList<Absence>();
        for (var need : rulebook.conditionalNeeds(submission.editionId(), submission.legalDate(), app.activity())) {
            // a document bound to the need, or to its requirement without a slot (it may stand in any),
            // is there to be judged: only a need with none may be accepted as absent
            boolean documented = files.stream()
                    .anyMatch(d -> need.requirementId().equals(d.requirementId())
                            && (d.slot() == null || need.slot().equals(d.slot())));
            if (documented) continue;
            open.add(new Absence(
                    need.requirementId(),
                    need.slot(),
                    need.clause(),
                    need.label(),
                    need.label(),
                    accepted.get(need.requirementId() + "/" + need.slot())));
        }
        var waived = open.stream()
                .filter(a -> a.accepted() != null)
                .map(a -> a.requirementId() + "/" + a.slot())
                .collect(Collectors.toSet());
        var assessment = rulebook.replay(
                rulebook.read(submission.dossier()), submission.legalDate(), submission.editionId(), waived);
        var judged = judgments.of(submission.id()).stream()
                .collect(Collectors.toMap(Judgment::subject, Function.identity()));
        return new Context(app, submission, assessment, files, judged, List.copyOf(open));
    }

    /** The points in a language (the judgments and the decision check only their subjects). */
    private List<Point> points(Context c, Language language) {
        var points = new ArrayList<Point>();
        var words = speech.in(language, c.assessment().editionId());
        for (var f : c.assessment().findings()) {
            if (f.status() != Status.NEEDS_REVIEW) continue;
            var subject = "requirement:" + f.requirementId();
            var w = FindingWords.of(f, words);
            points.add(new Point(
                    subject,
                    "requirement",
                    f.clause().id(),
                    w.title(),
                    f.status().name(),
                    w.summary(),
                    w.figures(),
                    issues(w),
                    c.judgments().get(subject)));
        }
        for (var d : c.documents()) {
            var subject = "document:" + d.id();
            points.add(new Point(
                    subject,
                    "document",
                    d.requirementId() == null ? "" : d.requirementId(),
                    d.filename(),
                    "DOCUMENT_CHECK",
                    "",
                    List.of("sha256 " + d.sha256(), d.size() + " bytes, " + d.mediaType()),
                    List.of(),
                    c.judgments().get(subject)));
        }
        return points;
    }

    private List<Point> points(Context c) {
        return points(c, ENGLISH);
    }

    private static List<String> issues(FindingWords w) {
        return w.issues().stream().map(i -> i.ref() + ": " + i.problem()).toList();
    }

    public Checklist checklist(Actor actor, long applicationId, Language language) {
        requireOfficerOrAdmin(actor);
        var app = workflow.visible(actor, applicationId);
        var c = context(app);
        var points = points(c, language);
        return new Checklist(
                app.id(),
                c.submission().number(),
                c.assessment().verdict().name(),
                c.submission().legalDate().toString(),
                c.submission().editionId(),
                points,
                points.stream()
                        .filter(p -> p.judgment() == null)
                        .map(Point::subject)
                        .toList(),
                c.absences().stream()
                        .map(a -> a.namedIn(speech.in(language, c.assessment().editionId())))
                        .toList());
    }

    /**
     * Accepts that a conditional need of the submission under review is absent, with no document
     * behind it, for the reason given; the assessment and the decision then leave the need out.
     * Recorded and audited in one transaction; accepting again replaces the reason.
     */
    @Transactional
    public Absence acceptAbsence(Actor actor, long applicationId, String requirementId, String slot, String reason) {
        requireOfficer(actor);
        var app = workflow.lockUnderReview(actor, applicationId, -1);
        var c = context(app);
        var absence = absenceOf(c, requirementId, slot);
        var before = absences.find(c.submission().id(), requirementId, slot).orElse(null);
        absences.accept(c.submission().id(), requirementId, slot, reason.strip(), actor.username());
        var after = absences.find(c.submission().id(), requirementId, slot).orElseThrow();
        audit.append(
                actor.username(), "review.absenceAccepted", "application", Long.toString(applicationId), before, after);
        return new Absence(
                absence.requirementId(), absence.slot(), absence.clause(), absence.need(), absence.name(), after);
    }

    /** Withdraws the acceptance of an absence: the need counts again, and lacks its document again. */
    @Transactional
    public Absence withdrawAbsence(Actor actor, long applicationId, String requirementId, String slot) {
        requireOfficer(actor);
        var app = workflow.lockUnderReview(actor, applicationId, -1);
        var c = context(app);
        var absence = absenceOf(c, requirementId, slot);
        var before = absences.find(c.submission().id(), requirementId, slot).orElse(null);
        if (before != null && absences.withdraw(c.submission().id(), requirementId, slot)) {
            audit.append(
                    actor.username(),
                    "review.absenceWithdrawn",
                    "application",
                    Long.toString(applicationId),
                    before,
                    null);
        }
        return new Absence(
                absence.requirementId(), absence.slot(), absence.clause(), absence.need(), absence.name(), null);
    }

    private static Absence absenceOf(Context c, String requirementId, String slot) {
        return c.absences().stream()
                .filter(a -> a.requirementId().equals(requirementId) && a.slot().equals(slot))
                .findFirst()
                .orElseThrow(() -> ApiException.invalid("slot", Message.of("api.review.absenceNotAllowed")));
    }

    /**
     * The absences accepted for the decision: each need in the law's words with its clause, the
     * officer's reason, who accepted it and when, and the need's words in each language the product
     * speaks ({@code "needWords": {"kk": …}}), so every version of the decision's documents names it
     * as decided.
     */
    private List<Map<String, Object>> acceptedAbsences(Context c) {
        var out = new ArrayList<Map<String, Object>>();
        for (var a : c.absences()) {
            var accepted = a.accepted();
            if (accepted == null) continue;
            var m = new LinkedHashMap<String, Object>();
            m.put("requirementId", a.requirementId());
            m.put("slot", a.slot());
            m.put("clause", a.clause());
            m.put("need", a.need());
            var needWords = new TreeMap<String, String>();
            for (var language : speech.languages().all()) {
                needWords.put(language.tag(), needIn(a, language, c.assessment().editionId()));
            }
            m.put("needWords", needWords);
            m.put("reason", accepted.reason());
            m.put("acceptedBy", accepted.officer());
            m.put("acceptedByName", fullName(accepted.officer()));
            m.put("acceptedAt", accepted.acceptedAt().toString());
            out.add(m);
        }
        return out;
    }

    /** The need in a language's words (the glossary's), or in the law's where the glossary has none. */
    private String needIn(Absence a, Language language, @Nullable String editionId) {
        var n = a.slot().startsWith(kz.qualify.assessment.Evidence.NEED)
                ? a.slot().substring(kz.qualify.assessment.Evidence.NEED.length())
                : a.slot();
        try {
            return speech.in(language, editionId).need(a.requirementId() + "/" + n);
        } catch (IllegalArgumentException noWords) {
            return a.need();
        }
    }

    /** An officer's full name as the account holds it now, or null when the account names none. */
    private @Nullable String fullName(String officer) {
        return accounts.findByUsername(officer)
                .map(Account::profile)
                .map(Account.Profile::fullName)
                .orElse(null);
    }

    /**
     * The filed assessment as the officer's acceptances make it read: the latest filing's dossier
     * assessed again under its edition and legal date with each need whose absence the officer
     * accepted taken out, in {@code language}, with the acceptances beside it. The filed record is
     * not touched; without an acceptance it reads as filed. Visible to whoever may see the
     * application.
     *
     * @return the assessment report, with {@code reviewed} (an absence was accepted), {@code
     *     submission}, {@code filedVerdict} and {@code acceptedAbsences} (each need in the language
     *     asked, its clause, the reason, who accepted it and when)
     */
    public tools.jackson.databind.node.ObjectNode reviewedAssessment(
            Actor actor, long applicationId, Language language) {
        var app = workflow.visible(actor, applicationId);
        var c = context(app);
        var tree = rulebook.tree(c.assessment(), language);
        var accepted = tree.putArray("acceptedAbsences");
        for (var a : c.absences()) {
            var by = a.accepted();
            if (by == null) continue;
            var node = accepted.addObject();
            node.put("requirementId", a.requirementId());
            node.put("slot", a.slot());
            node.put("clause", a.clause());
            node.put("need", needIn(a, language, c.assessment().editionId()));
            node.put("reason", by.reason());
            node.put("acceptedBy", by.officer());
            var name = fullName(by.officer());
            if (name == null) node.putNull("acceptedByName");
            else node.put("acceptedByName", name);
            node.put("acceptedAt", by.acceptedAt().toString());
        }
        tree.put("reviewed", !accepted.isEmpty());
        tree.put("submission", c.submission().number());
        tree.put("filedVerdict", c.submission().verdict());
        return tree;
    }

    /** Records (or revises) a judgment on one point of the submission under review. */
    @Transactional
    public Judgment judge(Actor actor, long applicationId, String subject, Judgment.Outcome outcome, String comment) {
        requireOfficer(actor);
        var app = workflow.lockUnderReview(actor, applicationId, -1);
        var c = context(app);
        if (points(c).stream().noneMatch(p -> p.subject().equals(subject))) {
            throw ApiException.invalid(
                    "subject",
                    Message.of(
                            "api.review.notAPoint",
                            Arg.text("subject", subject),
                            Arg.count("submission", c.submission().number())));
        }
        var before = judgments.find(c.submission().id(), subject).orElse(null);
        judgments.record(c.submission().id(), subject, outcome, comment, actor.username());
        var after = judgments.find(c.submission().id(), subject).orElseThrow();
        audit.append(actor.username(), "review.judged", "application", Long.toString(applicationId), before, after);
        return after;
    }

    /** The outcome of a decision: the licence issued, or the reasoned refusal. */
    public record Decision(
            String outcome,
            @Nullable Licence licence,
            @Nullable Map<String, Object> refusal) {}

    @Transactional
    public Decision decide(
            Actor actor,
            long applicationId,
            long expectedVersion,
            boolean approve,
            @Nullable String comment,
            Language language) {
        requireOfficer(actor);
        var app = workflow.lockUnderReview(actor, applicationId, expectedVersion);
        var c = context(app);
        var points = points(c);
        var missing = points.stream().filter(p -> p.judgment() == null).toList();
        if (!missing.isEmpty()) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "judgments-missing",
                    Message.of("api.review.judgmentsMissing", Arg.count("count", missing.size())),
                    missing.stream()
                            .map(p -> ApiException.FieldProblem.of(p.subject(), Message.of("api.review.noJudgment")))
                            .toList());
        }
        var signature = signature(actor);
        var authorityJson = json.writeValueAsString(new TreeMap<>(authority.name()));
        var grounds = grounds(c);
        var rejectedDocs = rejectedDocuments(c);
        if (approve) {
            var blocking = new ArrayList<ApiException.FieldProblem>();
            if (c.assessment().verdict() == Verdict.NO_EDITION_IN_FORCE) {
                blocking.add(
                        ApiException.FieldProblem.of("legalDate", c.assessment().summary()));
            }
            grounds.forEach(g -> blocking.add(ApiException.FieldProblem.of(
                    "requirement:" + g.get("requirementId"),
                    Message.of("api.review.unmet", Arg.label("status", Status.valueOf((String) g.get("status")))))));
            rejectedDocs.forEach(d -> blocking.add(ApiException.FieldProblem.of(
                    "document:" + d.get("documentId"), Message.of("api.review.documentRejected"))));
            if (!blocking.isEmpty()) {
                throw new ApiException(
                        HttpStatus.CONFLICT,
                        "approval-not-possible",
                        Message.of("api.review.approvalNotPossible"),
                        blocking);
            }
            var organisation = organisations.find(app.organisationId()).orElseThrow();
            var closed = workflow.decide(actor, app, true);
            var licence = licences.issue(
                    actor.username(),
                    app.id(),
                    organisation.id(),
                    organisation.name(),
                    organisation.taxId(),
                    app.activity(),
                    app.subActivities(),
                    // issued on the day it was decided, not on the legal date the law was applied on
                    signature.on(),
                    String.valueOf(c.submission().editionId()),
                    authority.name(),
                    scope(c));
            var reasons = new LinkedHashMap<String, Object>();
            reasons.put("licence", licence.number());
            reasons.put("comment", comment);
            reasons.put("acceptedAbsences", acceptedAbsences(c));
            signed(reasons, actor, signature);
            decisions.record(
                    app.id(),
                    c.submission().id(),
                    "APPROVED",
                    json.writeValueAsString(reasons),
                    actor.username(),
                    signature,
                    authorityJson);
            audit.append(
                    actor.username(),
                    "review.approved",
                    "application",
                    Long.toString(app.id()),
                    app.snapshot(),
                    Map.of("state", closed.state(), "licence", licence.number()));
            events.publishEvent(new ApplicationDecided(
                    app.id(), c.submission().number(), true, licence.number(), actor.username(), licence.issuedOn()));
            return new Decision("APPROVED", licence, null);
        }
        if (grounds.isEmpty() && rejectedDocs.isEmpty()) {
            throw ApiException.conflict("no-grounds", Message.of("api.review.noGrounds"));
        }
        var refusal = new LinkedHashMap<String, Object>();
        refusal.put("applicationId", app.id());
        refusal.put("submission", c.submission().number());
        refusal.put("legalDate", c.submission().legalDate().toString());
        refusal.put("editionId", c.submission().editionId());
        refusal.put("rulesVersion", c.submission().rulesVersion());
        signed(refusal, actor, signature);
        refusal.put("comment", comment);
        refusal.put("unmetRequirements", grounds);
        refusal.put("rejectedDocuments", rejectedDocs);
        refusal.put("acceptedAbsences", acceptedAbsences(c));
        var closed = workflow.decide(actor, app, false);
        decisions.record(
                app.id(),
                c.submission().id(),
                "REFUSED",
                json.writeValueAsString(refusal),
                actor.username(),
                signature,
                authorityJson);
        audit.append(
                actor.username(),
                "review.refused",
                "application",
                Long.toString(app.id()),
                app.snapshot(),
                Map.of("state", closed.state(), "refusal", refusal));
        events.publishEvent(new ApplicationDecided(
                app.id(), c.submission().number(), false, null, actor.username(), signature.on()));
        return new Decision("REFUSED", null, inLanguage(refusal, language));
    }

    /**
     * Every requirement that does not hold: unmet by the rules, or left for review and rejected by the
     * officer. As the decision records it: the finding's words in English (title, summary, figures,
     * issues) and, in an object named by its tag, in each other language the product speaks ({@code
     * "ru": {…}}, {@code "kk": {…}}), so every version of the refusal is worded as decided.
     */
    private List<Map<String, Object>> grounds(Context c) {
        var grounds = new ArrayList<Map<String, Object>>();
        var english = speech.in(ENGLISH, c.assessment().editionId());
        var others = speech.languages().all().stream()
                .filter(l -> !l.equals(ENGLISH))
                .map(l -> speech.in(l, c.assessment().editionId()))
                .toList();
        for (Finding f : c.assessment().findings()) {
            var judgment = c.judgments().get("requirement:" + f.requirementId());
            boolean unmet = UNMET.contains(f.status())
                    || (f.status() == Status.NEEDS_REVIEW
                            && judgment != null
                            && judgment.outcome() == Judgment.Outcome.REJECTED);
            if (!unmet) continue;
            // a point left to the officer and rejected is a ground because the officer found it not met:
            // it is stated as not met, on the officer's judgment, with the officer's reason
            boolean judged = f.status() == Status.NEEDS_REVIEW;
            var g = new LinkedHashMap<String, Object>();
            g.put("requirementId", f.requirementId());
            g.put("basis", judged ? "OFFICER" : "RULES");
            g.put("clause", f.clause().id());
            g.put("citation", f.clause().citation());
            var words = FindingWords.of(f, english);
            g.put("title", words.title());
            for (var other : others) g.put(other.language().tag(), wordsOf(f, other));
            g.put("quote", f.quote());
            g.put("status", judged ? Status.NOT_MET.name() : f.status().name());
            g.put("summary", words.summary());
            g.put("figures", words.figures());
            g.put(
                    "issues",
                    words.issues().stream()
                            .map(i -> i.ref() + ": " + i.problem())
                            .toList());
            g.put("officerComment", judgment == null ? null : judgment.comment());
            grounds.add(g);
        }
        return grounds;
    }

    /** A ground's words in one language other than English, as the refusal records them. */
    private static Map<String, Object> wordsOf(Finding f, Words words) {
        var w = FindingWords.of(f, words);
        var m = new LinkedHashMap<String, Object>();
        m.put("title", w.title().isEmpty() ? null : w.title());
        m.put("summary", w.summary());
        m.put("figures", w.figures());
        m.put("issues", issues(w));
        return m;
    }

    /**
     * A recorded refusal as an answer in one language: each ground's title, summary, figures and
     * issues in {@code language} (from the object of that language's tag, or the English the ground
     * carries itself), and no object of another language. A refusal recorded before Kazakh was
     * recorded gives its Russian words in Kazakh, as the service then did.
     */
    Map<String, Object> inLanguage(Map<String, Object> refusal, Language language) {
        if (!(refusal.get("unmetRequirements") instanceof List<?> grounds)) return refusal;
        var tags = speech.languages().all().stream().map(Language::tag).collect(Collectors.toSet());
        var out = new LinkedHashMap<>(refusal);
        var said = new ArrayList<Map<String, Object>>();
        for (var ground : grounds) {
            if (!(ground instanceof Map<?, ?> g)) continue;
            var m = new LinkedHashMap<String, Object>();
            g.forEach((k, v) -> {
                if (!tags.contains(String.valueOf(k))) m.put(String.valueOf(k), v);
            });
            var words = g.get(language.tag()) instanceof Map<?, ?> w
                    ? w
                    : !language.equals(ENGLISH) && g.get("ru") instanceof Map<?, ?> ru ? ru : null;
            for (var field : List.of("title", "summary", "figures", "issues")) {
                var value = words != null && words.get(field) != null ? words.get(field) : g.get(field);
                m.put(field, value);
            }
            said.add(m);
        }
        out.put("unmetRequirements", said);
        return out;
    }

    private static List<Map<String, Object>> rejectedDocuments(Context c) {
        var out = new ArrayList<Map<String, Object>>();
        for (var d : c.documents()) {
            var j = c.judgments().get("document:" + d.id());
            if (j != null && j.outcome() == Judgment.Outcome.REJECTED) {
                var m = new LinkedHashMap<String, Object>();
                m.put("documentId", d.id());
                m.put("filename", d.filename());
                m.put("requirementId", d.requirementId());
                m.put("officerComment", j.comment());
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Who signs a decision now: the officer's full name and position (a decision names them, not a
     * login), the moment and the licensor's day.
     */
    private Decisions.Signature signature(Actor actor) {
        var profile =
                accounts.findByUsername(actor.username()).map(Account::profile).orElse(Account.Profile.NONE);
        if (!profile.signs()) throw ApiException.conflict("officer-unnamed", Message.of("api.review.officerUnnamed"));
        var now = OffsetDateTime.now(clock);
        return new Decisions.Signature(
                now,
                deadlines.dayOf(now.toInstant()),
                java.util.Objects.requireNonNull(profile.fullName()),
                java.util.Objects.requireNonNull(profile.position()));
    }

    private void signed(Map<String, Object> reasons, Actor actor, Decisions.Signature signature) {
        reasons.put("decidedOn", signature.on().toString());
        reasons.put("officer", actor.username());
        reasons.put("officerName", signature.fullName());
        reasons.put("officerPosition", signature.position());
        reasons.put("authority", new TreeMap<>(authority.name()));
        reasons.put("appealTo", new TreeMap<>(authority.appealTo()));
    }

    /** The scope of item 4 as filed: the kinds of work and the equipment. */
    private Licence.Scope scope(Context c) {
        var dossier = rulebook.read(c.submission().dossier());
        return new Licence.Scope(
                List.copyOf(new java.util.TreeSet<>(dossier.works())),
                dossier.equipment().stream()
                        .map(e -> new Licence.Equipment(
                                e.kind(),
                                e.description(),
                                e.workingPressureKgfCm2(),
                                e.coolantTemperatureC(),
                                e.singleTechnologicalProcess()))
                        .toList());
    }

    /** The recorded decision, for the documents made of it. */
    public Optional<RecordedDecision> recorded(Actor actor, long applicationId) {
        workflow.visible(actor, applicationId);
        return decisions.find(applicationId);
    }

    /**
     * The recorded decision's reasons (licence number or refusal) as stored, with the authority's name
     * and the notice of the right to appeal in {@code language}.
     */
    public Optional<Map<String, Object>> decision(Actor actor, long applicationId, Language language) {
        return decision(actor, applicationId).map(stored -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> reasons = new LinkedHashMap<>(json.readValue(stored, Map.class));
            var words = speech.in(language);
            var names = names(reasons.get("authority"));
            var appealTo = names(reasons.get("appealTo"));
            if (!names.isEmpty()) reasons.put("authorityName", LicensingAuthority.in(names, language));
            if ("REFUSED"
                            .equals(decisions
                                    .find(applicationId)
                                    .map(RecordedDecision::outcome)
                                    .orElse(""))
                    || reasons.containsKey("unmetRequirements")) {
                var where =
                        appealTo.isEmpty() ? authority.appealTo(language) : LicensingAuthority.in(appealTo, language);
                reasons.put("appeal", words.render(Message.of("api.decision.appeal", Arg.text("appealTo", where))));
            }
            return inLanguage(reasons, language);
        });
    }

    private static Map<String, String> names(@Nullable Object value) {
        var out = new LinkedHashMap<String, String>();
        if (value instanceof Map<?, ?> m) m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    /** The recorded decision's reasons (licence number or refusal), as stored. */
    public Optional<String> decision(Actor actor, long applicationId) {
        workflow.visible(actor, applicationId);
        return decisions.reasons(applicationId);
    }

    /**
     * The recorded refusal of an application, as stored with the decision (its grounds with their
     * clauses, the law's words, the figures and the officer's comments), for the refusal document.
     */
    public Optional<String> refusalOf(long applicationId) {
        return decisions.refusal(applicationId);
    }

    /** The decision as recorded (its officer's name and position among it), for the documents made of it. */
    public Optional<RecordedDecision> recordedDecision(long applicationId) {
        return decisions.find(applicationId);
    }

    /** The account of the officer who decided the application, once decided. */
    public Optional<String> decidedBy(long applicationId) {
        return decisions.officer(applicationId);
    }

    private static void requireOfficer(Actor actor) {
        if (!actor.is(Actor.Role.OFFICER)) throw ApiException.forbidden(OFFICERS_ONLY);
    }

    private static void requireOfficerOrAdmin(Actor actor) {
        if (!actor.isStaff()) throw ApiException.forbidden(OFFICERS_ONLY);
    }
}
