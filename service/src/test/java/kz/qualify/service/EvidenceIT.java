package kz.qualify.service;

import static kz.qualify.service.ProblemDetailsIT.assertProblem;
import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

/**
 * Evidence is a document, on PostgreSQL: a file is bound to the slot of the need it proves; a need
 * the dossier claims without a file lacks evidence; each finding names the files it rests on; a
 * document is replaced or deleted while the application is a draft or returned, and not after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceIT {

    Databases db;
    Instance instance;
    Api admin;

    @BeforeAll
    void start() {
        db = Databases.postgres();
        instance = Instance.start(db);
        admin = instance.admin();
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    /** An item-7 draft with a dossier that claims every document; returns its id and the dossier. */
    private long draft(Fixtures.Org org) {
        var created = org.applicant().post("/api/applications", json("activity", 7));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var edited = org.applicant()
                .put(
                        "/api/applications/" + id + "/dossier",
                        Fixtures.item7Dossier(org.bin(), org.name(), true),
                        "If-Match",
                        created.etag());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        return id;
    }

    private static JsonNode finding(JsonNode assessment, String requirement) {
        return assessment
                .get("findings")
                .valueStream()
                .filter(f -> f.get("requirement").asString().equals(requirement))
                .findFirst()
                .orElseThrow();
    }

    private static Api.Response upload(Fixtures.Org org, long id, String name, Map<String, String> fields) {
        return org.applicant().upload("/api/applications/" + id + "/documents", name, Fixtures.pdf(name), fields);
    }

    @Test
    void aDossierThatClaimsItsDocumentsWithoutFilesLacksEvidenceAndItsFilesProveIt() {
        var org = Fixtures.organisation(admin, "ТОО «Без бумаг»");
        long id = draft(org);

        var claimed =
                org.applicant().get("/api/applications/" + id + "/assessment").json();
        assertThat(claimed.get("verdict").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(finding(claimed, "7.3").get("status").asString()).isEqualTo("MISSING_EVIDENCE");
        assertThat(finding(claimed, "7.3").get("evidence")).isEmpty();

        var files =
                EvidenceFiles.attachClaimed(org.applicant(), id, Fixtures.item7Dossier(org.bin(), org.name(), true));

        var proven =
                org.applicant().get("/api/applications/" + id + "/assessment").json();
        assertThat(proven.get("verdict").asString()).isEqualTo("NEEDS_REVIEW");
        var certificate = files.stream()
                .filter(f -> f.requirementId().equals("7.3"))
                .findFirst()
                .orElseThrow();
        var evidence = finding(proven, "7.3").get("evidence");
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0).get("documentId").asLong()).isEqualTo(certificate.id());
        assertThat(evidence.get(0).get("filename").asString()).isEqualTo("7.3-doc-bank-certificate.pdf");
        assertThat(evidence.get(0).get("slot").asString()).isEqualTo("doc-bank-certificate");
        // the consumer office's need rests on the file bound to it
        assertThat(finding(proven, "7.5")
                        .get("evidence")
                        .valueStream()
                        .map(e -> e.get("slot").asString()))
                .contains("need-1");
    }

    @Test
    void aFileBoundToAnotherNeedDoesNotProveTheOne() {
        var org = Fixtures.organisation(admin, "ТОО «Не туда»");
        long id = draft(org);
        var files =
                EvidenceFiles.attachClaimed(org.applicant(), id, Fixtures.item7Dossier(org.bin(), org.name(), true));
        var office = files.stream()
                .filter(f -> f.requirementId().equals("7.5") && f.slot().equals("need-1"))
                .findFirst()
                .orElseThrow();
        assertThat(org.applicant()
                        .delete("/api/applications/" + id + "/documents/" + office.id())
                        .status())
                .isEqualTo(204);
        // the title document of the office, uploaded to the generation contract's place
        var misplaced = upload(org, id, "свидетельство.pdf", Map.of("requirementId", "7.4", "slot", "need-1"));
        assertThat(misplaced.status()).as(misplaced.toString()).isEqualTo(201);

        var assessment =
                org.applicant().get("/api/applications/" + id + "/assessment").json();
        assertThat(finding(assessment, "7.5").get("status").asString()).isEqualTo("MISSING_EVIDENCE");
        assertThat(assessment.get("verdict").asString()).isEqualTo("NON_COMPLIANT");
    }

    @Test
    void anUploadNamesItsSlotAndAnUnknownSlotIsRefusedNamingTheField() {
        var org = Fixtures.organisation(admin, "ТОО «Слоты»");
        long id = draft(org);

        var bound = upload(org, id, "справка.pdf", Map.of("requirementId", "7.3", "slot", "doc-bank-certificate"));
        assertThat(bound.status()).as(bound.toString()).isEqualTo(201);
        assertThat(bound.json().get("requirementId").asString()).isEqualTo("7.3");
        assertThat(bound.json().get("slot").asString()).isEqualTo("doc-bank-certificate");
        var listed =
                org.applicant().get("/api/applications/" + id + "/documents").json();
        assertThat(listed.get(0).get("slot").asString()).isEqualTo("doc-bank-certificate");

        var unknown = upload(org, id, "x.pdf", Map.of("requirementId", "7.3", "slot", "need-9"));
        assertProblem(unknown, 400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("slot");
        // a slot of another requirement is no slot of this one
        var foreign = upload(org, id, "x.pdf", Map.of("requirementId", "7.3", "slot", "need-1"));
        assertProblem(foreign, 400);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("slot");
        var withoutRequirement = upload(org, id, "x.pdf", Map.of("slot", "need-1"));
        assertProblem(withoutRequirement, 400);
        assertThat(withoutRequirement.json().get("errors").get(0).get("field").asString())
                .isEqualTo("requirementId");
        assertThat(org.applicant().get("/api/applications/" + id + "/documents").json())
                .hasSize(1);
    }

    @Test
    void aDocumentIsReplacedAndDeletedWhileADraftOrReturnedAndNotWhenFiled() {
        var org = Fixtures.organisation(admin, "ТОО «Замена»");
        long id = draft(org);
        var files =
                EvidenceFiles.attachClaimed(org.applicant(), id, Fixtures.item7Dossier(org.bin(), org.name(), true));
        var certificate = files.stream()
                .filter(f -> f.requirementId().equals("7.3"))
                .findFirst()
                .orElseThrow();
        var base = "/api/applications/" + id + "/documents/";

        var other = Fixtures.organisation(admin, "ТОО «Чужие»");
        assertThat(other.applicant().delete(base + certificate.id()).status()).isEqualTo(404);

        var newBytes = Fixtures.pdf("справка банка, новая");
        var put = putFile(org.applicant(), base + certificate.id() + "/content", "справка-2.pdf", newBytes);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        long newId = put.json().get("id").asLong();
        assertThat(newId).isNotEqualTo(certificate.id());
        assertThat(put.json().get("slot").asString()).isEqualTo("doc-bank-certificate");
        assertThat(put.json().get("requirementId").asString()).isEqualTo("7.3");
        assertThat(put.json().get("filename").asString()).isEqualTo("справка-2.pdf");
        var sha = put.json().get("sha256").asString();

        var listed =
                org.applicant().get("/api/applications/" + id + "/documents").json();
        assertThat(listed.valueStream().map(d -> d.get("id").asLong()))
                .contains(newId)
                .doesNotContain(certificate.id());
        // the old file is still there for whoever may see it (an earlier filing's receipt names it)
        assertThat(org.applicant()
                        .get("/api/documents/" + certificate.id() + "/content")
                        .status())
                .isEqualTo(200);
        assertThat(finding(
                                org.applicant()
                                        .get("/api/applications/" + id + "/assessment")
                                        .json(),
                                "7.3")
                        .get("evidence")
                        .get(0)
                        .get("documentId")
                        .asLong())
                .isEqualTo(newId);

        var staffTable = files.stream()
                .filter(f -> f.requirementId().equals("7.1"))
                .findFirst()
                .orElseThrow();
        assertThat(org.applicant().delete(base + staffTable.id()).status()).isEqualTo(204);
        assertProblem(org.applicant().delete(base + staffTable.id()), 404);

        var trail = admin.get("/api/audit?entity=application&entityId=" + id + "&size=100")
                .json();
        assertThat(trail.get("items").valueStream().map(e -> e.get("action").asString()))
                .contains("document.attached", "document.replaced", "document.deleted");

        var filed = org.applicant().submit(id, key());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        // filed as the files prove it: the bank certificate with the hash of the file behind it
        var dossier = org.applicant()
                .get("/api/applications/" + id + "/submissions/1")
                .json()
                .get("dossier");
        assertThat(dossier.get("documents")
                        .valueStream()
                        .filter(d -> d.get("id").asString().equals("doc-bank"))
                        .findFirst()
                        .orElseThrow()
                        .get("sha256")
                        .asString())
                .isEqualTo(sha);
        assertThat(dossier.get("documents").valueStream().map(d -> d.get("id").asString()))
                .doesNotContain("doc-staff");

        assertProblem(org.applicant().delete(base + newId), 409);
        assertProblem(putFile(org.applicant(), base + newId + "/content", "поздно.pdf", Fixtures.pdf("поздно")), 409);
    }

    /** A multipart PUT of one file. */
    private static Api.Response putFile(Api api, String path, String filename, byte[] content) {
        var boundary = "----qualify" + java.util.UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return api.sendBytes("PUT", path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }
}
