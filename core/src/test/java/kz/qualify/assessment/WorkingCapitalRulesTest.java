package kz.qualify.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.WorkingCapital;
import kz.qualify.law.Money;
import kz.qualify.law.MrpRate;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Rule;
import org.junit.jupiter.api.Test;
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
                "АО «Халык Банк», 2012-11-02, true, issue.capital.certificateAfter",
                "null, 2012-10-15, true, issue.capital.noCertificate",
                "АО «Халык Банк», null, true, issue.capital.noCertificate",
                "АО «Халык Банк», 2012-10-15, false, issue.capital.noCertificate"
            })
    void bankCertificateNamesItsBankDateAndCopyAndIsDatedByTheAssessment(
            String bank, LocalDate date, boolean attached, String problem) {
        var found = WorkingCapitalPolicy.certificate(capital(bank, date), dossier(date, attached), AS_OF);
        if (problem == null) {
            assertThat(found).isNull();
        } else {
            assertThat(found).isNotNull();
            assertThat(found.issue().ref()).isEqualTo("workingCapital.certificate");
            assertThat(found.issue().problem().key()).isEqualTo(problem);
        }
    }

    @Test
    void certificateDatedAfterTheAssessmentSaysBothDatesAndAsksForOneDatedByIt() {
        var late = LocalDate.of(2012, 11, 2);
        var found = WorkingCapitalPolicy.certificate(capital("АО «Халык Банк»", late), dossier(late, true), AS_OF);
        assertThat(found).isNotNull();
        assertThat(found.issue().problem())
                .isEqualTo(
                        Message.of("issue.capital.certificateAfter", Arg.date("date", late), Arg.date("asOf", AS_OF)));
        assertThat(found.remedy()).isEqualTo(Message.of("remedy.capital.attachCertificateBy", Arg.date("asOf", AS_OF)));
    }

    @Test
    void missingCertificateAsksForOneConfirmingTheStatedAmount() {
        var found = WorkingCapitalPolicy.certificate(capital(null, null), dossier(null, false), AS_OF);
        assertThat(found).isNotNull();
        assertThat(found.remedy())
                .isEqualTo(
                        Message.of("remedy.capital.attachCertificate", Arg.money("amount", Money.tenge(50_000_000))));
    }

    @Test
    void requiredFiguresStateTheMrpInForceAndTheAmountItMakes() {
        var rate = new MrpRate(LocalDate.of(2012, 1, 1), Money.tenge(1618), "Закон о бюджете на 2012 год", "");
        var figures = WorkingCapitalPolicy.requiredFigures(
                new Rule.WorkingCapitalRule(10_000, "bank-certificate"), rate, Money.tenge(16_180_000), AS_OF);
        assertThat(figures)
                .containsExactly(
                        Message.of(
                                "figure.capital.mrp",
                                Arg.date("date", AS_OF),
                                Arg.money("mrp", Money.tenge(1618)),
                                Arg.date("from", LocalDate.of(2012, 1, 1)),
                                Arg.text("law", "Закон о бюджете на 2012 год")),
                        Message.of(
                                "figure.capital.required",
                                Arg.count("minMrp", 10_000),
                                Arg.money("required", Money.tenge(16_180_000))));
    }

    private static WorkingCapital capital(String bank, LocalDate date) {
        return new WorkingCapital(Money.tenge(50_000_000), bank, date, "doc-bank");
    }

    private static kz.qualify.dossier.Dossier dossier(LocalDate date, boolean attached) {
        var documents = attached
                ? List.of(new Document("doc-bank", "bank-certificate", "Справка", date, null, false, null))
                : List.<Document>of();
        return Dossiers.of(LegalForm.LEGAL_ENTITY, documents);
    }
}
