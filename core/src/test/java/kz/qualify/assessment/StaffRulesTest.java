package kz.qualify.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import kz.qualify.assessment.StaffPolicy.Standing;
import kz.qualify.dossier.Education;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
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
    void fieldOutsideTheSphereSaysWhichSphereAsData() {
        var s = StaffPolicy.sphere(education(EducationLevel.HIGHER, EducationField.OIL_AND_GAS), ELECTRIC);
        assertThat(s).isNotNull();
        assertThat(s.why())
                .isEqualTo(new PersonVerdict.Reason.FieldOutsideSphere(
                        EducationField.OIL_AND_GAS, Set.of(EducationField.ELECTRIC_POWER)));
        var m = StaffPolicy.reason(s.why(), ELECTRIC, "Электроснабжение");
        assertThat(m.key()).isEqualTo("reason.fieldOutsideSphere");
        assertThat(m.arg("field")).isEqualTo(Arg.label("field", EducationField.OIL_AND_GAS));
        assertThat(m.arg("specialty")).isEqualTo(Arg.text("specialty", "Электроснабжение"));
        assertThat(m.arg("named")).isEqualTo(Arg.choice("named", true));
        assertThat(m.arg("accepted"))
                .isEqualTo(Arg.items(
                        "accepted",
                        "list.comma",
                        List.of(Arg.message(
                                "f", Message.of("reason.field", Arg.label("field", EducationField.ELECTRIC_POWER))))));
    }

    @Test
    void specialtyNotRecognisedAsksTheQuestionItsStandardPoses() {
        var unknown = education(EducationLevel.HIGHER, EducationField.UNKNOWN);
        var technical = StaffPolicy.technical(unknown);
        var sphere = StaffPolicy.sphere(unknown, ELECTRIC);
        assertThat(technical).isNotNull();
        assertThat(sphere).isNotNull();
        assertThat(StaffPolicy.reason(technical.why(), new FieldRequirement.Technical(), null)
                        .arg("asked"))
                .isEqualTo(Arg.choice("asked", "technical"));
        assertThat(StaffPolicy.reason(sphere.why(), ELECTRIC, null).arg("asked"))
                .isEqualTo(Arg.choice("asked", "sphere"));
        assertThat(StaffPolicy.reason(sphere.why(), ELECTRIC, null).arg("named"))
                .isEqualTo(Arg.choice("named", false));
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
        assertThat(j.why())
                .containsExactly(
                        new PersonVerdict.Reason.LevelNotUnderstood(),
                        new PersonVerdict.Reason.FieldOutsideSphere(
                                EducationField.OIL_AND_GAS, Set.of(EducationField.ELECTRIC_POWER)),
                        new PersonVerdict.Reason.ExperienceBelow(new Experience(12), Experience.ofYears(3)));
        var issue = StaffPolicy.issue(m, j, ELECTRIC);
        assertThat(issue.ref()).isEqualTo("row-1");
        assertThat(issue.problem().key()).isEqualTo("issue.staff.person");
        assertThat(issue.problem().arg("standing")).isEqualTo(Arg.choice("standing", "NOT_QUALIFIED"));
        assertThat(((Arg.Items) issue.problem().arg("reasons")).items())
                .extracting(a -> ((Arg.Nested) a).message().key())
                .containsExactly("reason.levelNotUnderstood", "reason.fieldOutsideSphere", "reason.experienceBelow");
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
        assertThat(j.why()).isEmpty();
        assertThat(StaffPolicy.judge(m, THREE_YEARS))
                .as("nothing is built for a qualified person")
                .isSameAs(j);
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
    void shareFigureCarriesTheShareRoundedDown() {
        var f = StaffPolicy.shareFigure(69, 101, 70);
        assertThat(f)
                .isEqualTo(Message.of(
                        "finding.staff.share.figure",
                        Arg.count("qualified", 69),
                        Arg.count("staff", 101),
                        Arg.decimal("share", new BigDecimal("68.3")),
                        Arg.count("required", 70)));
    }

    @ParameterizedTest
    @CsvSource({
        // qualified, production staff, %, to qualify, to hire
        "69, 100, 70, 1, 4",
        "0, 10, 70, 7, 24",
        "6, 10, 70, 1, 4"
    })
    void shortfallSaysHowManyToQualifyOrToHire(int q, int n, int p, long needed, long hires) {
        var m = StaffPolicy.shortfall(q, n, p);
        assertThat(m.key()).isEqualTo("remedy.staff.share.shortfall");
        assertThat(m.arg("needed")).isEqualTo(Arg.count("needed", needed));
        assertThat(m.arg("staff")).isEqualTo(Arg.count("staff", n));
        assertThat(m.arg("hires")).isEqualTo(Arg.count("hires", hires));
        // the hires really reach the share, and one fewer would not
        assertThat(StaffPolicy.meets((int) (q + hires), (int) (n + hires), p)).isTrue();
        assertThat(StaffPolicy.meets((int) (q + hires - 1), (int) (n + hires - 1), p))
                .isFalse();
        assertThat(StaffPolicy.meets((int) (q + needed), n, p)).isTrue();
        assertThat(StaffPolicy.meets((int) (q + needed - 1), n, p)).isFalse();
    }
}
