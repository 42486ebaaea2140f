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
 * legal address and head as filed. The reviewed assessment reads the filing with the acceptance (the
 * filed record unchanged), the refusal's grounds come from it, and the licence's annex and the refusal
 * state the accepted absence — which need, which clause, who accepted it and when — in kk, ru and en.
 * On H2 (the default); {@link PostgresAcceptedAbsencesIT} runs the same on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcceptedAbsencesIT {

    static final String OFFICER_NAME = "Сейтқали Айгүл Маратқызы";

    Databases db;
    Instance instance;
    Api admin;
    Api officer;

    Databases database() {
        return Databases.h2();
    }

    @BeforeAll
    void start() {
        db = database();
        instance = Instance.start(db);
        admin = instance.admin();
        officer = Fixtures.newOfficer(admin, "absences");
        var named = officer.put(
                "/api/me/profile",
                json("fullName", OFFICER_NAME, "position", "Бас сарапшы", "preferredLanguage", "kk"));
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
        assertThat(absences.get(0).get("acceptedBy").asString()).isEqualTo(officer.user());
        assertThat(absences.get(0).get("acceptedByName").asString()).isEqualTo(OFFICER_NAME);
        assertThat(absences.get(0).get("acceptedAt").asString()).isNotBlank();

        // the filing stays as filed; the reviewed assessment reads it with the acceptance
        var filed = org.applicant().get("/api/applications/" + id + "/submissions/1");
        assertThat(finding(filed.json().get("assessment"), "6.2").get("status").asString())
                .isEqualTo("MISSING_EVIDENCE");
        var reviewed = reviewed(org.applicant().speaking("kk"), id);
        assertThat(reviewed.get("reviewed").asBoolean()).isTrue();
        assertThat(reviewed.get("filedVerdict").asString())
                .isEqualTo(filed.json().get("assessment").get("verdict").asString());
        assertThat(finding(reviewed, "6.2").get("status").asString()).isNotEqualTo("MISSING_EVIDENCE");
        var stated = reviewed.get("acceptedAbsences").get(0);
        assertThat(stated.get("slot").asString()).isEqualTo("need-6");
        assertThat(stated.get("acceptedByName").asString()).isEqualTo(OFFICER_NAME);
        assertThat(stated.get("need").asString()).as("the need in Kazakh words").doesNotContain("дробильно");
        assertThat(reviewed(officer, id).get("acceptedAbsences")).hasSize(1);
        var stranger = Fixtures.organisation(admin, "ТОО «Бөгде»");
        assertProblem(stranger.applicant().get("/api/applications/" + id + "/reviewed-assessment"), 404);

        // the licence's annex states the acceptance in the language asked
        for (var lang : java.util.List.of("kk", "ru", "en")) {
            assertThat(stated(org.applicant(), id, "licence", lang, reason))
                    .contains(
                            switch (lang) {
                                case "kk" -> "Болмауын қабылдаған:";
                                case "ru" -> "Отсутствие принято:";
                                default -> "Accepted by";
                            });
        }
    }

    /**
     * The text of the document in the language, after checking that it states the accepted absence:
     * the need as the reviewed assessment words it in that language, the reason and the officer.
     */
    private static String stated(Api applicant, long id, String document, String lang, String reason) {
        var need = reviewed(applicant.speaking(lang), id)
                .get("acceptedAbsences")
                .get(0)
                .get("need")
                .asString();
        var text = OfficialDocumentsIT.text(OfficialDocumentsIT.pdf(
                                applicant,
                                "/api/applications/" + id + "/official-documents/" + document + "?lang=" + lang)
                        .body())
                .replace("- ", "-");
        assertThat(text)
                .as(document + " in " + lang)
                .contains(need)
                .contains(reason)
                .contains(OFFICER_NAME);
        return text;
    }

    private static JsonNode reviewed(Api who, long id) {
        var r = who.get("/api/applications/" + id + "/reviewed-assessment");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theRefusalsGroundsComeFromTheReviewedAssessmentAndItStatesTheAcceptedAbsence() throws Exception {
        var org = Fixtures.organisation(admin, "ТОО «Бас тарту»");
        long id = underReviewWithoutTheCrushingTitle(org);
        var without = reviewed(officer, id);
        assertThat(without.get("reviewed").asBoolean()).isFalse();
        assertThat(without.get("acceptedAbsences")).isEmpty();
        assertThat(finding(without, "6.2").get("status").asString()).isEqualTo("MISSING_EVIDENCE");

        var reason = "технология обогащения дробления не предусматривает";
        assertThat(officer.post(
                                "/api/applications/" + id + "/review/absences",
                                json("requirementId", "6.2", "slot", "need-6", "reason", reason))
                        .status())
                .isEqualTo(200);
        var checklist = checklist(id);
        for (var subject :
                checklist.get("missing").valueStream().map(JsonNode::asString).toList()) {
            officer.put(
                    "/api/applications/" + id + "/judgments/" + subject,
                    json("outcome", "ACCEPTED", "comment", "соответствует"));
        }
        var document = checklist
                .get("points")
                .valueStream()
                .filter(p -> p.get("kind").asString().equals("document"))
                .findFirst()
                .orElseThrow()
                .get("subject")
                .asString();
        var rejected = officer.put(
                "/api/applications/" + id + "/judgments/" + document,
                json("outcome", "REJECTED", "comment", "копия нечитаема"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);

        var refused = officer.post("/api/applications/" + id + "/decision", json("outcome", "REFUSE"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        var grounds = refused.json().get("refusal").get("unmetRequirements");
        assertThat(grounds.valueStream().map(g -> g.get("requirementId").asString()))
                .as("6.2 lacked only the document whose absence was accepted")
                .doesNotContain("6.2");
        assertThat(refused.json()
                        .get("refusal")
                        .get("acceptedAbsences")
                        .get(0)
                        .get("acceptedByName")
                        .asString())
                .isEqualTo(OFFICER_NAME);

        for (var lang : java.util.List.of("kk", "ru", "en")) {
            assertThat(stated(org.applicant(), id, "refusal", lang, reason)).contains("копия нечитаема");
        }
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
