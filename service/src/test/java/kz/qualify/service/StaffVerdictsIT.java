package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each person of a filed item-1 dossier against the standard for their role, as the officer's dossier
 * serves it on real PostgreSQL: a manager with higher electric-power education and 15 years 6 months
 * meets "higher education in the power sphere, at least 3 years"; a manager with 2 years 11 months
 * and a specialist with general secondary education do not, and each verdict says why in the language
 * asked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffVerdictsIT {

    Databases db;
    Instance instance;
    Api officer;
    long id;

    @BeforeAll
    void start() throws Exception {
        db = Databases.postgres();
        instance = Instance.start(db);
        var admin = instance.admin();
        officer = Fixtures.newOfficer(admin, "verdicts");
        var org = Fixtures.organisation(admin, "АО «Сети для вердиктов»");
        var dossier = (ObjectNode)
                Api.JSON.readTree(Files.readString(Path.of("../examples/activity-1-electricity-transmission.json")));
        ((ObjectNode) dossier.get("applicant")).put("bin", org.bin()).put("name", org.name());
        // row 2: a manager short of the three years by one month; row 7: a specialist with general secondary education
        ((ObjectNode) dossier.get("staff").get(1)).put("experienceMonths", 35);
        ((ObjectNode) dossier.get("staff").get(6).get("education")).put("level", "GENERAL_SECONDARY");
        var created = org.applicant().post("/api/applications", json("activity", 1));
        id = created.json().get("id").asLong();
        var edited = org.applicant()
                .put("/api/applications/" + id + "/dossier", dossier.toString(), "If-Match", created.etag());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        var filed = org.applicant().submit(id, key());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    JsonNode person(String language, String ref) {
        var r = officer.speaking(language).get("/api/applications/" + id + "/review/dossier");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (var p : r.json().get("staff")) {
            if (p.get("ref").asString().equals(ref)) {
                assertThat(p.get("verdicts"))
                        .as("one staff requirement applies to item 1")
                        .hasSize(1);
                return p.get("verdicts").get(0);
            }
        }
        throw new AssertionError("no " + ref + " in " + r);
    }

    @Test
    void aManagerWhoMeetsTheStandardIsShownRequiredBesideHeld() {
        var v = person("en", "row-1");

        assertThat(v.get("outcome").asString()).isEqualTo("MEETS");
        assertThat(v.get("verdict").asString()).isEqualTo("meets the standard");
        assertThat(v.get("clause").asString()).isEqualTo("item 1.3");
        assertThat(v.get("levelRequired").asString()).isEqualTo("at least higher");
        assertThat(v.get("levelHeld").asString()).isEqualTo("higher");
        assertThat(v.get("fieldHeld").asString()).contains("Электроэнергетические системы и сети");
        assertThat(v.get("fieldMatch").asString()).isEqualTo("matches");
        assertThat(v.get("experienceRequired").asString()).isEqualTo("at least 3 years 0 months");
        assertThat(v.get("experienceHeld").asString()).isEqualTo("15 years 6 months");
        assertThat(v.get("why")).isEmpty();
    }

    @Test
    void aManagerOneMonthShortDoesNotMeetItAndIsToldWhyInEachLanguage() {
        var en = person("en", "row-2");
        var ru = person("ru", "row-2");
        var kk = person("kk", "row-2");

        assertThat(en.get("outcome").asString()).isEqualTo("DOES_NOT_MEET");
        assertThat(en.get("experienceHeld").asString()).isEqualTo("2 years 11 months");
        assertThat(en.get("why").get(0).asString())
                .isEqualTo("experience 2 years 11 months, the standard asks for at least 3 years 0 months");
        assertThat(ru.get("verdict").asString()).isEqualTo("не соответствует требованию");
        assertThat(ru.get("why").get(0).asString())
                .isEqualTo("стаж 2 года 11 месяцев, требуется не менее 3 лет 0 месяцев");
        assertThat(kk.get("verdict").asString()).isEqualTo("талапқа сәйкес емес");
        assertThat(kk.get("why").get(0).asString()).isEqualTo("еңбек өтілі 2 жыл 11 ай, талап: кемінде 3 жыл 0 ай");
    }

    @Test
    void aSpecialistBelowTheLevelDoesNotMeetTheSpecialistsStandard() {
        var v = person("ru", "row-7");

        assertThat(v.get("outcome").asString()).isEqualTo("DOES_NOT_MEET");
        assertThat(v.get("levelRequired").asString()).isEqualTo("не ниже: техническое и профессиональное");
        assertThat(v.get("levelHeld").asString()).isEqualTo("общее среднее");
        assertThat(v.get("fieldMatch").asString()).isEqualTo("определённая область не требуется");
        assertThat(v.get("experienceRequired").asString()).isEqualTo("не менее 1 года 0 месяцев");
        assertThat(v.get("why").get(0).asString())
                .isEqualTo("образование: общее среднее; требуется не ниже: техническое и профессиональное");
    }

    @Test
    void workersAndTheAccountantAreCountedAgainstNoStandard() {
        var worker = person("en", "row-8");
        var accountant = person("en", "row-9");

        assertThat(worker.get("outcome").asString()).isEqualTo("NOT_COUNTED");
        assertThat(worker.get("levelRequired").asString()).isEqualTo("no standard applies");
        assertThat(worker.get("why").get(0).asString()).startsWith("a worker");
        assertThat(accountant.get("why").get(0).asString()).startsWith("not production staff");
    }
}
