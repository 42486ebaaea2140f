package kz.qualify.service.issued;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import kz.qualify.dossier.LegalForm;
import kz.qualify.law.Edition;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.official.AcceptedAbsence;
import kz.qualify.official.ApplicationRef;
import kz.qualify.official.FilingReceipt;
import kz.qualify.official.Language;
import kz.qualify.official.Licence;
import kz.qualify.official.OfficialDocument;
import kz.qualify.official.OfficialDocument.Kind;
import kz.qualify.official.OfficialDocuments;
import kz.qualify.official.Party;
import kz.qualify.official.Refusal;
import kz.qualify.official.ReturnForCompletion;
import kz.qualify.official.Signatory;
import kz.qualify.official.TaxId;
import kz.qualify.official.Verification;
import kz.qualify.service.accounts.Accounts;
import kz.qualify.service.applications.Application;
import kz.qualify.service.applications.ApplicationFiled;
import kz.qualify.service.applications.ApplicationReturned;
import kz.qualify.service.applications.ApplicationState;
import kz.qualify.service.applications.Applications;
import kz.qualify.service.applications.Submission;
import kz.qualify.service.assessment.Rulebook;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.documents.Documents;
import kz.qualify.service.licences.Licences;
import kz.qualify.service.organisations.Organisation;
import kz.qualify.service.organisations.Organisations;
import kz.qualify.service.review.ApplicationDecided;
import kz.qualify.service.review.Review;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.CpuBound;
import kz.qualify.service.web.RequestLanguage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues the official documents at the moments of the procedure — the filing receipt when an
 * application is filed, the return notice when it is returned, the refusal or the licence when it
 * is decided — in the language of the request that made the moment, and in any other language when
 * one is asked for later. Each language version is a document of its own: its own bytes, SHA-256 and
 * public code; what it says (the decision's date and official, the facts) is the same.
 *
 * <p>A document is issued after the moment's transaction commits, in a transaction of its own: the
 * decision never waits for the renderer or fails because of it. Should issuing fail (or the service
 * stop in between), the document is issued when it is first asked for.
 */
@Service
public class Papers {

    private static final Logger LOG = LoggerFactory.getLogger(Papers.class);

    private final IssuedDocuments issued;
    private final ObjectProvider<OfficialDocuments> engine;
    private final Applications applications;
    private final Organisations organisations;
    private final Licences licences;
    private final Review review;
    private final AuditTrail audit;
    private final Documents documents;
    private final Rulebook rulebook;
    private final Wordings wordings;
    private final IssuingSettings settings;
    private final Clock clock;
    private final JsonMapper json;
    private final CpuBound cpu;
    private final Accounts accounts;

    Papers(
            IssuedDocuments issued,
            ObjectProvider<OfficialDocuments> engine,
            Applications applications,
            Organisations organisations,
            Licences licences,
            Review review,
            AuditTrail audit,
            Documents documents,
            Rulebook rulebook,
            Wordings wordings,
            IssuingSettings settings,
            Clock clock,
            JsonMapper json,
            CpuBound cpu,
            Accounts accounts) {
        this.issued = issued;
        this.engine = engine;
        this.applications = applications;
        this.organisations = organisations;
        this.licences = licences;
        this.review = review;
        this.audit = audit;
        this.documents = documents;
        this.rulebook = rulebook;
        this.wordings = wordings;
        this.settings = settings;
        this.clock = clock;
        this.json = json;
        this.cpu = cpu;
        this.accounts = accounts;
    }

    // ---- the moments ----------------------------------------------------------------------------

    @TransactionalEventListener
    void filed(ApplicationFiled e) {
        var language = requestLanguage();
        quietly(
                e.applicationId(),
                Kind.FILING_RECEIPT,
                () -> issue(e.applicationId(), Kind.FILING_RECEIPT, e.submission(), language, null, null));
    }

    @TransactionalEventListener
    void returned(ApplicationReturned e) {
        var language = requestLanguage();
        quietly(
                e.applicationId(),
                Kind.RETURN_FOR_COMPLETION,
                () -> issue(
                        e.applicationId(),
                        Kind.RETURN_FOR_COMPLETION,
                        e.submission(),
                        language,
                        new Decided(e.officer(), e.on()),
                        e.reasons()));
    }

    @TransactionalEventListener
    void decided(ApplicationDecided e) {
        var kind = e.approved() ? Kind.LICENCE : Kind.REFUSAL;
        var language = requestLanguage();
        quietly(
                e.applicationId(),
                kind,
                () -> issue(e.applicationId(), kind, e.submission(), language, new Decided(e.officer(), e.on()), null));
    }

    /**
     * Issues the document on a platform thread of its own, after the request let go of its database
     * connection. Issued in the request's thread, after the commit but with the request's connection
     * still bound, each filing held two connections while its PDF was signed: as many concurrent
     * filings as the pool has connections each held one and waited for a second, and the database
     * was "unavailable" for the pool's timeout (seen by the crash test's 40 concurrent filers).
     */
    private void quietly(long applicationId, Kind kind, Runnable issuing) {
        cpu.later(() -> {
            try {
                issuing.run();
            } catch (RuntimeException e) {
                // the moment stands; the document is issued when it is first asked for
                LOG.warn("The {} of application {} was not issued now: {}", kind, applicationId, e.toString());
            }
        });
    }

    /** The language of the request being served (its {@code ?lang=} or {@code Accept-Language}). */
    private static Language requestLanguage() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Language.of(RequestLanguage.of(attributes.getRequest()).tag());
        }
        return Language.RU;
    }

    // ---- what the controllers ask ---------------------------------------------------------------

    /** Who took a decision, and when; for a receipt, nobody on the day of filing. */
    private record Decided(@Nullable String officer, LocalDate on) {}

    /** The kinds of document issued, or due, for an application, each for its latest filing. */
    public List<Kind> available(Application app) {
        var kinds = new LinkedHashSet<Kind>();
        issued.ofApplication(app.id()).forEach(d -> kinds.add(d.kind()));
        if (applications.latestSubmission(app.id()).isPresent()) kinds.add(Kind.FILING_RECEIPT);
        if (app.state() == ApplicationState.RETURNED) kinds.add(Kind.RETURN_FOR_COMPLETION);
        if (app.state() == ApplicationState.REFUSED) kinds.add(Kind.REFUSAL);
        if (app.state() == ApplicationState.APPROVED) kinds.add(Kind.LICENCE);
        return kinds.stream().sorted().toList();
    }

    /**
     * The document of this kind for the application's latest occasion, in the language asked:
     * the one stored, or issued now from the facts as recorded. 404 when there is none of the kind.
     */
    public IssuedDocument document(Application app, Kind kind, Language language) {
        var occasion = occasion(app, kind)
                .orElseThrow(() -> ApiException.notFound(Message.of(
                        "api.what.officialDocument",
                        Arg.text("kind", wordings.say(language, "paper.kind." + kind.name())),
                        Arg.count("id", app.id()))));
        return issue(app.id(), kind, occasion, language, null, null);
    }

    /** A licence's document in a language, for the public registry. */
    public Optional<IssuedDocument> licence(String number, Language language) {
        return licences.find(number)
                .flatMap(l -> applications.find(l.applicationId()))
                .map(app -> document(app, Kind.LICENCE, language));
    }

    public Optional<IssuedDocument> byCode(String code) {
        return issued.byCode(code);
    }

    public byte[] content(IssuedDocument document) {
        return issued.content(document.id());
    }

    /** What the document stands for now: a licence's standing in the registry, else "issued". */
    public String status(IssuedDocument document) {
        if (document.kind() == Kind.LICENCE && document.licenceNumber() != null) {
            return licences.find(document.licenceNumber())
                    .map(l -> l.status().name())
                    .orElse("ISSUED");
        }
        return "ISSUED";
    }

    /** The public page of a document. */
    URI verificationAddress(String code) {
        var base = settings.publicUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "v/" + code);
    }

    private Optional<Integer> occasion(Application app, Kind kind) {
        var latest = applications.latestSubmission(app.id()).map(Submission::number);
        var stored = issued.ofApplication(app.id()).stream()
                .filter(d -> d.kind() == kind)
                .map(IssuedDocument::occasion)
                .max(Integer::compare);
        return switch (kind) {
            case FILING_RECEIPT -> latest;
            case RETURN_FOR_COMPLETION -> app.state() == ApplicationState.RETURNED ? latest : stored;
            case REFUSAL -> app.state() == ApplicationState.REFUSED ? latest : Optional.empty();
            case LICENCE -> app.state() == ApplicationState.APPROVED ? latest : Optional.empty();
        };
    }

    // ---- issuing --------------------------------------------------------------------------------

    /**
     * The stored document, or a new one: for a language asked after the moment, the decision's
     * official and date are those of the version issued first.
     */
    private IssuedDocument issue(
            long applicationId,
            Kind kind,
            int occasion,
            Language language,
            @Nullable Decided decided,
            @Nullable List<String> reasons) {
        var stored = issued.find(applicationId, kind, occasion, language);
        if (stored.isPresent()) return stored.get();
        var app = applications.find(applicationId).orElseThrow();
        var submission = applications.submission(applicationId, occasion).orElseThrow();
        if (decided == null) decided = recorded(app, kind, occasion, submission);
        if (reasons == null && kind == Kind.RETURN_FOR_COMPLETION) {
            if (app.state() != ApplicationState.RETURNED
                    || applications
                                    .latestSubmission(applicationId)
                                    .map(Submission::number)
                                    .orElse(0)
                            != occasion) {
                // the reasons of an earlier return are no longer on the application
                throw cannotIssue(language, "api.what.officialDocument", kind, applicationId);
            }
            reasons = app.returnReasons();
        }
        var organisation = organisations.find(app.organisationId()).orElseThrow();
        var licenceNumber = kind == Kind.LICENCE
                ? licences.ofApplication(applicationId).orElseThrow().number()
                : null;
        var number = switch (kind) {
            case FILING_RECEIPT -> "P-" + applicationId + "-" + occasion;
            case RETURN_FOR_COMPLETION -> "V-" + applicationId + "-" + occasion;
            case REFUSAL -> "R-" + applicationId;
            case LICENCE -> licenceNumber;
        };
        var code = issued.newCode();
        var verification = new Verification(verificationAddress(code));
        OfficialDocument facts;
        try {
            facts = facts(kind, number, language, app, organisation, submission, decided, reasons, verification);
        } catch (IllegalArgumentException e) {
            // the engine's records refuse what cannot be printed and name the field
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "document-not-issued",
                    Message.of("api.paper.cannotIssue", Arg.text("reason", e.getMessage())),
                    List.of());
        }
        var signed = engine.getObject().issue(facts);
        return issued.store(
                new IssuedDocuments.Issue(
                        code,
                        kind,
                        number,
                        language,
                        applicationId,
                        organisation.id(),
                        occasion,
                        licenceNumber,
                        decided.officer(),
                        decided.on()),
                signed,
                clock.instant());
    }

    private ApiException cannotIssue(Language language, String key, Kind kind, long applicationId) {
        return ApiException.notFound(Message.of(
                key,
                Arg.text("kind", wordings.say(language, "paper.kind." + kind.name())),
                Arg.count("id", applicationId)));
    }

    /** The official and date of a decision as recorded by the version issued first. */
    private Decided recorded(Application app, Kind kind, int occasion, Submission submission) {
        if (kind == Kind.FILING_RECEIPT) {
            return new Decided(
                    null, submission.submittedAt().atZone(settings.timeZone()).toLocalDate());
        }
        var first = issued.versions(app.id(), kind, occasion).stream().findFirst();
        if (first.isPresent())
            return new Decided(first.get().signedBy(), first.get().decidedOn());
        // not rendered at the moment (it failed, or the service stopped): the decision's record names
        // the officer; the licence has its date, other decisions the day the application last changed
        var officer = kind == Kind.RETURN_FOR_COMPLETION
                ? audit.lastActor("application.returned", "application", Long.toString(app.id()))
                        .orElse(null)
                : review.decidedBy(app.id()).orElse(null);
        if (kind == Kind.LICENCE) {
            return new Decided(
                    officer, licences.ofApplication(app.id()).orElseThrow().issuedOn());
        }
        return new Decided(officer, app.updatedAt().atZone(settings.timeZone()).toLocalDate());
    }

    /**
     * Who signs: for a licence or a refusal, the deciding officer's full name and position as the
     * decision recorded them; for a return notice, the returning officer's as the account holds them.
     * A login stands in only where neither is known (decisions made before names were kept).
     */
    private Signatory signatory(Kind kind, long applicationId, @Nullable String officer, Language language) {
        String name = null;
        String position = null;
        switch (kind) {
            case LICENCE, REFUSAL -> {
                var recorded = review.recordedDecision(applicationId);
                if (recorded.isPresent()) {
                    name = recorded.get().officerName();
                    position = recorded.get().officerPosition();
                    if (officer == null) officer = recorded.get().officer();
                }
            }
            case RETURN_FOR_COMPLETION -> {
                var account = officer == null
                        ? null
                        : accounts.findByUsername(officer).orElse(null);
                if (account != null) {
                    name = account.profile().fullName();
                    position = account.profile().position();
                }
            }
            case FILING_RECEIPT -> {}
        }
        if (name == null || name.isBlank()) {
            name = officer == null ? wordings.say(language, "paper.authority.name") : officer;
        }
        return wordings.signatory(name, position, language);
    }

    private OfficialDocument facts(
            Kind kind,
            String number,
            Language language,
            Application app,
            Organisation organisation,
            Submission submission,
            Decided decided,
            @Nullable List<String> reasons,
            Verification verification) {
        var edition = wordings.edition(submission.editionId(), app.activity());
        var activity = wordings.activity(edition, app.activity(), language);
        var party = new Party(organisation.name(), taxId(organisation), organisation.address());
        var authority = wordings.authority(language);
        var signatory = signatory(kind, app.id(), decided.officer(), language);
        var filedOn = submission.submittedAt().atZone(settings.timeZone()).toLocalDate();
        var application = new ApplicationRef(applicationNumber(app.id()), filedOn);
        return switch (kind) {
            case FILING_RECEIPT ->
                new FilingReceipt(
                        number,
                        submission.submittedAt().atZone(settings.timeZone()).toOffsetDateTime(),
                        language,
                        authority,
                        party,
                        applicationNumber(app.id()),
                        activity,
                        scope(edition, app, submission, language),
                        received(app, submission, language),
                        verification);
            case RETURN_FOR_COMPLETION ->
                new ReturnForCompletion(
                        number,
                        decided.on(),
                        language,
                        authority,
                        signatory,
                        party,
                        application,
                        activity,
                        (reasons == null ? List.<String>of() : reasons)
                                .stream()
                                        .map(r -> new ReturnForCompletion.Reason(r, null))
                                        .toList(),
                        verification);
            case REFUSAL ->
                new Refusal(
                        number,
                        decided.on(),
                        language,
                        authority,
                        signatory,
                        party,
                        application,
                        activity,
                        wordings.say(language, "paper.legalBasis"),
                        grounds(app, edition, language),
                        Refusal.Appeal.rightOnly(),
                        verification,
                        acceptedAbsences(app.id(), language));
            case LICENCE -> {
                var licence = licences.ofApplication(app.id()).orElseThrow();
                var dossier = rulebook.read(submission.dossier());
                var subs = licence.subActivities().stream()
                        .map(s -> wordings.subActivity(edition, app.activity(), s, language))
                        .toList();
                var works = dossier.works().stream()
                        .sorted()
                        .map(w -> wordings.term(edition, w, language))
                        .toList();
                var equipment = dossier.equipment().stream()
                        .map(u -> u.kind())
                        .distinct()
                        .sorted()
                        .map(k -> wordings.term(edition, k, language))
                        .toList();
                if (subs.isEmpty() && works.isEmpty() && equipment.isEmpty()) {
                    // an activity without sub-activities is licensed whole: the annex names it
                    subs = List.of(activity);
                }
                yield new Licence(
                        licence.number(),
                        licence.issuedOn(),
                        language,
                        authority,
                        signatory,
                        new Party(licence.holder(), taxId(organisation), organisation.address()),
                        activity,
                        new Licence.Annex("001", subs, works, equipment),
                        wordings.say(language, "paper.legalBasis"),
                        verification,
                        acceptedAbsences(app.id(), language));
            }
        };
    }

    static String applicationNumber(long id) {
        return "A-" + id;
    }

    private static TaxId taxId(Organisation organisation) {
        return organisation.legalForm() == LegalForm.INDIVIDUAL_ENTREPRENEUR
                ? TaxId.iin(organisation.taxId())
                : TaxId.bin(organisation.taxId());
    }

    private List<String> scope(Edition edition, Application app, Submission submission, Language language) {
        var scope = new ArrayList<String>();
        app.subActivities().forEach(s -> scope.add(wordings.subActivity(edition, app.activity(), s, language)));
        rulebook.read(submission.dossier()).works().stream()
                .sorted()
                .forEach(w -> scope.add(wordings.term(edition, w, language)));
        return scope;
    }

    /** The application as filed (its dossier) and every document attached to it by then. */
    private List<FilingReceipt.ReceivedDocument> received(Application app, Submission submission, Language language) {
        var received = new ArrayList<FilingReceipt.ReceivedDocument>();
        var dossier = submission.dossier().getBytes(StandardCharsets.UTF_8);
        received.add(new FilingReceipt.ReceivedDocument(
                wordings.say(language, "paper.receipt.dossier"),
                "application-" + app.id() + "-" + submission.number() + ".json",
                dossier.length,
                sha256(dossier)));
        for (var d : documents.ever(app.id())) {
            // replaced or deleted since, it was still received with this filing
            if (!d.heldAt(submission.submittedAt())) continue;
            var title = d.requirementId() == null
                    ? wordings.say(language, "paper.receipt.document")
                    : wordings.say(
                            language,
                            "paper.receipt.evidence",
                            Arg.text("clause", wordings.clause(d.requirementId(), language)));
            received.add(new FilingReceipt.ReceivedDocument(title, d.filename(), d.size(), d.sha256()));
        }
        return received;
    }

    /**
     * Each ground of the refusal as the decision recorded it, in the words recorded for the
     * document's language: English on the ground itself, the others in the object of their tag
     * ({@code "ru"}, {@code "kk"}). A refusal recorded before its Kazakh words were says each ground's
     * status in Kazakh with the official's comment, and leaves the figures to the other versions.
     */
    private List<Refusal.Ground> grounds(Application app, Edition edition, Language language) {
        var recorded = review.refusalOf(app.id())
                .orElseThrow(() -> new IllegalStateException("application " + app.id() + " has no recorded refusal"));
        JsonNode refusal = json.readTree(recorded);
        var grounds = new ArrayList<Refusal.Ground>();
        for (var g : refusal.path("unmetRequirements")) {
            var status = g.path("status").asString("NOT_MET");
            var comment = text(g.path("officerComment"));
            var words = language == Language.EN ? g : g.path(language.tag());
            var reason = text(words.path("summary"));
            if (reason == null || reason.isBlank()) reason = wordings.say(language, "paper.ground." + status);
            if (comment != null && !comment.isBlank()) {
                reason = reason + "; " + wordings.say(language, "paper.ground.comment", Arg.text("comment", comment));
            }
            var figures = new ArrayList<String>();
            for (var f : words.path("figures")) figures.add(f.asString());
            var quote = text(g.path("quote"));
            grounds.add(new Refusal.Ground(
                    wordings.clause(g.path("clause").asString(), language),
                    reason,
                    figures,
                    quote == null || quote.isBlank() ? wordings.say(Language.RU, "paper.ground.noQuote") : quote));
        }
        for (var d : refusal.path("rejectedDocuments")) {
            var requirement = text(d.path("requirementId"));
            var reason = wordings.say(
                    language,
                    "paper.ground.document",
                    Arg.text("file", d.path("filename").asString()));
            var comment = text(d.path("officerComment"));
            if (comment != null && !comment.isBlank()) {
                reason = reason + "; " + wordings.say(language, "paper.ground.comment", Arg.text("comment", comment));
            }
            var quote = requirement == null
                    ? null
                    : edition.requirements().stream()
                            .filter(r -> r.id().equals(requirement))
                            .map(r -> r.quote())
                            .findFirst()
                            .orElse(null);
            grounds.add(new Refusal.Ground(
                    requirement == null
                            ? wordings.say(language, "paper.clause.documents")
                            : wordings.clause(requirement, language),
                    reason,
                    List.of(),
                    quote == null || quote.isBlank() ? wordings.say(Language.RU, "paper.ground.noQuote") : quote));
        }
        return grounds;
    }

    /**
     * The needs whose absence the officer accepted, as the decision recorded them, worded in the
     * document's language. A decision recorded before it kept who accepted each one and when names the
     * deciding officer and the decision's moment.
     */
    private List<AcceptedAbsence> acceptedAbsences(long applicationId, Language language) {
        var recorded = review.recordedDecision(applicationId);
        if (recorded.isEmpty()) return List.of();
        var decision = recorded.get();
        JsonNode reasons = json.readTree(decision.reasonsJson());
        var out = new ArrayList<AcceptedAbsence>();
        for (var a : reasons.path("acceptedAbsences")) {
            var need = text(a.path("needWords").path(language.tag()));
            if (need == null || need.isBlank()) need = a.path("need").asString();
            var by = text(a.path("acceptedByName"));
            if (by == null || by.isBlank()) by = text(a.path("acceptedBy"));
            if (by == null || by.isBlank()) by = decision.officerName();
            if (by == null || by.isBlank()) by = decision.officer();
            var at = text(a.path("acceptedAt"));
            var when = at == null ? decision.decidedAt() : java.time.Instant.parse(at);
            var requirement = text(a.path("requirementId"));
            out.add(new AcceptedAbsence(
                    need,
                    requirement == null
                            ? wordings.clause(a.path("clause").asString(), language)
                            : wordings.clause(requirement, language),
                    a.path("reason").asString(),
                    by,
                    when.atZone(settings.timeZone()).toOffsetDateTime()));
        }
        return out;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
