package kz.qualify.law;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One numbered item (пункт) of the act with its paragraphs (абзацы), numbered from the item's first
 * line.
 */
public record ActItem(int number, List<Paragraph> paragraphs) {

    public ActItem {
        paragraphs = List.copyOf(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).number() != i + 1) {
                throw new IllegalArgumentException("item " + number + ": paragraph " + (i + 1) + " is numbered "
                        + paragraphs.get(i).number());
            }
        }
    }

    public Optional<Paragraph> paragraph(int n) {
        return n >= 1 && n <= paragraphs.size() ? Optional.of(paragraphs.get(n - 1)) : Optional.empty();
    }

    /** The paragraphs that belong to subitem {@code n} ("n)" and what follows it up to the next subitem). */
    public List<Paragraph> subitem(int n) {
        return paragraphs.stream().filter(p -> p.subitem() == n).toList();
    }

    public int subitemCount() {
        return paragraphs.stream().mapToInt(Paragraph::subitem).max().orElse(0);
    }

    public String text() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    Optional<String> text(ClauseRef ref) {
        if (ref.hasParagraph()) {
            return paragraph(ref.paragraph())
                    .filter(p -> !ref.hasSubitem() || p.subitem() == ref.subitem())
                    .map(Paragraph::text);
        }
        if (ref.hasSubitem()) {
            var ps = subitem(ref.subitem());
            return ps.isEmpty()
                    ? Optional.empty()
                    : Optional.of(ps.stream().map(Paragraph::text).collect(Collectors.joining("\n")));
        }
        return Optional.of(text());
    }

    /**
     * A paragraph (абзац).
     *
     * @param number its number within the item, from 1
     * @param subitem the subitem it belongs to (0 for the item's opening paragraph)
     * @param text the repaired text, one line
     */
    public record Paragraph(int number, int subitem, String text) {
        public Paragraph {
            if (number < 1) throw new IllegalArgumentException("paragraph number must be ≥ 1");
            if (subitem < 0) throw new IllegalArgumentException("subitem must be ≥ 0");
            if (text.isBlank()) throw new IllegalArgumentException("paragraph " + number + " is empty");
        }
    }
}
