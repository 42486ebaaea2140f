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
 * ({@code lang="ru" class="law"} for the law's quotes, the language buttons' own names) or as not to
 * translate ({@code translate="no"}: the product's name), with the user's own data taken out. In it,
 * no Latin-script word but the names of {@link Translations#LATIN_NAMES}, and no Russian word; and
 * nothing is marked Russian but the law's quotes (and the button that switches to Russian).
 *
 * <p>Russian is recognised by its words, not its letters: the Kazakh alphabet has every letter of the
 * Russian one (ы is everyday Kazakh, э, ё and ъ appear in loanwords), so no letter proves a word
 * Russian. A word is Russian when it occurs in the Russian texts a page may show — the UI's, the
 * service's, the rules' findings, the dossier's problems and the edition's glossary — and in none of
 * their Kazakh twins (which removes the words both languages share: лицензия, досье, инспектор…).
 */
final class KazakhPage {

    /** The bundles and glossary whose Russian a page may show, each with its Kazakh twin ({@code _ru}/{@code _kk}). */
    private static final List<String> BUNDLES = List.of(
            "kz/qualify/service/api",
            "kz/qualify/wording/findings",
            "kz/qualify/wording/common",
            "kz/qualify/formats/problems",
            "kz/qualify/catalog/decree-967-2012.glossary");

    /** A cyrillic word of three letters or more. */
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

    /** The check made of the UI's texts and of every bundle and glossary whose words a page may show. */
    static KazakhPage standard() {
        var russian = new ArrayList<>(Translations.locale("ru").values());
        var kazakh = new ArrayList<>(Translations.locale("kk").values());
        for (var bundle : BUNDLES) {
            russian.addAll(values(bundle + "_ru.properties"));
            kazakh.addAll(values(bundle + "_kk.properties"));
        }
        return new KazakhPage(russian, kazakh);
    }

    private static Collection<String> values(String resource) {
        try (var in = KazakhPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the test class path");
            var p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return p.values().stream().map(String::valueOf).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The elements marked Russian that are not the law's quote: on a Kazakh page, only the law
     * ({@code class="law"}) is quoted in Russian, and the button that switches to Russian names itself.
     */
    @SuppressWarnings("unchecked")
    static List<String> russianOutsideTheLaw(JavascriptExecutor browser) {
        return (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('body [lang=ru]')]
                  .filter(e => !e.closest('.law, .lang-button') && (e.textContent || '').trim())
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ': ' + e.textContent.trim().slice(0, 80));
                """);
    }

    /** Fails naming each word out of place on the Kazakh page shown, and each Russian text not the law's. */
    void assertKazakh(JavascriptExecutor browser, String where, Collection<String> userData) {
        org.assertj.core.api.Assertions.assertThat(problems(texts(browser), userData))
                .as("words out of place on the Kazakh page " + where)
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(russianOutsideTheLaw(browser))
                .as("Russian outside the law's quotes on the Kazakh page " + where)
                .isEmpty();
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
