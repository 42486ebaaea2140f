package kz.qualify.service.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What every page of a journey keeps, whoever walks it (issue 11): it fits a phone 390 px wide without
 * scrolling sideways, and no code or id is shown to a person where words belong.
 */
final class PageChecks {

    /** What no person should read: an enum code, a requirement's or a document's id. */
    static final List<Pattern> CODES = List.of(
            Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b"),
            Pattern.compile("requirement:"),
            Pattern.compile("document:"));

    private PageChecks() {}

    /** Fails naming the page and every code found in its text. */
    static void showsNoCode(String where, String text) {
        for (var code : CODES) {
            assertThat(code.matcher(text).results().map(m -> m.group()).toList())
                    .as(where + " shows " + code)
                    .isEmpty();
        }
        assertThat(text).as(where).doesNotContain("undefined", "NaN", "[object Object]");
    }

    /**
     * Fails if the page is wider than the window; the message names the innermost elements that
     * stick out, with their width and text, which is where a fix starts.
     */
    static void fitsTheWidth(JavascriptExecutor browser, String where, int width) {
        long scroll = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(scroll)
                .as(where + " at " + width + " px is " + scroll + " px wide: " + browser.executeScript("""
                        const w = document.documentElement.clientWidth;
                        const out = (e) => e.getBoundingClientRect().right > w + 1;
                        return [...document.querySelectorAll('body *')]
                          .filter(e => out(e) && ![...e.children].some(out))
                          .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className
                            + ' ' + Math.round(e.getBoundingClientRect().width) + ' px: '
                            + (e.textContent || '').trim().slice(0, 40));
                        """))
                .isLessThanOrEqualTo(width);
    }
}
