package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.Status;
import kz.qualify.assessment.Verdict;
import kz.qualify.dossier.Applicant;
import kz.qualify.dossier.Contract;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EquipmentUnit;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.StaffMember;
import kz.qualify.dossier.WorkingCapital;
import kz.qualify.law.Edition;
import kz.qualify.law.Money;
import kz.qualify.message.Message;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The encoded requirements of Decree 967, clause by clause, at the boundaries of every threshold. */
class Decree967RulesTest {

    static final Catalog CATALOG = Catalog.standard();
    static final Edition EDITION = CATALOG.editions().all().getFirst();
    static final LocalDate IN_FORCE = LocalDate.of(2012, 11, 1);

    static Dossier compliant(int activity) {
        return switch (activity) {
            case 3 -> CompliantDossiers.of(EDITION, 3, Set.of("3.a6"), Set.of());
            case 4 ->
                CompliantDossiers.of(EDITION, 4, Set.of(), Set.of("design", "manufacture", "installation", "repair"));
            default -> CompliantDossiers.of(EDITION, activity, Set.of(), Set.of());
        };
    }

    /** The findings as an English reader reads them: the words the legal cases were written against. */
    static final Words EN =
            new Wording(Phrasebook.load(Phrasebook.FINDINGS), CATALOG.glossaries()).in(Language.of("en"), EDITION.id());

    static String en(Message m) {
        return EN.render(m);
    }

    static List<String> en(List<Message> ms) {
        return EN.render(ms);
    }

    static Assessment assess(Dossier d) {
        return CATALOG.evaluator().assess(d, IN_FORCE);
    }

    static Finding finding(Assessment a, String requirement) {
        return a.findings().stream()
                .filter(f -> f.requirementId().equals(requirement))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + requirement + " in "
                        + a.findings().stream().map(Finding::requirementId).toList()));
    }

    static Dossier withStaff(Dossier d, List<StaffMember> staff) {
        return d.withStaff(staff);
    }

    static Dossier with(Dossier d, UnaryOperator<Dossier.Builder> change) {
        return change.apply(d.toBuilder()).build();
    }

    /** The dossier with its working capital changed to the amount, the bank certificate kept. */
    static Dossier withCapital(Dossier d, long tenge) {
        var c = d.workingCapital();
        return with(
                d,
                b -> b.workingCapital(new WorkingCapital(
                        Money.tenge(tenge), c.bank(), c.certificateDate(), c.certificateDocument())));
    }

    static Applicant as(Dossier d, LegalForm form) {
        var a = d.applicant();
        return new Applicant(form, a.taxId(), a.name());
    }

    @Nested
    class CompliantDossiersOfEveryItem {
        @ParameterizedTest
        @CsvSource({
            "1, COMPLIANT",
            "2, COMPLIANT",
            "3, COMPLIANT",
            "4, NEEDS_REVIEW",
            "5, COMPLIANT",
            "6, NEEDS_REVIEW",
            "7, NEEDS_REVIEW"
        })
        void aDossierWithEverythingTheItemAsksForPassesOrGoesToTheOfficerOnlyWhereTheLawLeavesAJudgment(
                int item, Verdict verdict) {
            var a = assess(compliant(item));
            assertThat(a.findings())
                    .noneMatch(f -> f.status() == Status.NOT_MET
                            || f.status() == Status.MISSING_EVIDENCE
                            || f.status() == Status.NOT_ELIGIBLE);
            assertThat(a.verdict())
                    .as(a.findings().stream()
                            .filter(f -> f.status() == Status.NEEDS_REVIEW)
                            .map(f -> f.requirementId() + ": " + en(f.summary()))
                            .toList()
                            .toString())
                    .isEqualTo(verdict);
        }

        @ParameterizedTest
        @ValueSource(ints = {4, 6, 7})
        void itemsThatNameNoEducationLevelAlwaysAskTheOfficer(int item) {
            var staffRequirement = switch (item) {
                case 4 -> "4.4";
                case 6 -> "6.4";
                default -> "7.1";
            };
            var f = finding(assess(compliant(item)), staffRequirement);
            assertThat(f.status()).isEqualTo(Status.NEEDS_REVIEW);
            assertThat(en(f.summary())).contains("соответствующему образовательному уровню");
        }

        @Test
        void everyFindingQuotesItsClauseAndSaysWhatWasChecked() {
            for (int item = 1; item <= 7; item++) {
                for (var f : assess(compliant(item)).findings()) {
                    assertThat(f.quote()).as(f.requirementId()).isNotBlank();
                    assertThat(en(f.summary())).as(f.requirementId()).isNotBlank();
                    assertThat(f.clause().item()).isEqualTo(item);
                }
            }
        }
    }

    @Nested
    class QualifiedShareOfProductionStaff {
        @ParameterizedTest(name = "item {0}: {1} qualified of {2} → {3}")
        @CsvSource({
            "1, 70, 100, MET",
            "1, 69, 100, NOT_MET",
            "1, 7, 10, MET",
            "1, 6, 10, NOT_MET",
            "1, 699, 999, NOT_MET",
            "1, 700, 1000, MET",
            "5, 70, 100, MET",
            "5, 69, 100, NOT_MET"
        })
        void seventyPercentExactlyIsEnough(int item, int qualified, int total, Status status) {
            var d = withStaff(compliant(item), CompliantDossiers.staff(item, qualified, total));
            var f = finding(assess(d), item + ".3");
            assertThat(f.status()).isEqualTo(status);
            assertThat(en(f.figures().getFirst()))
                    .startsWith("qualified " + qualified + " of " + total + " production staff");
        }

        @Test
        void saysTheShareAndTheLeastChangeThatWouldSatisfyIt() {
            var d = withStaff(compliant(1), CompliantDossiers.staff(1, 69, 100));
            var f = finding(assess(d), "1.3");
            assertThat(en(f.figures().getFirst()))
                    .isEqualTo("qualified 69 of 100 production staff = 69.0 %, needs ≥ 70 %");
            assertThat(en(f.remedies()))
                    .singleElement()
                    .asString()
                    .startsWith("1 more qualified")
                    .contains("hire 4 additional");
            assertThat(f.issues()).isEmpty(); // the 31 others are workers: counted, never qualified, not failures
        }

        @Test
        void nonProductionStaffAreOutsideTheCount() {
            var staff = new ArrayList<>(CompliantDossiers.staff(1, 7, 10));
            for (int i = 0; i < 50; i++) {
                staff.add(new StaffMember(
                        "acc " + i,
                        "Accountant " + i,
                        "бухгалтер",
                        kz.qualify.dossier.Role.SPECIALIST,
                        false,
                        kz.qualify.dossier.Education.of(
                                kz.qualify.dossier.EducationLevel.HIGHER, EducationField.NON_TECHNICAL),
                        null));
            }
            var f = finding(assess(withStaff(compliant(1), staff)), "1.3");
            assertThat(f.status()).isEqualTo(Status.MET);
            assertThat(en(f.figures())).anyMatch(s -> s.contains("non-production staff not counted: 50"));
        }

        @Test
        void aManagerWithThreeYearsCountsAndOneWithThirtyFiveMonthsDoesNot() {
            var base = CompliantDossiers.staff(1, 7, 10);
            var ok = new ArrayList<>(base);
            ok.set(0, CompliantDossiers.manager("row 1", EducationField.ELECTRIC_POWER, 36));
            var shortOne = new ArrayList<>(base);
            shortOne.set(0, CompliantDossiers.manager("row 1", EducationField.ELECTRIC_POWER, 35));
            assertThat(finding(assess(withStaff(compliant(1), ok)), "1.3").status())
                    .isEqualTo(Status.MET);
            var f = finding(assess(withStaff(compliant(1), shortOne)), "1.3");
            assertThat(f.status()).isEqualTo(Status.NOT_MET);
            assertThat(f.issues()).singleElement().satisfies(i -> {
                assertThat(i.ref()).isEqualTo("row 1");
                assertThat(en(i.problem())).contains("experience 2 y 11 m, needs at least 3 y 0 m");
            });
        }

        @Test
        void aHeatPowerManagerUnderItemOneGoesToTheOfficer() {
            var staff = new ArrayList<>(CompliantDossiers.staff(1, 7, 10));
            staff.set(0, CompliantDossiers.manager("row 1", EducationField.HEAT_POWER, 60));
            var f = finding(assess(withStaff(compliant(1), staff)), "1.3");
            assertThat(f.status()).isEqualTo(Status.NEEDS_REVIEW);
            assertThat(f.issues())
                    .singleElement()
                    .satisfies(i -> assertThat(en(i.problem())).contains("officer's judgment"));
        }

        @Test
        void itemFiveAsksNoExperience() {
            var staff = new ArrayList<>(CompliantDossiers.staff(5, 7, 10));
            staff.set(0, CompliantDossiers.manager("row 1", EducationField.OIL_AND_GAS, 0));
            staff.set(1, CompliantDossiers.specialist("row 2", 0));
            assertThat(finding(assess(withStaff(compliant(5), staff)), "5.3").status())
                    .isEqualTo(Status.MET);
        }

        @Test
        void anElectricPowerManagerDoesNotCountForPipelines() {
            var staff = new ArrayList<>(CompliantDossiers.staff(5, 7, 10));
            staff.set(0, CompliantDossiers.manager("row 1", EducationField.ELECTRIC_POWER, 60));
            assertThat(finding(assess(withStaff(compliant(5), staff)), "5.3").status())
                    .isEqualTo(Status.NOT_MET);
        }
    }

    @Nested
    class StaffWithoutAShare {
        @ParameterizedTest
        @CsvSource({"36, 12, MET", "35, 12, NOT_MET", "36, 11, NOT_MET"})
        void itemThreeNeedsAQualifiedManagerAndAQualifiedSpecialist(
                int managerMonths, int specialistMonths, Status status) {
            var staff = List.of(
                    CompliantDossiers.manager("row 1", EducationField.MINING, managerMonths),
                    CompliantDossiers.specialist("row 2", specialistMonths));
            assertThat(finding(assess(withStaff(compliant(3), staff)), "3.4").status())
                    .isEqualTo(status);
        }

        @Test
        void anUnqualifiedSpecialistBesideAQualifiedOneIsListedButDoesNotFailTheItem() {
            var staff = List.of(
                    CompliantDossiers.manager("row 1", EducationField.MINING, 40),
                    CompliantDossiers.specialist("row 2", 20),
                    CompliantDossiers.unqualifiedSpecialist("row 3"));
            var f = finding(assess(withStaff(compliant(2), staff)), "2.3");
            assertThat(f.status()).isEqualTo(Status.MET);
            assertThat(f.issues()).extracting(Finding.Issue::ref).containsExactly("row 3");
        }

        @Test
        void whereTheLawNamesNoLevelAManagerWithoutStatedExperienceIsMissingEvidenceAndNoneAtAllIsNotMet() {
            var noExperience = new StaffMember(
                    "row 1",
                    "M",
                    "главный инженер",
                    kz.qualify.dossier.Role.MANAGER,
                    true,
                    kz.qualify.dossier.Education.of(
                            kz.qualify.dossier.EducationLevel.HIGHER, EducationField.MECHANICAL_AND_OTHER_TECHNICAL),
                    null);
            var f = finding(
                    assess(withStaff(compliant(4), List.of(noExperience, CompliantDossiers.specialist("row 2", 20)))),
                    "4.4");
            assertThat(f.status()).isEqualTo(Status.MISSING_EVIDENCE);
            var none =
                    finding(assess(withStaff(compliant(4), List.of(CompliantDossiers.specialist("row 2", 20)))), "4.4");
            assertThat(none.status()).isEqualTo(Status.NOT_MET);
            assertThat(en(none.remedies())).singleElement().asString().contains("at least 1 manager");
        }

        @Test
        void anEmptyStaffTableIsMissingEvidence() {
            var f = finding(assess(withStaff(compliant(2), List.of())), "2.3");
            assertThat(f.status()).isEqualTo(Status.MISSING_EVIDENCE);
            assertThat(en(f.remedies())).singleElement().asString().contains("сводная таблица");
        }
    }

    @Nested
    class WhoMayHoldTheLicence {
        @ParameterizedTest(name = "item {0}, {1}")
        @CsvSource({
            "1, INDIVIDUAL_ENTREPRENEUR, MET", "1, LEGAL_ENTITY, MET", "1, BRANCH, NOT_ELIGIBLE",
                    "1, REPRESENTATIVE_OFFICE, NOT_ELIGIBLE",
            "2, INDIVIDUAL_ENTREPRENEUR, MET", "2, LEGAL_ENTITY, MET", "2, BRANCH, MET",
                    "2, REPRESENTATIVE_OFFICE, MET",
            "3, INDIVIDUAL_ENTREPRENEUR, MET", "3, LEGAL_ENTITY, MET", "3, BRANCH, MET",
                    "3, REPRESENTATIVE_OFFICE, MET",
            "4, INDIVIDUAL_ENTREPRENEUR, MET", "4, LEGAL_ENTITY, MET", "4, BRANCH, MET",
                    "4, REPRESENTATIVE_OFFICE, MET",
            "5, INDIVIDUAL_ENTREPRENEUR, MET", "5, LEGAL_ENTITY, MET", "5, BRANCH, MET",
                    "5, REPRESENTATIVE_OFFICE, MET",
            "6, INDIVIDUAL_ENTREPRENEUR, MET", "6, LEGAL_ENTITY, MET", "6, BRANCH, MET",
                    "6, REPRESENTATIVE_OFFICE, MET",
            "7, INDIVIDUAL_ENTREPRENEUR, MET", "7, LEGAL_ENTITY, MET", "7, BRANCH, MET",
                    "7, REPRESENTATIVE_OFFICE, MET",
        })
        void eachLegalFormAgainstEachItem(int item, LegalForm form, Status status) {
            var a = assess(with(compliant(item), b -> b.applicant(as(compliant(item), form))));
            assertThat(finding(a, item + "#legal-form").status()).isEqualTo(status);
            if (status == Status.NOT_ELIGIBLE) assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        }
    }

    @Nested
    class ItemThreeParagraphSixteen {
        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "3.a16             | NOT_APPLICABLE | MET",
                    "3.a6              | MET            | NOT_APPLICABLE",
                    "3.a6,3.a16        | MET            | MET",
                    "oil-gas-processing-design | MET    | NOT_APPLICABLE",
                })
        void mineSurveyingExceptParagraphSixteenAndProcessQualityOnlyForIt(
                String declared, Status surveying, Status quality) {
            var subs = Set.of(declared.split(","));
            var d = CompliantDossiers.of(EDITION, 3, subs, Set.of());
            var a = assess(d);
            assertThat(finding(a, "3.3.a21").status()).isEqualTo(surveying);
            assertThat(finding(a, "3.3.a22").status()).isEqualTo(quality);
            assertThat(finding(a, "3.2.a16").status())
                    .isEqualTo(subs.contains("3.a16") ? Status.MET : Status.NOT_APPLICABLE);
        }

        @Test
        void designOfOilAndGasProcessingNeedsOnlyTheGeneralProductionBase() {
            var a = assess(CompliantDossiers.of(EDITION, 3, Set.of("oil-gas-processing-design"), Set.of()));
            assertThat(a.findings())
                    .filteredOn(f -> f.requirementId().startsWith("3.2.a"))
                    .allMatch(f -> f.status() == Status.NOT_APPLICABLE);
            assertThat(finding(a, "3.2").status()).isEqualTo(Status.MET);
        }

        @Test
        void withoutADeclaredSubActivityTheBaseCannotBeJudged() {
            var a = assess(CompliantDossiers.of(EDITION, 3, Set.of(), Set.of()));
            assertThat(finding(a, "declarations").status()).isEqualTo(Status.MISSING_EVIDENCE);
            assertThat(a.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        }
    }

    @Nested
    class ItemFourScopeAndExemption {
        @ParameterizedTest(name = "{0} at {1} kgf/cm², {2} °C → {3}")
        @CsvSource({
            "boiler, 0.7, 116, NOT_ELIGIBLE",
            "boiler, 0.71, 116, MET",
            "boiler, 0.71, 115, NOT_ELIGIBLE",
            "boiler, 0.7, 115, NOT_ELIGIBLE",
            "boiler, 0.71, 115.01, MET",
            "pressure-vessel, 0.7, , NOT_ELIGIBLE",
            "pressure-vessel, 0.71, , MET",
            "pressure-pipeline, 0.70, , NOT_ELIGIBLE",
            "pressure-pipeline, 0.71, , MET",
            "drilling, , , MET",
        })
        void thresholdsAreStrict(String kind, BigDecimal pressure, BigDecimal temperature, Status status) {
            var unit = new EquipmentUnit("E1", kind, kind, pressure, temperature, false);
            var a = assess(with(compliant(4), b -> b.equipment(List.of(unit))));
            assertThat(finding(a, "4#equipment-scope").status()).isEqualTo(status);
            if (status == Status.NOT_ELIGIBLE) assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        }

        @Test
        void aBoilerWithoutItsTemperatureIsMissingEvidence() {
            var unit = new EquipmentUnit("E1", "boiler", "boiler", new BigDecimal("1.2"), null, false);
            var f = finding(assess(with(compliant(4), b -> b.equipment(List.of(unit)))), "4#equipment-scope");
            assertThat(f.status()).isEqualTo(Status.MISSING_EVIDENCE);
        }

        @Test
        void equipmentOfASingleTechnologicalProcessIsExcluded() {
            var unit = new EquipmentUnit("E1", "chemical", "reactor", null, null, true);
            var f = finding(assess(with(compliant(4), b -> b.equipment(List.of(unit)))), "4#equipment-scope");
            assertThat(f.status()).isEqualTo(Status.NOT_ELIGIBLE);
            assertThat(f.issues())
                    .singleElement()
                    .satisfies(i -> assertThat(en(i.problem())).contains("single technological process"));
        }

        @ParameterizedTest(name = "works {0} → subitems 2, 3, 5 {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "design               | NOT_APPLICABLE",
                    "design,commissioning | NOT_APPLICABLE",
                    "design,repair | MET",
                    "manufacture          | MET",
                    "installation | MET"
                })
        void withoutManufactureInstallationOrRepairSubitemsTwoThreeAndFiveAreNotRequired(String works, Status status) {
            var d = with(compliant(4), b -> b.works(Set.of(works.split(","))));
            var a = assess(d);
            for (var id : List.of("4.2", "4.3", "4.5"))
                assertThat(finding(a, id).status()).as(id).isEqualTo(status);
            assertThat(finding(a, "4.1").status()).isEqualTo(Status.MET);
        }
    }

    @Nested
    class Alternatives {
        @Test
        void blastingIsSatisfiedByOwnLicenceOrByContractWithACarrier() {
            var d = CompliantDossiers.of(EDITION, 3, Set.of("3.a8"), Set.of());
            assertThat(finding(assess(d), "3.2.a8").status()).isEqualTo(Status.MET); // own licence + own permit
            var contracts = new ArrayList<>(d.contracts());
            var transportContractDoc = d.documents().getFirst().id();
            contracts.add(new Contract(
                    "C-T",
                    "explosives-transport-contract",
                    "Carrier LLP",
                    "5",
                    CompliantDossiers.SIGNED,
                    null,
                    false,
                    null,
                    transportContractDoc));
            var withoutLicence = with(
                    d,
                    b -> b.permits(d.permits().stream()
                                    .filter(p -> !p.kind().equals("explosives-transport-licence"))
                                    .toList())
                            .contracts(contracts));
            assertThat(finding(assess(withoutLicence), "3.2.a8").status()).isEqualTo(Status.MET);
            var neither = with(
                    d,
                    b -> b.permits(d.permits().stream()
                            .filter(p -> !p.kind().equals("explosives-transport-licence"))
                            .toList()));
            var f = finding(assess(neither), "3.2.a8");
            assertThat(f.status()).isEqualTo(Status.NOT_MET);
            assertThat(en(f.remedies())).anyMatch(r -> r.contains("or a contract"));
        }

        @Test
        void dispatchIsSatisfiedByOwnServiceOrByAContractEvenAProtocolOfIntent() {
            var d = compliant(7);
            var noDispatch = d.services().stream()
                    .filter(s -> !s.function().equals("dispatch-service"))
                    .toList();
            var f = finding(assess(with(d, b -> b.services(noDispatch))), "7.2");
            assertThat(f.status()).isEqualTo(Status.NOT_MET);
            var contracts = new ArrayList<>(d.contracts());
            contracts.add(new Contract(
                    "C-D",
                    "dispatch-contract",
                    "KEGOC",
                    null,
                    CompliantDossiers.SIGNED,
                    null,
                    true,
                    null,
                    d.documents().getFirst().id()));
            var viaContract = with(d, b -> b.services(noDispatch).contracts(contracts));
            assertThat(finding(assess(viaContract), "7.2").status()).isEqualTo(Status.MET);
        }

        @Test
        void anExpiredContractDoesNotCount() {
            var d = compliant(7);
            var expired = d.contracts().stream()
                    .map(c -> c.kind().equals("transmission-contract")
                            ? new Contract(
                                    c.ref(),
                                    c.kind(),
                                    c.counterparty(),
                                    c.number(),
                                    c.date(),
                                    LocalDate.of(2012, 10, 1),
                                    false,
                                    null,
                                    c.document())
                            : c)
                    .toList();
            var f = finding(assess(with(d, b -> b.contracts(expired))), "7.4");
            assertThat(f.status()).isEqualTo(Status.NOT_MET);
            assertThat(f.issues()).anyMatch(i -> en(i.problem()).contains("expired on 2012-10-01"));
        }
    }

    @Nested
    class WorkingCapitalOfTenThousandMrp {
        static final LocalDate LAST_DAY_2012 = LocalDate.of(2012, 12, 31);
        static final LocalDate FIRST_DAY_2013 = LocalDate.of(2013, 1, 1);

        @ParameterizedTest(name = "{1} ₸ on {0} → {2}")
        @CsvSource({
            "2012-12-31, 16180000.00, MET", "2012-12-31, 16179999.00, NOT_MET", "2012-12-31, 16179999.99, NOT_MET",
            "2013-01-01, 17310000.00, MET", "2013-01-01, 17309999.00, NOT_MET", "2013-01-01, 16180000.00, NOT_MET",
            "2013-01-01, 17310001.00, MET", "2012-12-31, 16180001.00, MET",
        })
        void tenThousandMrpAtTheMrpOfTheAssessmentDate(LocalDate asOf, BigDecimal amount, Status status) {
            var d = compliant(7);
            var c = d.workingCapital();
            var changed = with(
                    d,
                    b -> b.workingCapital(new WorkingCapital(
                            new Money(amount), c.bank(), c.certificateDate(), c.certificateDocument())));
            var f = finding(CATALOG.evaluator().assess(changed, asOf), "7.3");
            assertThat(f.status()).isEqualTo(status);
        }

        @Test
        void saysHowShortTheCapitalIs() {
            var f = finding(CATALOG.evaluator().assess(withCapital(compliant(7), 16_180_000), FIRST_DAY_2013), "7.3");
            assertThat(en(f.figures())).contains("required: 10000 МРП = 17 310 000.00 ₸");
            assertThat(en(f.remedies())).singleElement().asString().startsWith("capital short by 1 130 000.00 ₸");
        }

        @Test
        void enoughCapitalWithoutABankCertificateIsMissingEvidence() {
            var d = compliant(7);
            var changed = with(d, b -> b.workingCapital(new WorkingCapital(Money.tenge(20_000_000), null, null, null)));
            assertThat(finding(CATALOG.evaluator().assess(changed, LAST_DAY_2012), "7.3")
                            .status())
                    .isEqualTo(Status.MISSING_EVIDENCE);
        }
    }

    @Nested
    class AssessmentDate {
        @Test
        void onEachSideOfTheEditionsBounds() {
            var d = compliant(1);
            var from = EDITION.inForceFrom();
            var until = EDITION.inForceUntil();
            assertThat(CATALOG.evaluator().assess(d, from.minusDays(1)).verdict())
                    .isEqualTo(Verdict.NO_EDITION_IN_FORCE);
            assertThat(CATALOG.evaluator().assess(d, from).verdict()).isEqualTo(Verdict.COMPLIANT);
            assertThat(CATALOG.evaluator().assess(d, until.minusDays(1)).verdict())
                    .isEqualTo(Verdict.COMPLIANT);
            var after = CATALOG.evaluator().assess(d, until);
            assertThat(after.verdict()).isEqualTo(Verdict.NO_EDITION_IN_FORCE);
            assertThat(after.findings()).isEmpty();
            assertThat(en(after.summary()))
                    .contains("no edition in force on " + until)
                    .contains("decree-967-2012");
        }

        @ParameterizedTest
        @EnumSource(
                value = Status.class,
                names = {"MET"})
        void theEditionAndRulesVersionAreRecordedWithTheAssessment(Status ignored) {
            var a = assess(compliant(2));
            assertThat(a.editionId()).isEqualTo("decree-967-2012");
            assertThat(a.rulesVersion()).isEqualTo(EDITION.rulesVersion());
            assertThat(a.asOf()).isEqualTo(IN_FORCE);
        }
    }
}
