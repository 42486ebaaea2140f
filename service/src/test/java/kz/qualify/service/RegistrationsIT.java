package kz.qualify.service;

import static kz.qualify.service.ProblemDetailsIT.assertProblem;
import static kz.qualify.testsupport.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A company registers itself over HTTP without an account: a BIN with a wrong check digit is refused
 * naming the field; until an officer or administrator approves, its contact cannot log in (so cannot
 * file); approved, the organisation and the applicant account exist and it files; a rejection keeps
 * the reason; a decided registration cannot be decided again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationsIT {

    static final String PASSWORD = "registered-company-password";

    Databases db;
    Instance instance;
    Api admin;
    Api officer;
    Api anonymous;

    @BeforeAll
    void start() {
        db = Databases.h2();
        instance = Instance.start(db);
        admin = instance.admin();
        officer = Fixtures.newOfficer(admin, "registrar");
        anonymous = admin.anonymous();
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    static Map<String, Object> form(String bin, String username) {
        return json(
                "legalForm", "LEGAL_ENTITY",
                "taxId", bin,
                "name", "ТОО «Самозапись»",
                "address", "г. Караганда, ул. Ерубаева, 5",
                "contactName", "Ахметова Динара Болатовна",
                "contactPosition", "Директор",
                "contactEmail", "d.akhmetova@example.kz",
                "contactLanguage", "kk",
                "username", username,
                "password", PASSWORD);
    }

    @Test
    void aCompanyRegistersIsApprovedByAnOfficerAndThenFiles() {
        var bin = Fixtures.bin();
        var username = "self-" + bin;
        var registered = anonymous.post("/api/registrations", form(bin, username));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.body()).doesNotContain(PASSWORD).doesNotContain("password");
        long id = registered.json().get("id").asLong();
        assertThat(registered.json().get("status").asString()).isEqualTo("PENDING");

        var company = anonymous.as(username, PASSWORD);
        assertThat(company.get("/api/me").status())
                .as("no account until approved")
                .isEqualTo(401);
        assertProblem(anonymous.post("/api/registrations", form(bin, "another-" + bin)), 409);
        assertProblem(anonymous.get("/api/registrations"), 401);
        assertThat(officer.get("/api/registrations?status=PENDING")
                        .json()
                        .get("items")
                        .valueStream()
                        .map(r -> r.get("id").asLong()))
                .contains(id);

        var approved = officer.post("/api/registrations/" + id + "/approve", "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        var me = company.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("APPLICANT");
        assertThat(me.json().get("mustChangePassword").asBoolean())
                .as("the password is the company's own")
                .isFalse();
        assertThat(me.json().get("profile").get("fullName").asString()).isEqualTo("Ахметова Динара Болатовна");
        var organisation = admin.get(
                "/api/organisations/" + me.json().get("organisationId").asLong());
        assertThat(organisation.json().get("taxId").asString()).isEqualTo(bin);

        var created = company.post("/api/applications", json("activity", 7));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertProblem(officer.post("/api/registrations/" + id + "/approve", ""), 409);
    }

    @Test
    void aWrongCheckDigitIsRefusedNamingTheField() {
        var bin = Fixtures.bin();
        var wrong = bin.substring(0, 11) + ((bin.charAt(11) - '0' + 1) % 10);
        var refused = anonymous.speaking("ru").post("/api/registrations", form(wrong, "wrong-" + bin));
        assertProblem(refused, 400);
        assertThat(refused.body()).contains("taxId");
        var shortPassword = form(Fixtures.bin(), "weak-" + bin);
        shortPassword.put("password", "short");
        var weak = anonymous.post("/api/registrations", shortPassword);
        assertProblem(weak, 400);
        assertThat(weak.body()).contains("password");
        var noContact = form(Fixtures.bin(), "nocontact-" + bin);
        noContact.remove("contactEmail");
        assertProblem(anonymous.post("/api/registrations", noContact), 400);
    }

    @Test
    void aRejectionKeepsItsReasonAndMakesNoAccount() {
        var bin = Fixtures.bin();
        var username = "rejected-" + bin;
        long id = anonymous
                .post("/api/registrations", form(bin, username))
                .json()
                .get("id")
                .asLong();
        assertProblem(admin.post("/api/registrations/" + id + "/reject", json("reason", " ")), 400);
        var rejected = admin.post(
                "/api/registrations/" + id + "/reject", json("reason", "БИН принадлежит другой организации"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("reason").asString()).isEqualTo("БИН принадлежит другой организации");
        assertThat(anonymous.as(username, PASSWORD).get("/api/me").status()).isEqualTo(401);
        assertProblem(admin.post("/api/registrations/" + id + "/approve", ""), 409);
        assertProblem(
                Fixtures.organisation(admin, "ТОО «Чужой»")
                        .applicant()
                        .post("/api/registrations/" + id + "/approve", ""),
                403);
    }

    @Test
    void theAuditTrailIsFoundByWhoAndWhatWasDone() {
        var bin = Fixtures.bin();
        var username = "audited-" + bin;
        long id = anonymous
                .post("/api/registrations", form(bin, username))
                .json()
                .get("id")
                .asLong();
        officer.post("/api/registrations/" + id + "/approve", "");
        var byCompany = admin.get("/api/audit?actor=" + username);
        assertThat(byCompany
                        .json()
                        .get("items")
                        .valueStream()
                        .map(e -> e.get("action").asString()))
                .containsExactly("registration.requested");
        var approvals = admin.get("/api/audit?action=registration.approved&entity=registration&entityId=" + id);
        assertThat(approvals.json().get("total").asLong()).isEqualTo(1);
        assertThat(approvals.json().get("items").get(0).get("actor").asString()).isEqualTo(officer.user());
        assertThat(admin.get("/api/audit?action=account.&size=200")
                        .json()
                        .get("items")
                        .valueStream()
                        .allMatch(e -> e.get("action").asString().startsWith("account.")))
                .isTrue();
        assertProblem(admin.get("/api/audit?actor=" + "x".repeat(101)), 400);
        assertProblem(anonymous.get("/api/audit"), 401);
    }
}
