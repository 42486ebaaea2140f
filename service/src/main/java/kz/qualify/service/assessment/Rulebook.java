package kz.qualify.service.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Evidence;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import kz.qualify.formats.AssessmentJson;
import kz.qualify.formats.DossierJson;
import kz.qualify.law.Edition;
import kz.qualify.law.Editions;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Speech;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules core for the service: the bundled catalog (loaded once per JVM, identical in every
 * instance), the dossier and assessment JSON formats and the evaluator. Thread-safe and stateless.
 */
@Component
public class Rulebook {

    private record Loaded(Catalog catalog, DossierJson dossiers, AssessmentJson assessments) {}

    private static final tools.jackson.databind.json.JsonMapper BYTES =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private volatile @Nullable Loaded loaded;

    private final Speech speech;

    Rulebook(Speech speech) {
        this.speech = speech;
        // load the catalog on another core while the rest of the application starts
        Thread.ofPlatform().daemon().name("catalog-loader").start(() -> {
            try {
                loaded();
            } catch (RuntimeException e) {
                // reported again, and fatally, by the warm-up on the main thread
            }
        });
    }

    private Loaded loaded() {
        var l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    var catalog = Catalog.standard();
                    loaded = l = new Loaded(catalog, new DossierJson(catalog), new AssessmentJson(speech.wording()));
                }
            }
        }
        return l;
    }

    /** Loads the catalog now (at start-up) rather than on the first request. */
    public void warmUp() {
        loaded();
    }

    /** Reads a dossier, or fails with 400 naming every problem by its JSON path. */
    public Dossier read(String json) {
        return valid(loaded().dossiers().read(json));
    }

    /** Reads a dossier from UTF-8 bytes (a request body), or fails with 400 naming every problem. */
    public Dossier read(byte[] json) {
        return valid(loaded().dossiers().read(json));
    }

    private static Dossier valid(DossierJson.Result result) {
        return switch (result) {
            case DossierJson.Result.Valid(var dossier) -> dossier;
            case DossierJson.Result.Invalid(var problems) ->
                throw new ApiException(
                        HttpStatus.BAD_REQUEST,
                        "invalid-dossier",
                        Message.of("api.dossier.invalid", Arg.count("count", problems.size())),
                        problems.stream()
                                .map(p -> new ApiException.FieldProblem(p.path(), p.message()))
                                .toList());
        };
    }

    public String write(Dossier dossier) {
        return loaded().dossiers().writeCompact(dossier);
    }

    public Assessment assess(Dossier dossier, LocalDate asOf) {
        return loaded().catalog().evaluator().assess(dossier, asOf);
    }

    /** Assesses again under the edition a past assessment used (or by date when it had none). */
    public Assessment replay(Dossier dossier, LocalDate asOf, @Nullable String editionId) {
        if (editionId == null) return assess(dossier, asOf);
        var catalog = loaded().catalog();
        var edition = catalog.editions()
                .byId(editionId)
                .orElseThrow(() -> new IllegalStateException("edition " + editionId + " is no longer in the catalog"));
        return catalog.evaluator().assess(dossier, asOf, edition);
    }

    /**
     * A need whose absence the officer may accept: the rules make it conditional on a fact the dossier
     * cannot settle ({@link kz.qualify.rules.Need.Absence#NEEDS_REVIEW}, "при их использовании").
     *
     * @param requirementId the requirement
     * @param slot the need's slot ({@code need-<n>})
     * @param clause the requirement's clause id
     * @param label the need in the law's words
     */
    public record ConditionalNeed(String requirementId, String slot, String clause, String label) {}

    /** The needs of the activity's requirements, under the submission's edition, whose absence the officer may accept. */
    public List<ConditionalNeed> conditionalNeeds(@Nullable String editionId, LocalDate asOf, int activity) {
        var out = new ArrayList<ConditionalNeed>();
        edition(editionId, asOf).ifPresent(edition -> {
            for (var r : edition.requirementsOf(activity)) {
                for (var slot : Evidence.slots(r)) {
                    var need = slot.need();
                    if (need != null && need.absence() == kz.qualify.rules.Need.Absence.NEEDS_REVIEW) {
                        out.add(new ConditionalNeed(
                                r.id(), slot.key(), r.clause().id(), need.label()));
                    }
                }
            }
        });
        return out;
    }

    /**
     * {@link #replay} with the needs whose absence the officer accepted taken out of their rules: the
     * officer found that the case the law makes them conditional on does not arise, so the law does
     * not ask for them (and so for no document of them). Only conditional needs are taken out; the
     * others in {@code accepted} ("requirementId/need-n") are ignored.
     */
    public Assessment replay(
            Dossier dossier, LocalDate asOf, @Nullable String editionId, java.util.Set<String> accepted) {
        if (accepted.isEmpty()) return replay(dossier, asOf, editionId);
        var found = edition(editionId, asOf);
        if (found.isEmpty()) return replay(dossier, asOf, editionId);
        var edition = found.get();
        var requirements = edition.requirements().stream()
                .map(r -> withoutAccepted(r, accepted))
                .toList();
        var waived = new Edition(
                edition.id(),
                edition.title(),
                edition.actId(),
                edition.enactedBy(),
                edition.repealedBy(),
                edition.inForceFrom(),
                edition.inForceUntil(),
                edition.rulesVersion(),
                edition.activities(),
                edition.vocabulary(),
                requirements);
        return loaded().catalog().evaluator().assess(dossier, asOf, waived);
    }

    private static kz.qualify.rules.Requirement withoutAccepted(
            kz.qualify.rules.Requirement r, java.util.Set<String> accepted) {
        if (!(r.rule() instanceof kz.qualify.rules.Rule.ProvisionRule rule)) return r;
        var kept = new ArrayList<kz.qualify.rules.Need>();
        int n = 0;
        for (var need : rule.needs()) {
            n++;
            boolean waived = need.absence() == kz.qualify.rules.Need.Absence.NEEDS_REVIEW
                    && accepted.contains(r.id() + "/" + Evidence.NEED + n);
            if (!waived) kept.add(need);
        }
        // every rule with a conditional need has unconditional ones too; a rule left empty stays whole
        if (kept.size() == rule.needs().size() || kept.isEmpty()) return r;
        return new kz.qualify.rules.Requirement(
                r.id(),
                r.clause(),
                r.title(),
                r.quote(),
                r.interpretation(),
                r.applicability(),
                new kz.qualify.rules.Rule.ProvisionRule(kept),
                r.documents());
    }

    /** The edition a submission was assessed under, or the one in force on its date when it names none. */
    public java.util.Optional<Edition> edition(@Nullable String editionId, LocalDate asOf) {
        var editions = loaded().catalog().editions();
        if (editionId != null) return editions.byId(editionId);
        return switch (editions.on(asOf)) {
            case kz.qualify.law.Editions.Lookup.InForce(var edition) -> java.util.Optional.of(edition);
            case kz.qualify.law.Editions.Lookup.NoneInForce none -> java.util.Optional.empty();
        };
    }

    /**
     * The assessment as the record keeps it: the batch contract, in English with the Russian beside
     * ({@code messageRu}, each finding's {@code ru}), so a replay compares with what was stored.
     */
    public String write(Assessment assessment) {
        return loaded().assessments().writeCompact(assessment);
    }

    /** The assessment report in one language, as UTF-8 JSON for a response body. */
    public byte[] bytes(Assessment assessment, Language language) {
        return BYTES.writeValueAsBytes(tree(assessment, language));
    }

    /**
     * The assessment report with every text in {@code language} (the request's): no Russian twins;
     * the machine fields ({@code verdict}, {@code status}, {@code clause}, {@code counts}) and the
     * law's {@code quote} are the same in every language.
     */
    public ObjectNode tree(Assessment assessment, Language language) {
        return loaded().assessments().tree(assessment, language);
    }

    /**
     * The dossier as the application's files prove it under the edition in force on {@code asOf}: a
     * document the dossier claims counts only when a file bound to the slot it belongs in stands
     * behind it ({@link Evidence}), so a need claimed without a file is assessed as lacking evidence.
     */
    public Proven prove(Dossier dossier, LocalDate asOf, List<Attached> files) {
        var requirements = switch (loaded().catalog().editions().on(asOf)) {
            case Editions.Lookup.InForce(var edition) -> edition.requirementsOf(dossier.activity());
            // no edition applies: the assessment says so, and no file can prove anything
            case Editions.Lookup.NoneInForce none -> List.<kz.qualify.rules.Requirement>of();
        };
        var byId = new HashMap<String, Attached>();
        var titles = new HashMap<String, String>();
        var evidenceFiles = new ArrayList<Evidence.File>();
        for (var f : files) {
            var id = Long.toString(f.documentId());
            byId.put(id, f);
            titles.put(Evidence.FILE + id, f.filename());
            evidenceFiles.add(new Evidence.File(id, f.requirementId(), f.slot(), f.sha256()));
        }
        var matches = Evidence.match(dossier, requirements, evidenceFiles);
        var proven = Evidence.bound(
                dossier,
                requirements,
                matches.stream().map(Evidence.Match::binding).toList(),
                titles);
        var evidence = new LinkedHashMap<String, List<Attached>>();
        for (var m : matches) {
            if (proven.document(m.binding().documentId()).isEmpty()) continue;
            var list = evidence.computeIfAbsent(m.binding().requirementId(), k -> new ArrayList<>());
            var file = byId.get(m.file().id());
            if (!list.contains(file)) list.add(file);
        }
        return new Proven(proven, evidence);
    }

    /**
     * The assessment report with, in each finding, the files its evidence rests on: {@code
     * "evidence": [{"documentId": 12, "filename": "…", "slot": "need-1"}]} (empty when none).
     */
    public JsonNode tree(Assessment assessment, Proven proven, Language language) {
        var root = tree(assessment, language);
        for (var finding : root.path("findings")) {
            var requirement = finding.path("requirement").asString();
            var list = ((ObjectNode) finding).putArray("evidence");
            for (var f : proven.evidence().getOrDefault(requirement, List.of())) {
                list.addObject()
                        .put("documentId", f.documentId())
                        .put("filename", f.filename())
                        .put("slot", f.slot());
            }
        }
        return root;
    }

    /** The report with its evidence as UTF-8 JSON, for a response body. */
    public byte[] bytes(Assessment assessment, Proven proven, Language language) {
        return BYTES.writeValueAsBytes(tree(assessment, proven, language));
    }

    /** Whether the requirement of this id for the activity, in some edition, has a slot with this key. */
    public boolean isSlotOf(int activity, String requirementId, String slot) {
        return editions().stream()
                .flatMap(e -> e.requirementsOf(activity).stream())
                .filter(r -> r.id().equals(requirementId))
                .anyMatch(r -> Evidence.slot(r, slot).isPresent());
    }

    /** Whether some edition has a requirement with this id for the activity (documents name the requirement they evidence). */
    public boolean isRequirementOf(int activity, String requirementId) {
        return editions().stream()
                .flatMap(e -> e.requirementsOf(activity).stream())
                .anyMatch(r -> r.id().equals(requirementId));
    }

    public List<Edition> editions() {
        return loaded().catalog().editions().all();
    }
}
