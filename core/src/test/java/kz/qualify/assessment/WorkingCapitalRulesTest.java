package kz.qualify.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.WorkingCapital;
import kz.qualify.law.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bank certificate rule of {@link WorkingCapitalPolicy}. */
class WorkingCapitalRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2012, 11, 1);

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                // bank, certificate date, copy attached, problem
                "АО «Халык Банк», 2012-10-15, true, null",
                "АО «Халык Банк», 2012-11-01, true, null",
                "АО «Халык Банк», 2012-11-02, true, 'the certificate is dated 2012-11-02, after 2012-11-01'",
                "null, 2012-10-15, true, 'no bank certificate (банковская справка) with bank, date and copy'",
                "АО «Халык Банк», null, true, 'no bank certificate (банковская справка) with bank, date and copy'",
                "АО «Халык Банк», 2012-10-15, false, 'no bank certificate (банковская справка) with bank, date and copy'"
            })
    void bankCertificateNamesItsBankDateAndCopyAndIsDatedByTheAssessment(
            String bank, LocalDate date, boolean attached, String problem) {
        var capital = new WorkingCapital(Money.tenge(50_000_000), bank, date, "doc-bank");
        var documents = attached
                ? List.of(new Document("doc-bank", "bank-certificate", "Справка", date, null, false, null))
                : List.<Document>of();
        var found = WorkingCapitalPolicy.certificate(capital, Dossiers.of(LegalForm.LEGAL_ENTITY, documents), AS_OF);
        if (problem == null) {
            assertThat(found).isNull();
        } else {
            assertThat(found).isNotNull();
            assertThat(found.issue().ref()).isEqualTo("workingCapital.certificate");
            // still the bridge sentence (Text#message): its English
            assertThat(((kz.qualify.message.Arg.Verbatim)
                                    found.issue().problem().arg("en"))
                            .text())
                    .isEqualTo(problem);
        }
    }
}
