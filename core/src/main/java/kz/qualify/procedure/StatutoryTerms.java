package kz.qualify.procedure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Every term of the procedure, and the consequences they name. */
public final class StatutoryTerms {

    private final List<StatutoryTerm> terms;
    private final List<Consequence> consequences;

    public StatutoryTerms(List<StatutoryTerm> terms) {
        if (terms.isEmpty()) throw new IllegalArgumentException("no terms");
        var ids = new HashSet<String>();
        var named = new ArrayList<Consequence>();
        for (var t : terms) {
            if (!ids.add(t.id())) throw new IllegalArgumentException("two terms " + t.id());
            for (var c : List.of(t.within(), t.ifMissed())) {
                var same = named.stream().filter(n -> n.id().equals(c.id())).findFirst();
                if (same.isEmpty()) named.add(c);
                else if (!same.get().equals(c))
                    throw new IllegalArgumentException("two consequences " + c.id() + " that differ");
            }
        }
        this.terms = List.copyOf(terms);
        this.consequences = List.copyOf(named);
    }

    public List<StatutoryTerm> all() {
        return terms;
    }

    public Optional<StatutoryTerm> byId(String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every consequence a term names, each once. */
    public List<Consequence> consequences() {
        return consequences;
    }

    /** The terms {@code event} starts or starts afresh. */
    public List<StatutoryTerm> countingFrom(Trigger.Event event) {
        return terms.stream().filter(t -> t.countsFrom(event)).toList();
    }
}
