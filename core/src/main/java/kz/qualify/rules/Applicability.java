package kz.qualify.rules;

import java.util.Set;

/** When a requirement applies, from what the applicant declared. */
public sealed interface Applicability {

    /** Every applicant for the item. */
    record Always() implements Applicability {}

    /** Applies when any of these sub-activities is declared ("распространяется только на подвид … в 16 абзаце"). */
    record AnySubActivityOf(Set<String> subActivities) implements Applicability {
        public AnySubActivityOf {
            subActivities = Set.copyOf(subActivities);
        }
    }

    /** Applies when any sub-activity other than these is declared ("за исключением подвида … в 16 абзаце"). */
    record AnySubActivityExcept(Set<String> subActivities) implements Applicability {
        public AnySubActivityExcept {
            subActivities = Set.copyOf(subActivities);
        }
    }

    /** Applies when any of these kinds of work is declared (item 4's exemption reversed). */
    record AnyWorkOf(Set<String> works) implements Applicability {
        public AnyWorkOf {
            works = Set.copyOf(works);
        }
    }

    /** Decides the question for a declared set of sub-activities and works. */
    default boolean appliesTo(Set<String> declaredSubActivities, Set<String> declaredWorks) {
        return switch (this) {
            case Always a -> true;
            case AnySubActivityOf a -> declaredSubActivities.stream().anyMatch(a.subActivities()::contains);
            case AnySubActivityExcept a ->
                declaredSubActivities.stream().anyMatch(s -> !a.subActivities().contains(s));
            case AnyWorkOf a -> declaredWorks.stream().anyMatch(a.works()::contains);
        };
    }
}
