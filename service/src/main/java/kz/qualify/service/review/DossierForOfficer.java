package kz.qualify.service.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.PersonVerdict;
import kz.qualify.assessment.Status;
import kz.qualify.message.Message;
import kz.qualify.service.applications.ApplicationWorkflow;
import kz.qualify.service.applications.Applications;
import kz.qualify.service.assessment.Rulebook;
import kz.qualify.service.documents.Documents;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Speech;
import kz.qualify.wording.Language;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The filed dossier as an officer reads it, in words: each person of the staff table with their
 * education and experience and what the rules found about them (the problems naming their row), the
 * kinds of work and the equipment, and for each requirement the documents that evidence it — so
 * that each point left to the officer can be judged on what it rests on.
 */
@Service
public class DossierForOfficer {

    private final Applications applications;
    private final ApplicationWorkflow workflow;
    private final Documents documents;
    private final Rulebook rulebook;
    private final Speech speech;

    DossierForOfficer(
            Applications applications,
            ApplicationWorkflow workflow,
            Documents documents,
            Rulebook rulebook,
            Speech speech) {
        this.applications = applications;
        this.workflow = workflow;
        this.documents = documents;
        this.rulebook = rulebook;
        this.speech = speech;
    }

    /**
     * One person as filed.
     *
     * @param problems what the rules found wrong with this row (empty: nothing)
     * @param findings the requirements whose findings name this row, with their status
     * @param verdicts the person against the standard for their role, under each staff requirement that applies
     */
    public record Person(
            String ref,
            String fullName,
            String position,
            String role,
            boolean production,
            String level,
            String field,
            @Nullable String specialty,
            @Nullable Integer experienceMonths,
            List<String> problems,
            List<String> findings,
            List<Verdict> verdicts) {}

    /**
     * A person against one staff requirement, in words (see {@link StaffVerdicts}).
     *
     * @param clause the clause cited as the reader's language cites the law
     * @param requirement the requirement's short name
     * @param outcome the verdict's constant, for the page to choose a colour by (never shown)
     * @param verdict the verdict in words
     * @param levelRequired the level the standard asks for, in words
     * @param levelHeld the person's level, in words
     * @param fieldRequired the field the standard asks for, in words
     * @param fieldHeld the person's field (and specialty as written), in words
     * @param fieldMatch whether the field matches, in words
     * @param experienceRequired the experience asked for, in words
     * @param experienceHeld the person's experience, in words
     * @param why the reasons the verdict is not "meets", each a sentence (empty when it is)
     */
    public record Verdict(
            String clause,
            String requirement,
            PersonVerdict.Outcome outcome,
            String verdict,
            String levelRequired,
            String levelHeld,
            String fieldRequired,
            String fieldHeld,
            String fieldMatch,
            String experienceRequired,
            String experienceHeld,
            List<String> why) {}

    public record Equipment(
            String kind,
            String description,
            @Nullable BigDecimal workingPressureKgfCm2,
            @Nullable BigDecimal coolantTemperatureC,
            boolean singleTechnologicalProcess) {}

    /** A document that evidences a requirement, as uploaded. */
    public record Evidence(long documentId, String filename, String mediaType, long size) {}

    /**
     * The applicant as filed: the legal form in words, and the legal address and head where the
     * dossier states them (dossiers filed before the form asked for them do not).
     */
    public record Applicant(
            String name,
            String taxId,
            String legalForm,
            @Nullable String address,
            @Nullable String headName,
            @Nullable String headPosition) {}

    // named apart: DossierForOfficer.View and StatutoryDeadlines.View would both be "View" in the API document
    @Schema(name = "OfficerDossier")
    public record View(
            int submission,
            Applicant applicant,
            List<Person> staff,
            List<String> works,
            List<Equipment> equipment,
            java.util.Map<String, List<Evidence>> evidence) {}

    public View of(Actor actor, long applicationId, Language language) {
        if (!actor.isStaff()) throw ApiException.forbidden(Message.of("api.review.officersOnly"));
        workflow.visible(actor, applicationId);
        var submission = applications
                .latestSubmission(applicationId)
                .orElseThrow(() -> ApiException.conflict("not-submitted", Message.of("api.review.notSubmitted")));
        var dossier = rulebook.read(submission.dossier());
        var assessment = rulebook.replay(dossier, submission.legalDate(), submission.editionId());
        var words = speech.in(language, submission.editionId());
        var verdicts = rulebook.edition(submission.editionId(), submission.legalDate())
                .map(e -> PersonVerdict.of(e, dossier))
                .orElse(List.of());
        var staff = new ArrayList<Person>();
        for (var p : dossier.staff()) {
            var problems = new ArrayList<String>();
            var findings = new ArrayList<String>();
            for (Finding f : assessment.findings()) {
                var mine = f.issues().stream()
                        .filter(i -> i.ref().equals(p.ref()))
                        .map(i -> words.render(i.problem()))
                        .toList();
                if (!mine.isEmpty() && f.status() != Status.MET) {
                    problems.addAll(mine);
                    findings.add(f.clause().id());
                }
            }
            staff.add(new Person(
                    p.ref(),
                    p.fullName(),
                    p.position(),
                    label(words, "form.role." + p.role().name()),
                    p.production(),
                    label(words, "form.level." + p.education().level().name()),
                    label(words, "form.field." + p.education().field().name()),
                    p.education().specialty(),
                    p.experience() == null ? null : p.experience().months(),
                    problems,
                    findings,
                    verdicts.stream()
                            .filter(v -> v.person() == p)
                            .map(v -> StaffVerdicts.word(v, words))
                            .toList()));
        }
        var evidence = new LinkedHashMap<String, List<Evidence>>();
        for (var d : documents.of(applicationId)) {
            var key = d.requirementId() == null ? "" : d.requirementId();
            evidence.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Evidence(d.id(), d.filename(), d.mediaType(), d.size()));
        }
        var a = dossier.applicant();
        var head = a.head();
        var applicant = new Applicant(
                a.name(),
                a.taxId().value(),
                label(words, "form.legalForm." + a.legalForm().name()),
                a.address(),
                head == null ? null : head.fullName(),
                head == null ? null : head.position());
        return new View(
                submission.number(),
                applicant,
                staff,
                dossier.works().stream().sorted().map(words::term).toList(),
                dossier.equipment().stream()
                        .map(e -> new Equipment(
                                words.term(e.kind()),
                                e.description(),
                                e.workingPressureKgfCm2(),
                                e.coolantTemperatureC(),
                                e.singleTechnologicalProcess()))
                        .toList(),
                evidence);
    }

    private static String label(Words words, String key) {
        // the form's words for these enums, in every language (the common bundles' English is the codes
        // themselves, kept for the command line); a value not yet worded shows a dash, never its code
        return words.has(key) ? words.say(key) : "—";
    }
}
