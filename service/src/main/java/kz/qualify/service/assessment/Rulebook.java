package kz.qualify.service.assessment;

import java.time.LocalDate;
import java.util.List;
import kz.qualify.assessment.Assessment;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import kz.qualify.formats.AssessmentJson;
import kz.qualify.formats.DossierJson;
import kz.qualify.law.Edition;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Bilingual;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

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

    Rulebook() {
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
                    loaded = l = new Loaded(catalog, new DossierJson(catalog), new AssessmentJson());
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
                                .map(p -> new ApiException.FieldProblem(
                                        p.path(), Bilingual.of(p.message(), p.messageRu())))
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

    /** The edition a submission was assessed under, or the one in force on its date when it names none. */
    public java.util.Optional<Edition> edition(@Nullable String editionId, LocalDate asOf) {
        var editions = loaded().catalog().editions();
        if (editionId != null) return editions.byId(editionId);
        return switch (editions.on(asOf)) {
            case kz.qualify.law.Editions.Lookup.InForce(var edition) -> java.util.Optional.of(edition);
            case kz.qualify.law.Editions.Lookup.NoneInForce none -> java.util.Optional.empty();
        };
    }

    public String write(Assessment assessment) {
        return loaded().assessments().writeCompact(assessment);
    }

    /** The assessment report as UTF-8 JSON, for a response body. */
    public byte[] bytes(Assessment assessment) {
        return BYTES.writeValueAsBytes(tree(assessment));
    }

    public JsonNode tree(Assessment assessment) {
        return loaded().assessments().tree(assessment);
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
