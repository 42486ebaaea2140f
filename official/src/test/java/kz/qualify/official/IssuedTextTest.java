package kz.qualify.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The text a reader extracts from each document holds the decision's facts, in the language asked. */
class IssuedTextTest {

    static String text(SignedDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            return normalised(new PDFTextStripper().getText(pdf));
        }
    }

    static String firstPage(SignedDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            return normalised(stripper.getText(pdf));
        }
    }

    /** Lines joined with spaces: the layout breaks lines where it likes. */
    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void licenceNamesHolderActivityAnnexAuthorityOfficerAndLegalBasis(Language language) throws IOException {
        Licence licence = Samples.licence(language);
        String text = text(Engines.issued(OfficialDocument.Kind.LICENCE, language));

        assertThat(text)
                .contains(licence.number())
                .contains(licence.holder().name())
                .contains(Samples.BIN)
                .contains(licence.holder().address())
                .contains(licence.activity())
                .contains(licence.annex().number())
                .contains(licence.signatory().fullName())
                .contains(licence.signatory().position())
                .contains("214-III")
                .contains(licence.legalBasis());
        licence.annex().kindsOfWork().forEach(work -> assertThat(text).contains(work));
        licence.annex().equipmentScope().forEach(item -> assertThat(text).contains(item));
        assertThat(text)
                .contains(
                        switch (language) {
                            case KK -> "2012 жылғы 26 қараша";
                            case RU -> "26 ноября 2012 г.";
                            case EN -> "26 November 2012";
                        });
        assertThat(text)
                .contains(
                        switch (language) {
                            case KK -> "БСН";
                            case RU -> "БИН";
                            case EN -> "BIN";
                        });
        assertThat(text)
                .contains(
                        switch (language) {
                            case KK -> "ЛИЦЕНЗИЯҒА ҚОСЫМША";
                            case RU -> "ПРИЛОЖЕНИЕ К ЛИЦЕНЗИИ";
                            case EN -> "ANNEX TO THE LICENCE";
                        });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void refusalGivesEachGroundWithClauseFiguresAndTheLawInRussianAndTheRightToAppeal(Language language)
            throws IOException {
        Refusal refusal = Samples.refusal(language);
        String text = text(Engines.issued(OfficialDocument.Kind.REFUSAL, language));

        assertThat(text)
                .contains(refusal.number())
                .contains(refusal.applicant().name())
                .contains(refusal.application().number())
                .contains(refusal.signatory().fullName())
                .contains(refusal.signatory().position());
        for (Refusal.Ground ground : refusal.grounds()) {
            assertThat(text).contains(ground.clause()).contains(ground.reason()).contains(ground.lawQuote());
            ground.figures().forEach(figure -> assertThat(text).contains(figure));
        }
        assertThat(text)
                .contains(
                        switch (language) {
                            case KK -> "жоғары тұрған мемлекеттік органға";
                            case RU -> "вышестоящий государственный орган";
                            case EN -> "higher state body";
                        });
    }

    @Test
    void appealTermAndHigherBodyArePrintedOnlyWhenTheServiceGivesThem() throws IOException {
        Refusal withoutTerm = Samples.refusal(Language.RU);
        Refusal withTerm = new Refusal(
                withoutTerm.number(),
                withoutTerm.decidedOn(),
                withoutTerm.language(),
                withoutTerm.authority(),
                withoutTerm.signatory(),
                withoutTerm.applicant(),
                withoutTerm.application(),
                withoutTerm.activity(),
                withoutTerm.legalBasis(),
                withoutTerm.grounds(),
                new Refusal.Appeal("Министерство индустрии и новых технологий", "в течение тридцати календарных дней"),
                withoutTerm.verification(),
                List.of());

        String without = text(Engines.issued(OfficialDocument.Kind.REFUSAL, Language.RU));
        String with = text(Engines.development().issue(withTerm));

        assertThat(without)
                .contains("Сроки обжалования определяются законодательством Республики Казахстан")
                .doesNotContain("Срок обжалования:");
        assertThat(with)
                .contains("(Министерство индустрии и новых технологий)")
                .contains("Срок обжалования: в течение тридцати календарных дней")
                .doesNotContain("Сроки обжалования определяются");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void returnNoticeGivesEachReason(Language language) throws IOException {
        ReturnForCompletion notice = Samples.returnNotice(language);
        String text = text(Engines.issued(OfficialDocument.Kind.RETURN_FOR_COMPLETION, language));

        assertThat(text).contains(notice.number()).contains(notice.application().number());
        for (ReturnForCompletion.Reason reason : notice.reasons()) {
            assertThat(text).contains(reason.text());
            if (reason.clause() != null) {
                assertThat(text).contains(reason.clause());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void receiptListsEachDocumentWithItsSha256AndTheTimeOfFiling(Language language) throws IOException {
        FilingReceipt receipt = Samples.receipt(language);
        String text = text(Engines.issued(OfficialDocument.Kind.FILING_RECEIPT, language));

        assertThat(text)
                .contains(receipt.number())
                .contains(receipt.applicationNumber())
                .contains("12.11.2012, 15:42 (UTC+06:00)");
        for (FilingReceipt.ReceivedDocument document : receipt.documents()) {
            assertThat(text)
                    .contains(document.title())
                    .contains(document.fileName())
                    .contains(document.sha256().substring(0, 32))
                    .contains(document.sha256().substring(32));
        }
    }

    @ParameterizedTest
    @EnumSource(OfficialDocument.Kind.class)
    void everyDocumentSignedWithTheDevelopmentKeySaysSoOnItsFirstPage(OfficialDocument.Kind kind) throws IOException {
        for (Language language : Language.values()) {
            assertThat(firstPage(Engines.issued(kind, language)))
                    .contains(
                            switch (language) {
                                case KK -> "СЫНАҚ ҚОЛТАҢБАСЫ — ҚҰЖАТТЫҢ ЗАҢДЫ КҮШІ ЖОҚ";
                                case RU -> "ТЕСТОВАЯ ПОДПИСЬ — ДОКУМЕНТ НЕ ИМЕЕТ ЮРИДИЧЕСКОЙ СИЛЫ";
                                case EN -> "DEVELOPMENT SIGNATURE — NOT VALID FOR LEGAL USE";
                            });
        }
    }

    @ParameterizedTest
    @EnumSource(OfficialDocument.Kind.class)
    void everyDocumentPrintsItsVerificationAddress(OfficialDocument.Kind kind) throws IOException {
        for (Language language : Language.values()) {
            OfficialDocument document = Samples.of(kind, language);
            assertThat(text(Engines.issued(kind, language)))
                    .contains(document.verification().url().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = OfficialDocument.Kind.class,
            names = {"LICENCE", "REFUSAL"})
    void licenceAnnexAndRefusalStateEachAbsenceTheOfficerAcceptedInTheLanguageAsked(OfficialDocument.Kind kind)
            throws IOException {
        for (Language language : Language.values()) {
            AcceptedAbsence absence = Samples.absence(language);
            // the layout may break a line after a hyphen ("3-тармағы")
            String text = text(Engines.issued(kind, language)).replace("- ", "-");

            assertThat(text)
                    .contains(absence.need())
                    .contains(absence.clause())
                    .contains(absence.reason())
                    .contains(absence.acceptedBy())
                    .contains("20.11.2012, 10:15 (UTC+06:00)")
                    .contains(
                            switch (language) {
                                case KK -> "Болмауын қабылдаған:";
                                case RU -> "Отсутствие принято:";
                                case EN -> "Accepted by";
                            });
        }
    }

    @Test
    void aDocumentWithNoAcceptedAbsenceHasNoSectionForThem() throws IOException {
        Refusal without = Samples.refusal(Language.EN);
        Refusal plain = new Refusal(
                without.number(),
                without.decidedOn(),
                without.language(),
                without.authority(),
                without.signatory(),
                without.applicant(),
                without.application(),
                without.activity(),
                without.legalBasis(),
                without.grounds(),
                without.appeal(),
                without.verification(),
                List.of());

        assertThat(text(Engines.development().issue(plain)))
                .doesNotContain("whose absence the licensing officer accepted")
                .doesNotContain("Accepted by");
    }

    @Test
    void aKazakhDocumentIsWrittenInKazakh() throws IOException {
        String text = text(Engines.issued(OfficialDocument.Kind.REFUSAL, Language.KK));

        assertThat(text).contains("ЛИЦЕНЗИЯ БЕРУДЕН БАС ТАРТУ ТУРАЛЫ ДӘЛЕЛДІ ШЕШІМ", "Өтініш беруші", "Лицензиар");
        assertThat(List.of("Заявитель", "Основание", "Applicant")).noneMatch(text::contains);
    }
}
