package kz.qualify.service.assessment;

import org.jspecify.annotations.Nullable;

/**
 * A requirement's name and reading in Russian, for the views that carry the English ones as
 * {@code title} and {@code interpretation}: shown as {@code "ru": {"title": …, "interpretation": …}},
 * the shape of the assessment JSON.
 *
 * @param title the requirement's name
 * @param interpretation the reading chosen, or null where the law leaves no room
 */
public record RussianWords(String title, @Nullable String interpretation) {

    /** The words, or null when the rules give no Russian name (a test edition, say). */
    public static @Nullable RussianWords of(String title, String interpretation) {
        return title.isEmpty() ? null : new RussianWords(title, interpretation.isEmpty() ? null : interpretation);
    }
}
