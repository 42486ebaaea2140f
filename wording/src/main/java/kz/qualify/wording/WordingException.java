package kz.qualify.wording;

import java.util.List;

/** Bundles or glossaries that do not agree: every problem found, each naming its file and key. */
public final class WordingException extends RuntimeException {

    private final List<String> problems;

    public WordingException(List<String> problems) {
        super(problems.size() + " problem(s) in the words:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
