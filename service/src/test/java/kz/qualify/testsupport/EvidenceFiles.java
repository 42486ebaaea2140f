package kz.qualify.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import kz.qualify.formats.DossierJson;
import kz.qualify.law.Editions;
import tools.jackson.databind.JsonNode;

/**
 * Evidence as an applicant gives it: a small PDF uploaded to every place (slot) where the dossier
 * claims a document, so that what the dossier claims is what its files prove. Without them a claimed
 * document counts for nothing and the need it serves lacks evidence.
 */
public final class EvidenceFiles {

    private static final Catalog CATALOG = Catalog.standard();

    private EvidenceFiles() {}

    /** One uploaded file: its document id, the requirement and the slot it is bound to. */
    public record Uploaded(long id, String requirementId, String slot) {
        public String subject() {
            return "document:" + id;
        }
    }

    /**
     * Uploads one PDF to each slot of the edition in force on the tests' legal date where the dossier
     * places a document (core's {@code Evidence.claimed}); returns the uploads in order.
     */
    public static List<Uploaded> attachClaimed(Api applicant, long applicationId, String dossierJson) {
        var dossier = read(dossierJson);
        var edition = switch (CATALOG.editions().on(LocalDate.parse(Instance.LEGAL_DATE))) {
            case Editions.Lookup.InForce(var e) -> e;
            case Editions.Lookup.NoneInForce none -> throw new IllegalStateException(none.toString());
        };
        var uploaded = new ArrayList<Uploaded>();
        for (var r : edition.requirementsOf(dossier.activity())) {
            for (var slot : kz.qualify.assessment.Evidence.slots(r)) {
                if (kz.qualify.assessment.Evidence.claimed(dossier, r, slot).isEmpty()) continue;
                var name = r.id() + "-" + slot.key() + ".pdf";
                var r1 = applicant.upload(
                        "/api/applications/" + applicationId + "/documents",
                        name,
                        Fixtures.pdf(name),
                        Map.of("requirementId", r.id(), "slot", slot.key()));
                assertThat(r1.status()).as(r1.toString()).isEqualTo(201);
                uploaded.add(new Uploaded(r1.json().get("id").asLong(), r.id(), slot.key()));
            }
        }
        return uploaded;
    }

    /** The officer accepts every document of the application still waiting for a judgment. */
    public static void acceptEveryDocument(Api officer, long applicationId) {
        var checklist = officer.get("/api/applications/" + applicationId + "/review");
        assertThat(checklist.status()).as(checklist.toString()).isEqualTo(200);
        for (JsonNode missing : checklist.json().get("missing")) {
            var subject = missing.asString();
            if (!subject.startsWith("document:")) continue;
            var judged = officer.put(
                    "/api/applications/" + applicationId + "/judgments/" + subject,
                    Fixtures.json("outcome", "ACCEPTED", "comment", "документ подлинный"));
            assertThat(judged.status()).as(judged.toString()).isEqualTo(200);
        }
    }

    private static Dossier read(String json) {
        return switch (new DossierJson(CATALOG).read(json)) {
            case DossierJson.Result.Valid(var d) -> d;
            case DossierJson.Result.Invalid(var problems) -> throw new IllegalArgumentException(problems.toString());
        };
    }
}
