package kz.qualify.service;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A deployment with the authority's own keystore ({@code qualify.seal.*}): its documents are signed
 * with that key, say nothing of a development signature, and no development key is made.
 */
class ConfiguredSealIT {

    @Test
    void documentsAreSignedWithTheConfiguredKeystoreAndCarryNoDevelopmentWarning() throws Exception {
        var folder = Files.createTempDirectory("qualify-seal-");
        var keystore = folder.resolve("authority.p12");
        TestKeystores.generate(keystore);

        try (var db = Databases.h2();
                var instance = Instance.start(
                        db,
                        Map.of(
                                "qualify.seal.keystore", keystore.toString(),
                                "qualify.seal.password", "seal-password",
                                "qualify.seal.alias", "authority",
                                "qualify.public-url", "https://licensing.example.kz"))) {
            var org = Fixtures.organisation(instance.admin(), "ТОО «Печать»");
            var created = org.applicant().post("/api/applications", json("activity", 7));
            long id = created.json().get("id").asLong();
            org.applicant()
                    .put(
                            "/api/applications/" + id + "/dossier",
                            Fixtures.item7Dossier(org.bin(), org.name(), true),
                            "If-Match",
                            created.etag());
            assertThat(org.applicant().submit(id, key()).status()).isEqualTo(201);
            var receipt = org.applicant().download("/api/applications/" + id + "/official-documents/receipt?lang=ru");
            assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
            String text;
            try (var pdf = Loader.loadPDF(receipt.body())) {
                text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                var signatures = pdf.getSignatureDictionaries();
                assertThat(signatures).hasSize(1);
                assertThat(signatures.getFirst().getName()).isEqualTo("Test Licensing Authority");
            }
            assertThat(text).contains("A-" + id).doesNotContain("ТЕСТОВАЯ ПОДПИСЬ");
            var data = ((Databases.H2) db).dataDir();
            try (var files = Files.walk(data)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).doesNotContain("development-seal.p12");
            }
        } finally {
            for (var f : List.of(keystore, folder)) Files.deleteIfExists(f);
        }
    }
}
