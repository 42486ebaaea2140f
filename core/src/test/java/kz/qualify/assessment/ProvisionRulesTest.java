package kz.qualify.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Need;
import kz.qualify.rules.Provision;
import kz.qualify.rules.Rule;
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
        assertThat(o.detail())
                .isEqualTo(Message.of("outcome.provision.asset.heldOn", Arg.label("basis", LegalBasis.LEASE)));
    }

    @Test
    void assetWithoutLegalBasisOrTitleCopyMissesEvidence() {
        var noBasis = new Asset("net", "electric-networks", "Сети", null, "doc-title");
        var noCopy = new Asset("net", "electric-networks", "Сети", LegalBasis.OWNERSHIP, "doc-title");
        assertThat(ProvisionPolicy.heldLawfully(noBasis, Dossiers.withDocuments("doc-title"))
                        .detail()
                        .key())
                .isEqualTo("issue.provision.asset.noBasis");
        var o = ProvisionPolicy.heldLawfully(noCopy, Dossiers.withDocuments());
        assertThat(o.grade()).isEqualTo(Grade.MISSING_EVIDENCE);
        assertThat(o.detail().key()).isEqualTo("issue.provision.asset.noTitleCopy");
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
        assertThat(o.detail().key()).isEqualTo("issue.provision.service.noOrder");
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
        if (grade == Grade.SATISFIED) {
            assertThat(o.detail())
                    .isEqualTo(
                            Message.of("outcome.provision.contract.with", Arg.text("counterparty", "АО «Контрагент»")));
        }
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
        if (grade == Grade.SATISFIED) {
            assertThat(o.detail()).isEqualTo(Message.of("outcome.provision.permit.number", Arg.text("number", "KZ-1")));
        }
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
        assertThat(o.detail())
                .isEqualTo(Message.of("outcome.provision.document.title", Arg.text("title", "Схема сетей")));
    }

    @Test
    void absenceNamesTheKindOfProvisionAndItsCode() {
        var o = ProvisionPolicy.absent(new Provision.Contract("power-supply", false, false));
        assertThat(o.grade()).isEqualTo(Grade.ABSENT);
        assertThat(o.ref()).isEmpty();
        assertThat(o.detail())
                .isEqualTo(Message.of("issue.provision.absent.contract", Arg.code("code", "power-supply")));
    }

    @Test
    void orderDatedAfterTheAssessmentSaysItsNumberAndBothDates() {
        var ordered = LocalDate.of(2012, 11, 2);
        var unit = new ServiceUnit("svc", "operation-maintenance", "Служба", new OrderRef("45-п", ordered, "doc"));
        var o = ProvisionPolicy.established(unit, Dossiers.withDocuments("doc"), AS_OF);
        assertThat(o.detail())
                .isEqualTo(Message.of(
                        "issue.provision.service.orderAfter",
                        Arg.text("number", "45-п"),
                        Arg.date("date", ordered),
                        Arg.date("asOf", AS_OF)));
    }

    @Test
    void documentSignedByTheHeadAndSealedNamesTheSignatory() {
        var document = new Document("doc", "staff-table", "Таблица", null, Document.Signatory.ACTING_HEAD, true, null);
        var o = ProvisionPolicy.certification(document, Dossiers.of(LegalForm.LEGAL_ENTITY, List.of(document)));
        assertThat(o.detail())
                .isEqualTo(Message.of(
                        "outcome.provision.document.signedAndSealed",
                        Arg.label("signer", Document.Signatory.ACTING_HEAD)));
    }

    @ParameterizedTest
    @CsvSource({
        "SATISFIED, figure.provision.SATISFIED, 'need,ref'",
        "REVIEW, figure.provision.REVIEW, 'need,ref,detail'",
        "MISSING_EVIDENCE, figure.provision.MISSING_EVIDENCE, 'need,ref,detail'",
        "FAILING, figure.provision.FAILING, 'need,ref,detail'",
        "ABSENT, figure.provision.ABSENT, need"
    })
    void needsFigureSaysHowItsBestAlternativeStands(Grade grade, String key, String args) {
        var o = new ProvisionPolicy.Outcome(grade, grade == Grade.ABSENT ? "" : "net", DETAIL);
        var figure = ProvisionPolicy.figure("1.1/2", o);
        assertThat(figure.key()).isEqualTo(key);
        assertThat(figure.args()).extracting(Arg::name).containsExactly(args.split(","));
        assertThat(figure.arg("need")).isEqualTo(Arg.need("need", "1.1/2"));
    }

    @Test
    void needAbsentWhereTheLawMayNotAskForItGoesToTheOfficerWithoutARef() {
        var need = new Need("ёмкости", List.of(new Provision.Asset("reagent-tanks")), Need.Absence.NEEDS_REVIEW);
        var o = ProvisionPolicy.decide(need, context(Dossiers.withDocuments()));
        assertThat(o.grade()).isEqualTo(Grade.REVIEW);
        assertThat(o.detail().key()).isEqualTo("issue.provision.absentForReview");
        assertThat(ProvisionPolicy.figure("1.1/1", o).key()).isEqualTo("figure.provision.REVIEW.absent");
    }

    @Test
    void remedyOfAnAbsentNeedOffersEveryAlternativeJoinedByOr() {
        var need = new Need(
                "договор или лицензия",
                List.of(new Provision.Contract("power-supply", true, false), new Provision.Permit("licence")));
        var remedy =
                ProvisionPolicy.remedy(need, ProvisionPolicy.absent(need.anyOf().getFirst()));
        assertThat(remedy)
                .isEqualTo(Message.of(
                        "remedy.provision.provide",
                        Arg.items(
                                "options",
                                "list.or",
                                List.of(
                                        Arg.message(
                                                "option",
                                                Message.of(
                                                        "remedy.provision.option.contractOrProtocol",
                                                        Arg.code("code", "power-supply"))),
                                        Arg.message(
                                                "option",
                                                Message.of(
                                                        "remedy.provision.option.permit",
                                                        Arg.code("code", "licence")))))));
    }

    @Test
    void remedyOfAFailingNeedMendsItsItem() {
        var need = new Need("сети", List.of(new Provision.Asset("electric-networks")));
        var remedy = ProvisionPolicy.remedy(need, new ProvisionPolicy.Outcome(Grade.FAILING, "net", DETAIL));
        assertThat(remedy)
                .isEqualTo(Message.of("remedy.provision.mend", Arg.text("ref", "net"), Arg.message("detail", DETAIL)));
    }

    @Test
    void summaryCountsTheNeedsWhenAllArePresent() {
        var rule = new Rule.ProvisionRule(List.of(
                new Need("a", List.of(new Provision.Asset("a"))), new Need("b", List.of(new Provision.Asset("b")))));
        assertThat(ProvisionPolicy.summary(Status.MET, rule))
                .isEqualTo(Message.of("finding.provision.MET", Arg.count("needs", 2)));
        assertThat(ProvisionPolicy.summary(Status.NEEDS_REVIEW, rule).key())
                .isEqualTo("finding.provision.NEEDS_REVIEW");
        assertThatThrownBy(() -> ProvisionPolicy.summary(Status.NOT_APPLICABLE, rule))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyItemOfTheKindIsJudgedAndTheBestKept() {
        var unattested = new Asset("net-1", "electric-networks", "Сети 1", null, "doc-1");
        var held = new Asset("net-2", "electric-networks", "Сети 2", LegalBasis.OWNERSHIP, "doc-2");
        var other = new Asset("sub", "substations", "Подстанция", LegalBasis.OWNERSHIP, "doc-2");
        var d = new kz.qualify.dossier.Dossier(
                Dossiers.withDocuments().applicant(),
                1,
                java.util.Set.of(),
                java.util.Set.of(),
                List.of(),
                List.of(),
                List.of(other, unattested, held),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(new Document("doc-2", "copy", "Копия", null, null, false, null)));
        var networks = ProvisionPolicy.check(new Provision.Asset("electric-networks"), context(d));
        assertThat(networks.grade()).isEqualTo(Grade.SATISFIED);
        assertThat(networks.ref()).isEqualTo("net-2");
        var absent = ProvisionPolicy.check(new Provision.Asset("tank-farm"), context(d));
        assertThat(absent.grade()).isEqualTo(Grade.ABSENT);
        assertThat(absent.detail())
                .isEqualTo(Message.of("issue.provision.absent.asset", Arg.code("code", "tank-farm")));
    }

    private static final Message DETAIL = Message.of("issue.provision.noCopy");

    private static Evaluator.Context context(kz.qualify.dossier.Dossier d) {
        return new Evaluator.Context(d, AS_OF, null, null);
    }
}
