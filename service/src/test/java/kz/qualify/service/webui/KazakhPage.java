package kz.qualify.service.webui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a Kazakh page shows in Kazakh: the text a person reads (visible text, option texts and the
 * placeholder/title/aria-label/alt attributes) outside the elements marked as another language
 * ({@code lang="ru"} for the rules' words and the law, {@code lang="en"}) or as not to translate
 * ({@code translate="no"}: the product's name), with the user's own data taken out. In it, no
 * Latin-script word but the names of {@link Translations#LATIN_NAMES}, and no Russian word.
 */
final class KazakhPage {

    /**
     * Russian is recognised by its words: those of the UI's Russian texts and of the rules' Russian
     * words the page may show, less every word Kazakh uses too (лицензия, досье, инспектор…).
     */
    private static final Pattern CYRILLIC_WORD = Pattern.compile("\\p{IsCyrillic}{3,}");

    /** The visible text nodes and labelling attributes whose nearest lang is kk, each with where it is. */
    private static final String COLLECT = """
            const out = [];
            const where = (el) => el.id ? `#${el.id}` : el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : '');
            const foreign = (el) => {
              const marked = el.closest('[lang]');
              return (marked && marked.getAttribute('lang') !== 'kk') || el.closest('[translate="no"]');
            };
            const visible = (el) => el.checkVisibility ? el.checkVisibility() : el.offsetParent !== null;
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              const text = n.textContent.trim();
              if (!text || !el || el.closest('script, style, noscript, textarea')) continue;
              if (foreign(el)) continue;
              if (el.tagName !== 'OPTION' && !visible(el)) continue;
              out.push(`${where(el)}: ${text}`);
            }
            for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], [alt]')) {
              if (foreign(el)) continue;
              for (const a of ['placeholder', 'title', 'aria-label', 'alt']) {
                const v = (el.getAttribute(a) || '').trim();
                if (v) out.push(`${where(el)}@${a}: ${v}`);
              }
            }
            return out;
            """;

    private final Set<String> russianWords;

    /**
     * @param russianTexts Russian texts of the UI and of the data the pages show (the rules' names of
     *     the activities…), whose words mark a text as Russian
     * @param kazakhTexts the UI's Kazakh texts: a word in them is Kazakh too
     */
    KazakhPage(Collection<String> russianTexts, Collection<String> kazakhTexts) {
        var kazakh = words(kazakhTexts);
        var russian = words(russianTexts);
        russian.removeAll(kazakh);
        this.russianWords = russian;
    }

    /** The texts of the page in the browser that a person reads as the page's own Kazakh. */
    @SuppressWarnings("unchecked")
    static List<String> texts(JavascriptExecutor browser) {
        return (List<String>) browser.executeScript(COLLECT);
    }

    /**
     * The words out of place in those texts: each text with the user's data (names, comments,
     * filenames the tests typed) removed, then every Latin word not a name of {@link
     * Translations#LATIN_NAMES}, and every Russian word.
     */
    List<String> problems(List<String> texts, Collection<String> userData) {
        var problems = new ArrayList<String>();
        for (var entry : texts) {
            int colon = entry.indexOf(": ");
            var text = entry.substring(colon + 2);
            for (var data : userData) text = text.replace(data, " ");
            for (var latin : Translations.latinWords(text)) {
                if (!Translations.LATIN_NAMES.contains(latin)) problems.add("Latin \"" + latin + "\" in " + entry);
            }
            var m = CYRILLIC_WORD.matcher(text);
            while (m.find()) {
                if (russianWords.contains(m.group().toLowerCase(Locale.ROOT))) {
                    problems.add("Russian \"" + m.group() + "\" in " + entry);
                }
            }
        }
        return problems;
    }

    static Set<String> words(Collection<String> texts) {
        var out = new TreeSet<String>();
        for (var text : texts) {
            var m = CYRILLIC_WORD.matcher(text);
            while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
