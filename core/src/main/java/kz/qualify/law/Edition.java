package kz.qualify.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.qualify.rules.Requirement;
import org.jspecify.annotations.Nullable;

/**
 * One edition of the qualification requirements: the annex as one act worded it, with the dates
 * it was in force and every requirement as data.
 *
 * @param id stable id ("decree-967-2012")
 * @param title the annex's title
 * @param actId the act whose text it is ({@link Act#id()})
 * @param enactedBy the publication that started it
 * @param repealedBy the publication of the act that repealed it, if any
 * @param inForceFrom first day in force
 * @param inForceUntil first day no longer in force (exclusive), or {@code null} while in force
 * @param rulesVersion the version of the encoding (changes when an interpretation changes)
 * @param activities the licensed activities
 * @param vocabulary the codes a dossier uses
 * @param requirements every requirement of every item
 */
public record Edition(
        String id,
        String title,
        String actId,
        Publication enactedBy,
        @Nullable Publication repealedBy,
        LocalDate inForceFrom,
        @Nullable LocalDate inForceUntil,
        String rulesVersion,
        List<Activity> activities,
        Map<String, Term> vocabulary,
        List<Requirement> requirements) {

    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        if (inForceUntil != null && !inForceUntil.isAfter(inForceFrom)) {
            throw new IllegalArgumentException(
                    "edition " + id + " ends (" + inForceUntil + ") before it starts (" + inForceFrom + ")");
        }
        activities = List.copyOf(activities);
        vocabulary = Map.copyOf(vocabulary);
        requirements = List.copyOf(requirements);
    }

    public static Map<String, Term> vocabularyOf(List<Term> terms) {
        return terms.stream().collect(Collectors.toUnmodifiableMap(Term::code, Function.identity()));
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceUntil == null || date.isBefore(inForceUntil));
    }

    public Optional<Activity> activity(int item) {
        return activities.stream().filter(a -> a.item() == item).findFirst();
    }

    public List<Requirement> requirementsOf(int item) {
        return requirements.stream().filter(r -> r.clause().item() == item).toList();
    }

    /** "[2012-09-05, 2013-02-09)". */
    public String period() {
        return "[" + inForceFrom + ", " + (inForceUntil == null ? "…" : inForceUntil) + ")";
    }
}
