package kz.qualify.service.assessment;

import java.util.List;
import kz.qualify.assessment.Finding;
import kz.qualify.formats.FindingWords;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;

/**
 * A finding's words in Russian, for the views that carry the English ones as {@code title},
 * {@code summary}, {@code figures} and {@code issues}: shown as {@code "ru": {…}} beside them, the
 * shape of the assessment JSON.
 *
 * @param title the requirement's name, or null where the rules give none
 * @param summary what was checked and what came of it
 * @param figures the numbers used
 * @param issues what failed, each as "ref: problem"
 */
public record RussianWords(@Nullable String title, String summary, List<String> figures, List<String> issues) {

    /** The finding said by {@code russian}, the words in Russian of the finding's edition. */
    public static RussianWords of(Finding f, Words russian) {
        var ru = FindingWords.of(f, russian);
        return new RussianWords(
                ru.title().isEmpty() ? null : ru.title(),
                ru.summary(),
                ru.figures(),
                ru.issues().stream().map(i -> i.ref() + ": " + i.problem()).toList());
    }
}
