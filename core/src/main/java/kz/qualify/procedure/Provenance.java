package kz.qualify.procedure;

import java.util.Objects;
import kz.qualify.law.Publication.Certainty;

/**
 * Where a fact of the calendar or the procedure comes from, and how sure we are of it: {@code KNOWN}
 * when it was seen in a source named here, {@code ASSUMED} when it was not (the source then says
 * why it was assumed and what would settle it).
 */
public record Provenance(Certainty certainty, String source) {

    public Provenance {
        Objects.requireNonNull(certainty, "certainty");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("a fact must name its source");
    }

    public boolean assumed() {
        return certainty == Certainty.ASSUMED;
    }
}
