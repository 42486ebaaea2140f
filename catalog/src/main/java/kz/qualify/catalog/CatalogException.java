package kz.qualify.catalog;

import java.util.List;

/**
 * A data file of the catalog is wrong. Every problem names the file, the line and the field, so the
 * person who edited the rules can go straight to it.
 */
public final class CatalogException extends RuntimeException {

    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super(problems.size() + " problem(s) in the catalog:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
