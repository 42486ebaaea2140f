package kz.qualify.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import kz.qualify.law.Edition;
import kz.qualify.message.Message;
import kz.qualify.rules.QualificationStandard;
import kz.qualify.rules.QualificationStandard.FieldRequirement;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Where one person of the staff table stands against the qualification standard the law sets for
 * their role under one staff requirement: what was required, what they hold, the verdict and why.
 * The officer reads it beside the requirement's finding, which counts these verdicts.
 *
 * <p>It is the same judgement {@link StaffPolicy} counts, said per person and as data (the reasons
 * are {@link Reason}s, not words), so the edges word it in each language the product speaks.
 *
 * @param person the row as filed
 * @param requirement the staff requirement judged against
 * @param standard the standard for the person's role, or null where the role is judged by none
 *     (workers, non-production staff, a role not understood)
 * @param outcome the verdict
 * @param fieldMatch whether the education's field is the one the standard asks for
 * @param reasons why the verdict is not simply "meets" (empty when it is)
 */
public record PersonVerdict(
        StaffMember person,
        Requirement requirement,
        @Nullable QualificationStandard standard,
        Outcome outcome,
        FieldMatch fieldMatch,
        List<Reason> reasons) {

    public PersonVerdict {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(fieldMatch, "fieldMatch");
        reasons = List.copyOf(reasons);
    }

    /** The verdict on one person. */
    public enum Outcome {
        MEETS,
        DOES_NOT_MEET,
        /** The table leaves out what the standard asks (experience not stated). */
        EVIDENCE_MISSING,
        /** The law leaves it to the officer, or the row could not be read with certainty. */
        FOR_JUDGMENT,
        /** Workers and non-production staff: counted in no standard, so judged against none. */
        NOT_COUNTED
    }

    /** Whether the field of education is the one asked for. */
    public enum FieldMatch {
        MATCHES,
        DOES_NOT_MATCH,
        FOR_JUDGMENT,
        /** The standard asks for no particular field, or the person is judged against none. */
        NOT_ASKED
    }

    /** Why a person does not simply meet the standard: each a fact the edges put in words. */
    public sealed interface Reason {
        /** The level of education in the table was not understood. */
        record LevelNotUnderstood() implements Reason {}

        record LevelBelow(EducationLevel held, EducationLevel required) implements Reason {}

        /** The specialty could not be mapped to a field. */
        record FieldNotRecognised(@Nullable String specialty) implements Reason {}

        /** Technical education is required and this one is not. */
        record FieldNotTechnical(@Nullable String specialty) implements Reason {}

        record FieldOutsideSphere(EducationField held, Set<EducationField> accepted) implements Reason {
            public FieldOutsideSphere {
                accepted = Set.copyOf(accepted);
            }
        }

        /** The field may be within the named sphere; the rules file leaves it to the officer. */
        record FieldInSphereForJudgment(EducationField held) implements Reason {}

        /**
         * "соответствующему образовательному уровню": the law names no level or field, so whether
         * this education corresponds to the activity is the officer's judgment.
         */
        record CorrespondenceForJudgment() implements Reason {}

        record ExperienceNotStated() implements Reason {}

        record ExperienceBelow(Experience held, Experience required) implements Reason {}

        /** The law asks for practical experience and the row states none. */
        record NoExperience() implements Reason {}

        /** The category (manager, specialist, worker) is not stated nor recognised from the position. */
        record RoleNotUnderstood() implements Reason {}

        record Worker() implements Reason {}

        record NotProduction() implements Reason {}
    }

    /**
     * The reasons as messages ({@code reason.*}), for a reader of the verdict: built when asked, so
     * judging a staff table builds none.
     */
    public List<Message> why() {
        var asked = standard == null ? new FieldRequirement.AnyField() : standard.field();
        var specialty = person.education().specialty();
        var out = new ArrayList<Message>(reasons.size());
        for (var r : reasons) out.add(StaffPolicy.reason(r, asked, specialty));
        return out;
    }

    /**
     * Each person of the dossier against each staff requirement of the edition that applies to the
     * dossier's activity, sub-activities and works, in the table's order (usually one requirement).
     */
    public static List<PersonVerdict> of(Edition edition, Dossier dossier) {
        var out = new ArrayList<PersonVerdict>();
        for (var requirement : edition.requirementsOf(dossier.activity())) {
            if (!(requirement.rule() instanceof Rule.StaffRule rule)) continue;
            if (!requirement.applicability().appliesTo(dossier.subActivities(), dossier.works())) continue;
            for (var person : dossier.staff()) out.add(of(person, requirement, rule));
        }
        return List.copyOf(out);
    }

    /** One person against one staff requirement. */
    public static PersonVerdict of(StaffMember person, Requirement requirement, Rule.StaffRule rule) {
        if (!person.production()) {
            return uncounted(person, requirement, Outcome.NOT_COUNTED, new Reason.NotProduction());
        }
        return switch (person.role()) {
            case WORKER -> uncounted(person, requirement, Outcome.NOT_COUNTED, new Reason.Worker());
            case UNKNOWN -> uncounted(person, requirement, Outcome.FOR_JUDGMENT, new Reason.RoleNotUnderstood());
            case MANAGER, SPECIALIST -> {
                var standard = person.role() == Role.MANAGER ? rule.managers() : rule.specialists();
                var judgement = StaffPolicy.judge(person, standard);
                var reasons = new ArrayList<>(judgement.why());
                var outcome = outcome(judgement.standing());
                if (standard.field() instanceof FieldRequirement.Corresponding && outcome == Outcome.MEETS) {
                    // what can be measured is there; the correspondence itself the law leaves to the officer
                    outcome = Outcome.FOR_JUDGMENT;
                    reasons.add(new Reason.CorrespondenceForJudgment());
                }
                yield new PersonVerdict(
                        person, requirement, standard, outcome, fieldMatch(standard.field(), reasons), reasons);
            }
        };
    }

    private static PersonVerdict uncounted(StaffMember person, Requirement requirement, Outcome outcome, Reason why) {
        return new PersonVerdict(person, requirement, null, outcome, FieldMatch.NOT_ASKED, List.of(why));
    }

    private static Outcome outcome(StaffPolicy.Standing standing) {
        return switch (standing) {
            case QUALIFIED -> Outcome.MEETS;
            case NOT_QUALIFIED -> Outcome.DOES_NOT_MEET;
            case MISSING -> Outcome.EVIDENCE_MISSING;
            case REVIEW -> Outcome.FOR_JUDGMENT;
        };
    }

    private static FieldMatch fieldMatch(FieldRequirement asked, List<Reason> reasons) {
        if (asked instanceof FieldRequirement.AnyField) return FieldMatch.NOT_ASKED;
        for (var r : reasons) {
            switch (r) {
                case Reason.FieldNotTechnical x -> {
                    return FieldMatch.DOES_NOT_MATCH;
                }
                case Reason.FieldOutsideSphere x -> {
                    return FieldMatch.DOES_NOT_MATCH;
                }
                case Reason.FieldNotRecognised x -> {
                    return FieldMatch.FOR_JUDGMENT;
                }
                case Reason.FieldInSphereForJudgment x -> {
                    return FieldMatch.FOR_JUDGMENT;
                }
                case Reason.CorrespondenceForJudgment x -> {
                    return FieldMatch.FOR_JUDGMENT;
                }
                default -> {}
            }
        }
        return asked instanceof FieldRequirement.Corresponding ? FieldMatch.FOR_JUDGMENT : FieldMatch.MATCHES;
    }
}
