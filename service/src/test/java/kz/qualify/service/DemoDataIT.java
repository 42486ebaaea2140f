package kz.qualify.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.Test;

/** Demo data exist only when asked for, and the demo runs inside the edition's period. */
class DemoDataIT {

    @Test
    void theDemoHasAnApplicantAnOfficerAndAFiledApplicationInsideTheEditionsPeriod() {
        try (var db = Databases.h2();
                var instance = Instance.start(
                        db,
                        Map.of(
                                "qualify.demo",
                                "true",
                                "qualify.demo-password",
                                "demo-password-1",
                                "qualify.legal-date",
                                ""))) {
            var applicant = instance.api().as("demo-applicant", "demo-password-1");
            var officer = instance.api().as("demo-officer", "demo-password-1");
            // the demo accounts' password comes from the configuration: not temporary
            assertThat(applicant.get("/api/me").json().get("mustChangePassword").asBoolean())
                    .isFalse();
            assertThat(officer.get("/api/me").json().get("mustChangePassword").asBoolean())
                    .isFalse();
            var apps = applicant.get("/api/applications").json().get("items");
            assertThat(apps.size()).isEqualTo(1);
            long id = apps.get(0).get("id").asLong();
            assertThat(apps.get(0).get("state").asString()).isEqualTo("SUBMITTED");
            var filing = officer.get("/api/applications/" + id + "/submissions")
                    .json()
                    .get(0);
            assertThat(filing.get("editionId").asString()).isEqualTo("decree-967-2012");
            assertThat(filing.get("legalDate").asString()).isBetween("2012-09-05", "2013-02-08");
            assertThat(officer.get("/api/review/queue").json().get("total").asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void withoutTheFlagThereIsNoDemoData() {
        try (var db = Databases.h2();
                var instance = Instance.start(db)) {
            assertThat(instance.api()
                            .as("demo-applicant", "demo-password-1")
                            .get("/api/me")
                            .status())
                    .isEqualTo(401);
            assertThat(instance.admin().get("/api/accounts").json().get("total").asLong())
                    .isEqualTo(1);
        }
    }
}
