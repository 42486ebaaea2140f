package kz.qualify.service;

import static kz.qualify.service.ProblemDetailsIT.assertProblem;
import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.EvidenceFiles;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Where the law allows, the officer accepts its absence", on PostgreSQL: item 6's concentrator states
 * its crushing complex (a need the law makes conditional on the processing technology) but attaches no
 * document for it, so the filing lacks evidence and cannot be approved. The officer accepts the
 * absence with a reason — recorded and audited, refused without a reason or for a need the law asks
 * for unconditionally — the need leaves the assessment, the licence can be issued, and the decision
 * the applicant reads states the need and the reason. The officer's dossier shows the applicant's
 * legal address and head as filed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcceptedAbsencesIT {

    Databases db;
    Instance instance;
    Api admin;
    Api officer;

    @BeforeAll
    void start() {
        db = Databases.postgres();
        instance = Instance.start(db);
        admin = instance.admin();
        officer = Fixtures.newOfficer(admin, "absences");
        var named = officer.put(
                "/api/me/profile",
                json("fullName", "Сейтқали Айгүл Маратқызы", "position", "Бас сарапшы", "preferredLanguage", "kk"));
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    /** Item 6's example filed with every document but the crushing complex's title, taken into review. */
    private long underReviewWithoutTheCrushingTitle(Fixtures.Org org) throws Exception {
        var dossier = (ObjectNode)
                Api.JSON.readTree(Files.readString(Path.of("../examples/activity-6-mineral-processing.json")));
        var applicant = (ObjectNode) dossier.get("applicant");
        applicant.put("bin", org.bin()).put("name", org.name()).put("address", "Қарағанды қ., Бұқар жырау даңғылы, 1");
        applicant.putObject("head").put("fullName", "Ахметов Ерлан Серікұлы").put("position", "Бас директор");
        var created = org.applicant().post("/api/applications", json("activity", 6));
        long id = created.json().get("id").asLong();
        var edited = org.applicant()
                .put("/api/applications/" + id + "/dossier", dossier.toString(), "If-Match", created.etag());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        var crushing = EvidenceFiles.attachClaimed(org.applicant(), id, dossier.toString()).stream()
                .filter(u -> u.requirementId().equals("6.2") && u.slot().equals("need-6"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the example attaches the crushing complex's title"));
        assertThat(org.applicant()
                        .delete("/api/applications/" + id + "/documents/" + crushing.id())
                        .status())
                .isEqualTo(204);
        var filed = org.applicant().submit(id, key());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(finding(filed.json().get("assessment"), "6.2").get("status").asString())
                .isEqualTo("MISSING_EVIDENCE");
        assertThat(officer.post("/api/applications/" + id + "/review/start", "").status())
                .isEqualTo(200);
        EvidenceFiles.acceptEveryDocument(officer, id);
        return id;
    }

    private static JsonNode finding(JsonNode assessment, String requirement) {
        return StreamSupport.stream(assessment.get("findings").spliterator(), false)
                .filter(f -> f.get("requirement").asString().equals(requirement))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + requirement + " in " + assessment));
    }

    private JsonNode checklist(long id) {
        var r = officer.get("/api/applications/" + id + "/review");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode absence(JsonNode checklist, String requirement, String slot) {
        return StreamSupport.stream(checklist.get("absences").spliterator(), false)
                .filter(a -> a.get("requirementId").asString().equals(requirement)
                        && a.get("slot").asString().equals(slot))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no absence " + requirement + "/" + slot + " in " + checklist));
    }

    @Test
    void theOfficerAcceptsAConditionalNeedWithoutItsDocumentAndTheLicenceCanBeIssued() throws Exception {
        var org = Fixtures.organisation(admin, "ТОО «Қарағанды байыту»");
        long id = underReviewWithoutTheCrushingTitle(org);

        var before = checklist(id);
        var crushing = absence(before, "6.2", "need-6");
        assertThat(crushing.get("need").asString()).contains("дробильно-сортировочный");
        assertThat(crushing.get("accepted").isNull()).isTrue();
        assertThat(before.get("absences").valueStream().map(a -> a.get("slot").asString()))
                .as("needs the law asks for unconditionally, and those with a document, are not offered")
                .doesNotContain("need-1");
        for (var subject :
                before.get("missing").valueStream().map(JsonNode::asString).toList()) {
            var judged = officer.put(
                    "/api/applications/" + id + "/judgments/" + subject,
                    json("outcome", "ACCEPTED", "comment", "соответствует"));
            assertThat(judged.status()).as(judged.toString()).isEqualTo(200);
        }
        var blocked = officer.post("/api/applications/" + id + "/decision", json("outcome", "APPROVE"));
        assertProblem(blocked, 409);
        assertThat(blocked.body()).contains("requirement:6.2");

        assertProblem(
                officer.post(
                        "/api/applications/" + id + "/review/absences",
                        json("requirementId", "6.2", "slot", "need-6", "reason", " ")),
                400);
        var unconditional = officer.post(
                "/api/applications/" + id + "/review/absences",
                json("requirementId", "6.2", "slot", "need-1", "reason", "не нужно"));
        assertProblem(unconditional, 400);
        assertThat(unconditional.body()).contains("\"slot\"");
        assertProblem(
                org.applicant()
                        .post(
                                "/api/applications/" + id + "/review/absences",
                                json("requirementId", "6.2", "slot", "need-6", "reason", "сами решили")),
                403);

        var reason = "руда поступает раздробленной с рудника; технология обогащения дробления не предусматривает";
        var accepted = officer.post(
                "/api/applications/" + id + "/review/absences",
                json("requirementId", "6.2", "slot", "need-6", "reason", reason));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("accepted").get("reason").asString()).isEqualTo(reason);
        var after = absence(checklist(id), "6.2", "need-6");
        assertThat(after.get("accepted").get("officer").asString()).isEqualTo(officer.user());
        var audit = admin.get("/api/audit?action=review.absenceAccepted&entity=application&entityId=" + id);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.body()).contains(reason);

        // withdrawn, the need counts again; accepted again, it does not
        var withdrawn = officer.delete("/api/applications/" + id + "/review/absences?requirement=6.2&slot=need-6");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(absence(checklist(id), "6.2", "need-6").get("accepted").isNull())
                .isTrue();
        assertProblem(officer.post("/api/applications/" + id + "/decision", json("outcome", "APPROVE")), 409);
        assertThat(officer.post(
                                "/api/applications/" + id + "/review/absences",
                                json("requirementId", "6.2", "slot", "need-6", "reason", reason))
                        .status())
                .isEqualTo(200);

        for (var subject : checklist(id)
                .get("missing")
                .valueStream()
                .map(JsonNode::asString)
                .toList()) {
            officer.put(
                    "/api/applications/" + id + "/judgments/" + subject,
                    json("outcome", "ACCEPTED", "comment", "соответствует"));
        }
        var approved = officer.post("/api/applications/" + id + "/decision", json("outcome", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        var decision = org.applicant().get("/api/applications/" + id + "/decision");
        assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
        var absences = decision.json().get("acceptedAbsences");
        assertThat(absences).hasSize(1);
        assertThat(absences.get(0).get("clause").asString()).isEqualTo("6.2");
        assertThat(absences.get(0).get("need").asString()).contains("дробильно-сортировочный");
        assertThat(absences.get(0).get("reason").asString()).isEqualTo(reason);
    }

    @Test
    void theOfficersDossierShowsTheApplicantsLegalAddressAndHead() throws Exception {
        var org = Fixtures.organisation(admin, "ТОО «Мекенжай»");
        long id = underReviewWithoutTheCrushingTitle(org);

        var view = officer.speaking("kk").get("/api/applications/" + id + "/review/dossier");
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        var applicant = view.json().get("applicant");
        assertThat(applicant.get("address").asString()).isEqualTo("Қарағанды қ., Бұқар жырау даңғылы, 1");
        assertThat(applicant.get("headName").asString()).isEqualTo("Ахметов Ерлан Серікұлы");
        assertThat(applicant.get("headPosition").asString()).isEqualTo("Бас директор");
        assertThat(applicant.get("legalForm").asString()).isEqualTo("заңды тұлға");
    }
}
