package kz.qualify.formats;

import java.util.ArrayList;
import java.util.List;
import kz.qualify.assessment.Finding;
import kz.qualify.wording.Words;

/**
 * A finding's words in one language, rendered from its messages where a reader reads them: the
 * requirement's short name and the reading chosen (from the edition's glossary), the summary, the
 * figures, each issue's problem and the remedies. The clause, the status and the law's quote are not
 * words of a language and stay on the {@link Finding}.
 *
 * @param title the requirement's short name ("" where the glossary of this language has none)
 * @param interpretation the reading chosen, or "" where the law leaves no room
 * @param summary what was checked and what came of it
 * @param figures the numbers used
 * @param issues what failed, each with its row, asset or document
 * @param remedies what would fix it
 */
public record FindingWords(
        String title,
        String interpretation,
        String summary,
        List<String> figures,
        List<Issue> issues,
        List<String> remedies) {

    public FindingWords {
        figures = List.copyOf(figures);
        issues = List.copyOf(issues);
        remedies = List.copyOf(remedies);
    }

    /**
     * One thing that failed, in words.
     *
     * @param ref the staff row, asset, service, document or declaration it concerns (a ref, not
     *     translated), or the need with nothing claimed for it, named in this language
     * @param problem why
     */
    public record Issue(String ref, String problem) {}

    /** The finding said by {@code words} (made for the finding's edition). */
    public static FindingWords of(Finding f, Words words) {
        var issues = new ArrayList<Issue>(f.issues().size());
        // a need with nothing claimed for it is named by the law's words: said in this language
        for (var i : f.issues())
            issues.add(new Issue(words.needByLawWords(f.requirementId(), i.ref()), words.render(i.problem())));
        return new FindingWords(
                words.title(f.requirementId()),
                words.interpretation(f.requirementId()),
                words.render(f.summary()),
                words.render(f.figures()),
                issues,
                words.render(f.remedies()));
    }
}
