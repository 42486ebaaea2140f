package kz.qualify.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The records refuse facts a document cannot print, naming the field. */
class ModelTest {

    @Test
    void rejectsAnIdentificationNumberOfElevenDigits() {
        assertThatThrownBy(() -> TaxId.bin("12054001234"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("taxId.digits: '12054001234' is not twelve digits");
    }

    @Test
    void rejectsAVerificationAddressThatIsNotHttp() {
        assertThatThrownBy(() -> Verification.of("ftp://qualify.example.kz/v/1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("verification.url: 'ftp://qualify.example.kz/v/1' is not an absolute http(s)");
        assertThatThrownBy(() -> Verification.of("/v/1"))
                .hasMessageStartingWith("verification.url: '/v/1' is not an absolute");
    }

    @Test
    void rejectsAVerificationAddressTooLongForAReadableQrCode() {
        assertThatThrownBy(() -> Verification.of("https://qualify.example.kz/v/" + "x".repeat(200)))
                .hasMessageStartingWith("verification.url: longer than 200 characters");
    }

    @Test
    void rejectsARefusalWithoutGrounds() {
        Refusal sample = Samples.refusal(Language.RU);
        assertThatThrownBy(() -> new Refusal(
                        sample.number(),
                        sample.decidedOn(),
                        sample.language(),
                        sample.authority(),
                        sample.signatory(),
                        sample.applicant(),
                        sample.application(),
                        sample.activity(),
                        sample.legalBasis(),
                        List.of(),
                        sample.appeal(),
                        sample.verification(),
                        List.of()))
                .hasMessage("refusal.grounds must not be empty");
    }

    @Test
    void rejectsABlankOfficerName() {
        assertThatThrownBy(() -> new Signatory("  ", "Руководитель"))
                .hasMessage("signatory.fullName must not be blank");
    }

    @Test
    void rejectsAHashThatIsNotSha256() {
        assertThatThrownBy(() -> new FilingReceipt.ReceivedDocument("Заявление", "a.pdf", 10, "abc"))
                .hasMessage("filingReceipt.documents[].sha256: 'abc' is not 64 hexadecimal digits");
    }

    @Test
    void rejectsAnAnnexThatListsNothing() {
        assertThatThrownBy(() -> new Licence.Annex("001", List.of(), List.of(), List.of()))
                .hasMessageStartingWith("licence.annex: names no sub-activity");
    }

    @Test
    void readsALanguageTag() {
        assertThat(Language.of("kk-KZ")).isEqualTo(Language.KK);
        assertThatThrownBy(() -> Language.of("de")).hasMessage("language: 'de' is not one of kk, ru, en");
    }

    @Test
    void fileNameKeepsTheNumbersLettersAndDigits() {
        Licence licence = Samples.licence(Language.RU);
        assertThat(OfficialDocuments.fileName(licence)).isEqualTo("licence-12018765-ru.pdf");
        assertThat(OfficialDocuments.fileName(Samples.refusal(Language.KK))).isEqualTo("refusal-R-2012-0093-kk.pdf");
        Licence cyrillic = new Licence(
                "ЛЦ 0417/12",
                licence.issuedOn(),
                licence.language(),
                licence.authority(),
                licence.signatory(),
                licence.holder(),
                licence.activity(),
                licence.annex(),
                licence.legalBasis(),
                licence.verification(),
                List.of());
        assertThat(OfficialDocuments.fileName(cyrillic)).isEqualTo("licence-0417-12-ru.pdf");
    }

    @Test
    void refusesTextTheFontsCannotPrintInsteadOfMakingAPdfThatIsNotPdfA() {
        Licence sample = Samples.licence(Language.EN);
        Licence withEmoji = new Licence(
                sample.number(),
                sample.issuedOn(),
                sample.language(),
                sample.authority(),
                sample.signatory(),
                new Party(
                        "Smiling Partners \uD83D\uDE00 LLP",
                        sample.holder().taxId(),
                        sample.holder().address()),
                sample.activity(),
                sample.annex(),
                sample.legalBasis(),
                sample.verification(),
                List.of());

        assertThatThrownBy(() -> Engines.development().issue(withEmoji))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("characters its fonts cannot print: U+1F600");
    }
}
