package kz.qualify.service.webui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The UI's texts as the checks see them: the locale files, the keys the pages and scripts use, and
 * the text an HTML file shows without a translation key.
 */
final class Translations {

    static final Path STATIC = Path.of("src/main/resources/static");
    /** The UI's languages, Kazakh (the state language) first; ru.json is the reference the others are held to. */
    static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    /**
     * Latin-script words a Kazakh page may show: the product's name and the names of file formats
     * and encodings, which Kazakh writes in Latin letters too.
     */
    static final Set<String> LATIN_NAMES = Set.of(
            "Qualify",
            "JSON",
            "JavaScript",
            "PDF",
            "PNG",
            "JPEG",
            "XLSX",
            "XLS",
            "CSV",
            "UTF",
            // the code's name as printed on every document, and the unit: Kazakh writes both so (QR-код, °C)
            "QR",
            "C");

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** {@code t('key')} or {@code t("key", …)}. */
    private static final Pattern T_CALL = Pattern.compile("\\bt\\(\\s*['\"]([^'\"]+)['\"]");
    /** {@code data-i18n="key"}, {@code data-i18n-placeholder="key"} and their JS spellings. */
    private static final Pattern DATA_I18N =
            Pattern.compile("['\"]?data-i18n(?:-[a-z-]+)?['\"]?\\s*[=:]\\s*['\"]([^'\"]+)['\"]");
    /** Any quoted literal shaped like a key ("nav.registry"); counted only when its namespace is one of the locale's. */
    private static final Pattern KEY_LITERAL = Pattern.compile("['\"]([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)['\"]");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
    private static final Pattern TOKEN =
            Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|([^<]+)", Pattern.DOTALL);
    private static final Pattern TEXT_ATTRIBUTE =
            Pattern.compile("\\s(placeholder|title|aria-label|alt)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

    private Translations() {}

    /** A locale file's keys and texts, in file order. */
    static Map<String, String> locale(String language) {
        return locale(STATIC.resolve("i18n/" + language + ".json"));
    }

    static Map<String, String> locale(Path file) {
        var tree = JSON.readTree(read(file));
        var out = new LinkedHashMap<String, String>();
        tree.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(String extension) {
        try (Stream<Path> walk = Files.walk(STATIC)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys a page or script uses: {@code t('…')}, {@code data-i18n*="…"}, and literals in a known namespace. */
    static Set<String> keysUsedIn(String source, Set<String> namespaces) {
        var keys = new TreeSet<String>();
        collect(T_CALL.matcher(source), keys);
        collect(DATA_I18N.matcher(source), keys);
        Matcher literal = KEY_LITERAL.matcher(source);
        while (literal.find()) {
            var key = literal.group(1);
            if (namespaces.contains(key.substring(0, key.indexOf('.')))) keys.add(key);
        }
        return keys;
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) into.add(m.group(1));
    }

    static Set<String> namespaces(Map<String, String> locale) {
        var out = new TreeSet<String>();
        locale.keySet().forEach(k -> out.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        return out;
    }

    /** The runs of Latin letters in a text, in order ("UTF-8" gives "UTF"). */
    static List<String> latinWords(String text) {
        var out = new ArrayList<String>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Set<String> placeholders(String text) {
        var out = new TreeSet<String>();
        collect(PLACEHOLDER.matcher(text), out);
        return out;
    }

    /**
     * Text an HTML file shows that no translation key governs: text outside every element marked
     * {@code data-i18n}, and {@code placeholder}/{@code title}/{@code aria-label}/{@code alt} values
     * without their {@code data-i18n-…} twin. Scripts, styles and comments are not text.
     */
    static List<String> untranslatedText(String html) {
        var source = html.replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?is)<!DOCTYPE[^>]*>", " ")
                .replaceAll("(?is)<(script|style)\\b([^>]*)>.*?</\\1>", "<$1$2></$1>");
        var problems = new ArrayList<String>();
        Deque<Open> open = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(source);
        while (m.find()) {
            if (m.group(4) != null) {
                var text = m.group(4).replaceAll("&nbsp;|&#160;", " ").strip();
                boolean translated = !open.isEmpty() && open.peek().translated();
                if (!text.isEmpty() && !translated) problems.add("text \"" + text + "\"");
                continue;
            }
            var name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (!m.group(1).isEmpty()) {
                while (!open.isEmpty()) {
                    if (open.pop().name().equals(name)) break;
                }
                continue;
            }
            var attributes = m.group(3);
            Matcher a = TEXT_ATTRIBUTE.matcher(attributes);
            while (a.find()) {
                var value = a.group(3) != null ? a.group(3) : a.group(4);
                if (!value.isBlank() && !attributes.contains("data-i18n-" + a.group(1) + "=")) {
                    problems.add(a.group(1) + "=\"" + value + "\" on <" + name + ">");
                }
            }
            boolean translated =
                    (!open.isEmpty() && open.peek().translated()) || attributes.matches("(?s).*\\sdata-i18n\\s*=.*");
            if (!VOID_ELEMENTS.contains(name) && !attributes.strip().endsWith("/"))
                open.push(new Open(name, translated));
        }
        return problems;
    }

    private record Open(String name, boolean translated) {}
}
