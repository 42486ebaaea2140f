package kz.qualify.procedure;

import java.util.Objects;

/**
 * Something the procedure makes follow from a term: what the licensor must do within it, or what
 * happens when it passes. Its name in each language is the message {@link #nameKey()}.
 *
 * @param id stable id ("refusal-of-further-consideration")
 */
public record Consequence(String id, Provenance provenance) {

    public Consequence {
        if (id == null || !id.matches("[a-z][a-z0-9-]*"))
            throw new IllegalArgumentException("consequence id must be lower-case kebab-case: '" + id + "'");
        Objects.requireNonNull(provenance, "provenance");
    }

    public String nameKey() {
        return "procedure.consequence." + id;
    }
}
