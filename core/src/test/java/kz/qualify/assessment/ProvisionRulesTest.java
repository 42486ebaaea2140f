package kz.qualify.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.qualify.assessment.ProvisionPolicy.Grade;
import kz.qualify.dossier.Asset;
import kz.qualify.dossier.Contract;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.LegalBasis;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.OrderRef;
import kz.qualify.dossier.Permit;
import kz.qualify.dossier.Programme;
import kz.qualify.dossier.ServiceUnit;
import kz.qualify.rules.Provision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The named rules of {@link ProvisionPolicy}, one dossier item at a time. */
class ProvisionRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2012, 11, 1);

    @Test
    void assetHeldOnAStatedBasisWithItsTitleDocumentIsSatisfied() {
        var asset = new Asset("net", "electric-networks", "Сети", LegalBasis.LEASE, "doc-title");
        var o = ProvisionPolicy.heldLawfully(asset, Dossiers.withDocuments("doc-title"));
        assertThat(o.grade()).isEqualTo(Grade.SATISFIED);
        assertThat(o.ref()).isEqualTo("net");
        assertThat(o.detail()).isEqualTo(Text.of("held on LEASE", "законное основание: аренда"));
    }

    @Test
    void assetWithoutLegalBasisOrTitleCopyMissesEvidence() {
        var noBasis = new Asset("net", "electric-networks", "Сети", null, "doc-title");
        var noCopy = new Asset("net", "electric-networks", "Сети", LegalBasis.OWNERSHIP, "doc-title");
        assertThat(ProvisionPolicy.heldLawfully(noBasis, Dossiers.withDocuments("doc-title"))
                        .detail()
                        .en())
                .isEqualTo("the legal basis on which it is held is not stated");
        var o = ProvisionPolicy.heldLawfully(noCopy, Dossiers.withDocuments());
        assertThat(o.grade()).isEqualTo(Grade.MISSING_EVIDENCE);
        assertThat(o.detail().ru()).isEqualTo("не приложена копия правоустанавливающего документа");
    }

    @ParameterizedTest
    @CsvSource({
        // order date, copy attached, grade
        "2012-11-01, true, SATISFIED",
        "2012-11-02, true, FAILING",
        "2012-11-02, false, FAILING",
        "2012-10-31, false, MISSING_EVIDENCE"
    })
    void serviceIsEstablishedByAnOrderDatedByTheAssessmentWithItsCopy(
            LocalDate ordered, boolean attached, Grade grade) {
        var unit =
                new ServiceUnit("svc", "operation-maintenance", "Служба", new OrderRef("45-п", ordered, "doc-order"));
        var d = attached ? Dossiers.withDocuments("doc-order") : Dossiers.withDocuments();
        assertThat(ProvisionPolicy.established(unit, d, AS_OF).grade()).isEqualTo(grade);
    }

    @Test
    void serviceWithoutAnOrderMissesEvidence() {
        var unit = new ServiceUnit("svc", "operation-maintenance", "Служба", null);
        var o = ProvisionPolicy.established(unit, Dossiers.withDocuments(), AS_OF);
        assertThat(o.grade()).isEqualTo(Grade.MISSING_EVIDENCE);
        assertThat(o.detail().en()).isEqualTo("no order establishing it is given");
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                // approved on, copy, clause asks schedule, on schedule, grade
                "null, true, false, null, FAILING",
                "2012-11-02, true, false, null, FAILING",
                "2012-11-01, false, false, null, MISSING_EVIDENCE",
                "2012-11-01, true, true, null, REVIEW",
                "2012-11-01, true, true, false, FAILING",
                "2012-11-01, true, true, true, SATISFIED",
                "2012-11-01, true, false, false, SATISFIED"
            })
    void programmeIsApprovedByTheAssessmentAndOnScheduleWhereAsked(
            LocalDate approvedOn, boolean attached, boolean asksSchedule, Boolean onSchedule, Grade grade) {
        var prog =
                new Programme("prog", "energy-saving-programme", "Программа", approvedOn, "Совет", onSchedule, "doc");
        var d = attached ? Dossiers.withDocuments("doc") : Dossiers.withDocuments();
        var o = ProvisionPolicy.approved(
                prog, new Provision.Programme("energy-saving-programme", asksSchedule), d, AS_OF);
        assertThat(o.grade()).isEqualTo(grade);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                // protocol of intent, accepted, signed, valid until, copy, asks backup, backup, grade
                "true, false, null, null, true, false, null, FAILING",
                "true, true, null, null, true, false, null, SATISFIED",
                "false, false, 2012-11-02, null, true, false, null, FAILING",
                "false, false, 2012-01-01, 2012-10-31, true, false, null, FAILING",
                "false, false, 2012-01-01, 2012-11-01, true, false, null, SATISFIED",
                "false, false, 2012-01-01, null, false, false, null, MISSING_EVIDENCE",
                "false, false, 2012-01-01, null, true, true, null, REVIEW",
                "false, false, 2012-01-01, null, true, true, false, FAILING",
                "false, false, 2012-01-01, null, true, true, true, SATISFIED"
            })
    void contractIsSignedInForceAttachedAndProvidesBackupWhereAsked(
            boolean protocol,
            boolean accepted,
            LocalDate signed,
            LocalDate validUntil,
            boolean attached,
            boolean asksBackup,
            Boolean backup,
            Grade grade) {
        var contract =
                new Contract("c", "power-supply", "АО «Контрагент»", "1", signed, validUntil, protocol, backup, "doc");
        var d = attached ? Dossiers.withDocuments("doc") : Dossiers.withDocuments();
        var o = ProvisionPolicy.concluded(
                contract, new Provision.Contract("power-supply", accepted, asksBackup), d, AS_OF);
        assertThat(o.grade()).isEqualTo(grade);
        if (grade == Grade.SATISFIED) assertThat(o.detail().en()).isEqualTo("with АО «Контрагент»");
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "2012-01-01, 2012-10-31, true, FAILING",
                "2012-11-02, null, true, FAILING",
                "2012-01-01, 2012-11-01, false, MISSING_EVIDENCE",
                "null, null, true, SATISFIED"
            })
    void permitIsIssuedByTheAssessmentInForceAndAttached(
            LocalDate issued, LocalDate validUntil, boolean attached, Grade grade) {
        var permit = new Permit("p", "licence", "KZ-1", issued, validUntil, "doc");
        var d = attached ? Dossiers.withDocuments("doc") : Dossiers.withDocuments();
        var o = ProvisionPolicy.valid(permit, d, AS_OF);
        assertThat(o.grade()).isEqualTo(grade);
        if (grade == Grade.SATISFIED) assertThat(o.detail()).isEqualTo(Text.same("№ KZ-1"));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                // legal form, signed by, sealed, grade
                "LEGAL_ENTITY, null, true, MISSING_EVIDENCE",
                "LEGAL_ENTITY, FIRST_HEAD, true, SATISFIED",
                "LEGAL_ENTITY, ACTING_HEAD, true, SATISFIED",
                "LEGAL_ENTITY, FIRST_HEAD, false, FAILING",
                "LEGAL_ENTITY, APPLICANT, true, FAILING",
                "LEGAL_ENTITY, OTHER, true, FAILING",
                "BRANCH, FIRST_HEAD, true, SATISFIED",
                "INDIVIDUAL_ENTREPRENEUR, APPLICANT, false, SATISFIED",
                "INDIVIDUAL_ENTREPRENEUR, FIRST_HEAD, false, SATISFIED",
                "INDIVIDUAL_ENTREPRENEUR, ACTING_HEAD, true, FAILING"
            })
    void documentCertifiedByTheHeadIsSignedByTheRightPersonAndSealedForAnEntity(
            LegalForm form, Document.Signatory signer, boolean sealed, Grade grade) {
        var document = new Document("doc", "staff-table", "Сводная таблица", null, signer, sealed, null);
        var o = ProvisionPolicy.presented(
                document, new Provision.Document("staff-table", true), Dossiers.of(form, List.of(document)));
        assertThat(o.grade()).isEqualTo(grade);
    }

    @Test
    void documentNotAskedToBeCertifiedIsSatisfiedByItsPresence() {
        var document = new Document("doc", "scheme", "Схема сетей", null, null, false, null);
        var o = ProvisionPolicy.presented(
                document, new Provision.Document("scheme", false), Dossiers.of(LegalForm.LEGAL_ENTITY, List.of()));
        assertThat(o.grade()).isEqualTo(Grade.SATISFIED);
        assertThat(o.detail()).isEqualTo(Text.same("Схема сетей"));
    }

    @Test
    void absenceNamesTheKindOfProvisionAndItsCode() {
        var o = ProvisionPolicy.absent(new Provision.Contract("power-supply", false, false), Text.of("'x'", "«x»"));
        assertThat(o.grade()).isEqualTo(Grade.ABSENT);
        assertThat(o.ref()).isEmpty();
        assertThat(o.detail()).isEqualTo(Text.of("no contract 'x'", "нет договора «x»"));
    }
}
