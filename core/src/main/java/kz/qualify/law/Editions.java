package kz.qualify.law;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every edition we hold, and which one was in force on a date. */
public final class Editions {

    private final List<Edition> editions;

    public Editions(List<Edition> editions) {
        if (editions.isEmpty()) throw new IllegalArgumentException("no editions");
        var sorted = new ArrayList<>(editions);
        sorted.sort(Comparator.comparing(Edition::inForceFrom));
        for (int i = 1; i < sorted.size(); i++) {
            var prev = sorted.get(i - 1);
            var next = sorted.get(i);
            if (prev.inForceUntil() == null || prev.inForceUntil().isAfter(next.inForceFrom())) {
                throw new IllegalArgumentException("editions " + prev.id() + " and " + next.id() + " overlap");
            }
        }
        this.editions = List.copyOf(sorted);
    }

    public List<Edition> all() {
        return editions;
    }

    public Optional<Edition> byId(String id) {
        return editions.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The edition in force on {@code date}, or the nearest one and why none applies. */
    public Lookup on(LocalDate date) {
        for (var e : editions) {
            if (e.inForceOn(date)) return new Lookup.InForce(e);
        }
        Edition nearest = editions.getFirst();
        long best = Long.MAX_VALUE;
        for (var e : editions) {
            long d = distance(e, date);
            if (d < best) {
                best = d;
                nearest = e;
            }
        }
        return new Lookup.NoneInForce(date, nearest);
    }

    private static long distance(Edition e, LocalDate date) {
        if (date.isBefore(e.inForceFrom())) return ChronoUnit.DAYS.between(date, e.inForceFrom());
        var until = e.inForceUntil();
        return until == null ? 0 : ChronoUnit.DAYS.between(until, date) + 1;
    }

    /** The answer to "which rules applied on this date?". */
    public sealed interface Lookup {
        record InForce(Edition edition) implements Lookup {}

        /** No edition covers the date: the nearest one (worded by the assessment's message key). */
        record NoneInForce(LocalDate date, Edition nearest) implements Lookup {}
    }
}
