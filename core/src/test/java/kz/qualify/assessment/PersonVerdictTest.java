package kz.qualify.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kz.qualify.assessment.PersonVerdict.FieldMatch;
import kz.qualify.assessment.PersonVerdict.Outcome;
import kz.qualify.assessment.PersonVerdict.Reason;
import kz.qualify.dossier.Education;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import kz.qualify.law.ClauseRef;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Applicability;
import kz.qualify.rules.QualificationStandard;
import kz.qualify.rules.QualificationStandard.FieldRequirement;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonVerdictTest {

    /** Item 1's standard: higher technical education in the power sphere and three years' experience. */
    private static final QualificationStandard POWER_MANAGER = new QualificationStandard(
            EducationLevel.HIGHER,
            new FieldRequirement.Sphere(Set.of(EducationField.ELECTRIC_POWER), Set.of(EducationField.HEAT_POWER)),
            Experience.ofYears(3),
            true,
            "высшее в сфере электроэнергетики, стаж не менее 3 лет");

    private static final QualificationStandard TECHNICAL_SPECIALIST = new QualificationStandard(
            EducationLevel.TECHNICAL_VOCATIONAL, new FieldRequirement.Technical(), null, true, "техническое");

    private static final QualificationStandard CORRESPONDING = new QualificationStandard(
            null, new FieldRequirement.Corresponding(), null, true, "соответствующему образовательному уровню");

    private static Requirement requirement(Rule.StaffRule rule) {
        return new Requirement(
                "1.2",
                ClauseRef.subitem(1, 2),
                "staff",
                "наличие квалифицированного персонала",
                "",
                new Applicability.Always(),
                rule,
                List.of());
    }

    private static StaffMember person(
            Role role, EducationLevel level, EducationField field, @Nullable Integer months, boolean production) {
        return new StaffMember(
                "row 1",
                "Иванов И. И.",
                "инженер",
                role,
                production,
                new Education(level, field, "Электроснабжение", null),
                months == null ? null : new Experience(months));
    }

    private static PersonVerdict verdict(
            StaffMember m, QualificationStandard managers, QualificationStandard specialists) {
        var rule = new Rule.StaffRule(managers, specialists, 70);
        return PersonVerdict.of(m, requirement(rule), rule);
    }

    @ParameterizedTest
    @CsvSource({
        // level, field, months, outcome, field match
        "HIGHER, ELECTRIC_POWER, 36, MEETS, MATCHES",
        "POSTGRADUATE, ELECTRIC_POWER, 120, MEETS, MATCHES",
        "HIGHER, ELECTRIC_POWER, 35, DOES_NOT_MEET, MATCHES",
        "TECHNICAL_VOCATIONAL, ELECTRIC_POWER, 36, DOES_NOT_MEET, MATCHES",
        "HIGHER, MINING, 36, DOES_NOT_MEET, DOES_NOT_MATCH",
        "HIGHER, HEAT_POWER, 36, FOR_JUDGMENT, FOR_JUDGMENT",
        "HIGHER, UNKNOWN, 36, FOR_JUDGMENT, FOR_JUDGMENT",
        "UNKNOWN, ELECTRIC_POWER, 36, FOR_JUDGMENT, MATCHES",
    })
    void judgesAManagerAgainstTheSphereStandardAtItsBoundaries(
            EducationLevel level, EducationField field, int months, Outcome outcome, FieldMatch match) {
        var v = verdict(person(Role.MANAGER, level, field, months, true), POWER_MANAGER, TECHNICAL_SPECIALIST);

        assertThat(v.outcome()).isEqualTo(outcome);
        assertThat(v.fieldMatch()).isEqualTo(match);
        assertThat(v.standard()).isSameAs(POWER_MANAGER);
        assertThat(v.reasons().isEmpty()).isEqualTo(outcome == Outcome.MEETS);
    }

    @Test
    void saysEachShortfallOfAManagerWhoDoesNotMeetTheStandard() {
        var v = verdict(
                person(Role.MANAGER, EducationLevel.TECHNICAL_VOCATIONAL, EducationField.MINING, 24, true),
                POWER_MANAGER,
                TECHNICAL_SPECIALIST);

        assertThat(v.reasons())
                .containsExactly(
                        new Reason.LevelBelow(EducationLevel.TECHNICAL_VOCATIONAL, EducationLevel.HIGHER),
                        new Reason.FieldOutsideSphere(EducationField.MINING, Set.of(EducationField.ELECTRIC_POWER)),
                        new Reason.ExperienceBelow(new Experience(24), Experience.ofYears(3)));
    }

    @Test
    void judgesASpecialistAgainstTheSpecialistsStandard() {
        var v = verdict(
                person(Role.SPECIALIST, EducationLevel.TECHNICAL_VOCATIONAL, EducationField.NON_TECHNICAL, 5, true),
                POWER_MANAGER,
                TECHNICAL_SPECIALIST);

        assertThat(v.standard()).isSameAs(TECHNICAL_SPECIALIST);
        assertThat(v.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
        assertThat(v.fieldMatch()).isEqualTo(FieldMatch.DOES_NOT_MATCH);
        assertThat(v.reasons()).containsExactly(new Reason.FieldNotTechnical("Электроснабжение"));
    }

    @Test
    void asksForTheExperienceTheTableLeavesOut() {
        var v = verdict(
                person(Role.MANAGER, EducationLevel.HIGHER, EducationField.ELECTRIC_POWER, null, true),
                POWER_MANAGER,
                TECHNICAL_SPECIALIST);

        assertThat(v.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
        assertThat(v.reasons()).containsExactly(new Reason.ExperienceNotStated());
    }

    @Test
    void leavesCorrespondenceToTheOfficerWhereTheLawNamesNoLevelOrField() {
        var v = verdict(
                person(Role.MANAGER, EducationLevel.HIGHER, EducationField.ELECTRIC_POWER, 12, true),
                CORRESPONDING,
                CORRESPONDING);

        assertThat(v.outcome()).isEqualTo(Outcome.FOR_JUDGMENT);
        assertThat(v.fieldMatch()).isEqualTo(FieldMatch.FOR_JUDGMENT);
        assertThat(v.reasons()).containsExactly(new Reason.CorrespondenceForJudgment());
    }

    @Test
    void refusesACorrespondingManagerWithoutPracticalExperience() {
        var v = verdict(
                person(Role.MANAGER, EducationLevel.HIGHER, EducationField.ELECTRIC_POWER, 0, true),
                CORRESPONDING,
                CORRESPONDING);

        assertThat(v.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
        assertThat(v.reasons()).containsExactly(new Reason.NoExperience());
    }

    @Test
    void countsWorkersAndNonProductionStaffAgainstNoStandard() {
        var worker = verdict(
                person(Role.WORKER, EducationLevel.GENERAL_SECONDARY, EducationField.UNKNOWN, 0, true),
                POWER_MANAGER,
                TECHNICAL_SPECIALIST);
        var accountant = verdict(
                person(Role.SPECIALIST, EducationLevel.HIGHER, EducationField.NON_TECHNICAL, 100, false),
                POWER_MANAGER,
                TECHNICAL_SPECIALIST);
        var unknown = verdict(
                person(Role.UNKNOWN, EducationLevel.HIGHER, EducationField.ELECTRIC_POWER, 100, true),
                POWER_MANAGER,
                TECHNICAL_SPECIALIST);

        assertThat(worker.outcome()).isEqualTo(Outcome.NOT_COUNTED);
        assertThat(worker.standard()).isNull();
        assertThat(worker.reasons()).containsExactly(new Reason.Worker());
        assertThat(accountant.outcome()).isEqualTo(Outcome.NOT_COUNTED);
        assertThat(accountant.reasons()).containsExactly(new Reason.NotProduction());
        assertThat(unknown.outcome()).isEqualTo(Outcome.FOR_JUDGMENT);
        assertThat(unknown.reasons()).containsExactly(new Reason.RoleNotUnderstood());
    }

    @Test
    void wordsEachReasonAsAMessageWhenAsked() {
        var v = verdict(
                person(Role.MANAGER, EducationLevel.TECHNICAL_VOCATIONAL, EducationField.MINING, 24, true),
                POWER_MANAGER,
                TECHNICAL_SPECIALIST);
        var worker = verdict(
                person(Role.WORKER, EducationLevel.GENERAL_SECONDARY, EducationField.UNKNOWN, 0, true),
                POWER_MANAGER,
                TECHNICAL_SPECIALIST);

        assertThat(v.why())
                .extracting(Message::key)
                .containsExactly("reason.levelBelow", "reason.fieldOutsideSphere", "reason.experienceBelow");
        assertThat(v.why().getFirst().args())
                .containsExactly(
                        Arg.label("held", EducationLevel.TECHNICAL_VOCATIONAL),
                        Arg.label("required", EducationLevel.HIGHER));
        assertThat(v.why().get(1).arg("specialty")).isEqualTo(Arg.text("specialty", "Электроснабжение"));
        assertThat(v.why().get(2).args())
                .containsExactly(
                        Arg.count("heldYears", 2),
                        Arg.count("heldMonths", 0),
                        Arg.count("requiredYears", 3),
                        Arg.count("requiredMonths", 0));
        assertThat(worker.why()).extracting(Message::key).containsExactly("reason.worker");
    }
}
