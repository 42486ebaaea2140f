package kz.qualify.service;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.Test;

/** The flow on the embedded default: H2 files in a data folder. */
class H2LicensingFlowIT extends LicensingFlow {

    @Override
    Databases database() {
        return Databases.h2();
    }

    @Test
    void dataSurvivesARestart() {
        var org = Fixtures.organisation(admin, "ТОО «Перезапуск»");
        instance.close();
        instance = Instance.start(db);
        admin = instance.admin();
        officer = instance.api().as("officer-h2", Fixtures.PASSWORD);
        var again = admin.get("/api/organisations/" + org.id());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("taxId").asString()).isEqualTo(org.bin());
        assertThat(officer.get("/api/me").json().get("role").asString()).isEqualTo("OFFICER");
    }
}
