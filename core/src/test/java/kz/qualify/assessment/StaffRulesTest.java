package kz.qualify.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kz.qualify.assessment.StaffPolicy.Standing;
import kz.qualify.dossier.Education;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import kz.qualify.rules.QualificationStandard;
import kz.qualify.rules.QualificationStandard.FieldRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The named rules of {@link StaffPolicy}: each condition of a standard, the share, the technical manager. */
class StaffRulesTest {

    private static final FieldRequirement.Sphere ELECTRIC =
            new FieldRequirement.Sphere(Set.of(EducationField.ELECTRIC_POWER), Set.of(EducationField.HEAT_POWER));
    private static final QualificationStandard THREE_YEARS = new QualificationStandard(
            EducationLevel.TECHNICAL_VOCATIONAL, ELECTRIC, Experience.ofYears(3), true, "не менее 3 лет");

    private static Education education(EducationLevel level, EducationField field) {
        return new Education(level, field, "Электроснабжение", null);
    }

    @ParameterizedTest
    @CsvSource({"HIGHER, ", "TECHNICAL_VOCATIONAL, ", "GENERAL_SECONDARY, NOT_QUALIFIED", "UNKNOWN, REVIEW"})
    void educationLevelMustReachTheMinimum(EducationLevel level, Standing expected) {
        var s = StaffPolicy.educationLevel(
                education(level, EducationField.ELECTRIC_POWER), EducationLevel.TECHNICAL_VOCATIONAL);
        assertThat(s == null ? null : s.standing()).isEqualTo(expected);
    }

    @Test
    void noMinimumLevelAsksNothing() {
        assertThat(StaffPolicy.educationLevel(education(EducationLevel.UNKNOWN, EducationField.UNKNOWN), null))
                .isNull();
    }

    @ParameterizedTest
    @CsvSource({"ELECTRIC_POWER, ", "HEAT_POWER, REVIEW", "UNKNOWN, REVIEW", "OIL_AND_GAS, NOT_QUALIFIED"})
    void sphereAcceptsItsFieldsAndLeavesTheDoubtfulToTheOfficer(EducationField field, Standing expected) {
        var s = StaffPolicy.sphere(education(EducationLevel.HIGHER, field), ELECTRIC);
        assertThat(s == null ? null : s.standing()).isEqualTo(expected);
    }

    @Test
    void fieldOutsideTheSphereSaysWhichSphereInBothLanguages() {
        var s = StaffPolicy.sphere(education(EducationLevel.HIGHER, EducationField.OIL_AND_GAS), ELECTRIC);
        assertThat(s).isNotNull();
        assertThat(s.reason().en())
                .isEqualTo("OIL_AND_GAS education 'Электроснабжение' is not in the required sphere [ELECTRIC_POWER]");
        assertThat(s.reason().ru()).startsWith("образование в области «").endsWith("»)");
    }

    @ParameterizedTest
    @CsvSource({"MINING, ", "NON_TECHNICAL, NOT_QUALIFIED", "UNKNOWN, REVIEW"})
    void technicalEducationIsAnyTechnicalField(EducationField field, Standing expected) {
        var s = StaffPolicy.educationField(education(EducationLevel.HIGHER, field), new FieldRequirement.Technical());
        assertThat(s == null ? null : s.standing()).isEqualTo(expected);
    }

    @Test
    void anyOrCorrespondingFieldAsksNothingOfTheField() {
        var e = education(EducationLevel.HIGHER, EducationField.NON_TECHNICAL);
        assertThat(StaffPolicy.educationField(e, new FieldRequirement.AnyField()))
                .isNull();
        assertThat(StaffPolicy.educationField(e, new FieldRequirement.Corresponding()))
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {"36, null", "35, NOT_QUALIFIED", "0, NOT_QUALIFIED", "null, MISSING"})
    void experienceMustReachTheMinimumAndBeStated(Integer months, Standing expected) {
        var s = StaffPolicy.experience(months == null ? null : new Experience(months), THREE_YEARS);
        assertThat(s == null ? null : s.standing()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {"1, null", "0, NOT_QUALIFIED", "null, MISSING"})
    void experienceWithoutALengthMustBeSome(Integer months, Standing expected) {
        var std = new QualificationStandard(null, new FieldRequirement.Corresponding(), null, true, "");
        var s = StaffPolicy.experience(months == null ? null : new Experience(months), std);
        assertThat(s == null ? null : s.standing()).isEqualTo(expected);
    }

    @Test
    void judgementIsTheWorstConditionWithEveryReasonInOrder() {
        var m = new StaffMember(
                "row-1",
                "Иванов И. И.",
                "Инженер",
                Role.SPECIALIST,
                true,
                education(EducationLevel.UNKNOWN, EducationField.OIL_AND_GAS),
                new Experience(12));
        var j = StaffPolicy.judge(m, THREE_YEARS);
        assertThat(j.standing()).isEqualTo(Standing.NOT_QUALIFIED);
        assertThat(j.reasons().en())
                .isEqualTo("education level not understood; OIL_AND_GAS education 'Электроснабжение' is not in"
                        + " the required sphere [ELECTRIC_POWER]; experience 1 y 0 m, needs at least 3 y 0 m");
    }

    @Test
    void personMeetingEveryConditionIsQualifiedWithoutReasons() {
        var m = new StaffMember(
                "row-1",
                "Иванов И. И.",
                "Инженер",
                Role.MANAGER,
                true,
                education(EducationLevel.HIGHER, EducationField.ELECTRIC_POWER),
                new Experience(36));
        var j = StaffPolicy.judge(m, THREE_YEARS);
        assertThat(j.standing()).isEqualTo(Standing.QUALIFIED);
        assertThat(j.reasons()).isEqualTo(Text.of("", ""));
    }

    @ParameterizedTest
    @CsvSource({
        // qualified, review, missing, production staff, %, status
        "70, 0, 0, 100, 70, MET",
        "69, 1, 0, 100, 70, NEEDS_REVIEW",
        "69, 1, 1, 100, 70, MISSING_EVIDENCE",
        "69, 0, 0, 100, 70, NOT_MET",
        "7, 0, 0, 10, 70, MET",
        "6, 0, 0, 10, 70, NOT_MET"
    })
    void shareIsMetAtTheBoundaryOrOnlyIfUndeterminedRowsCount(
            int q, int review, int missing, int n, int p, Status status) {
        var d = StaffPolicy.shareMet(q, review, missing, n, p);
        assertThat(d.status()).isEqualTo(status);
        assertThat(d.remedies())
                .hasSize(
                        switch (status) {
                            case MET -> 0;
                            case MISSING_EVIDENCE -> 2;
                            default -> 1;
                        });
    }

    @Test
    void shareMetWithoutAQualifiedManagerGoesToTheOfficer() {
        var met = StaffPolicy.shareMet(70, 0, 0, 100, 70);
        assertThat(StaffPolicy.technicalManager(met, 0).status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(StaffPolicy.technicalManager(met, 1)).isSameAs(met);
        var notMet = StaffPolicy.shareMet(1, 0, 0, 100, 70);
        assertThat(StaffPolicy.technicalManager(notMet, 0)).isSameAs(notMet);
    }

    @Test
    void shareFigureUsesTheRussianNounFormAndDecimalComma() {
        var f = StaffPolicy.shareFigure(69, 101, 70);
        assertThat(f.en()).isEqualTo("qualified 69 of 101 production staff = 68.3 %, needs ≥ 70 %");
        assertThat(f.ru())
                .isEqualTo(
                        "квалифицированных 69 из 101 человека производственного персонала = 68,3 %, требуется ≥ 70 %");
    }
}
