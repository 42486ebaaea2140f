package kz.qualify.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The МРП by date: each rate applies from its date until the next one. */
public final class MrpTable {

    private final List<MrpRate> rates;

    public MrpTable(List<MrpRate> rates) {
        var sorted = new ArrayList<>(rates);
        sorted.sort(Comparator.comparing(MrpRate::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
                throw new IllegalArgumentException(
                        "two МРП rates from " + sorted.get(i).from());
            }
        }
        this.rates = List.copyOf(sorted);
    }

    public List<MrpRate> rates() {
        return rates;
    }

    /** The rate in force on {@code date}, or empty before the first known rate. */
    public Optional<MrpRate> on(LocalDate date) {
        MrpRate found = null;
        for (var r : rates) {
            if (r.from().isAfter(date)) break;
            found = r;
        }
        return Optional.ofNullable(found);
    }
}
