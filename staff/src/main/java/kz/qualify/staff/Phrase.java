package kz.qualify.staff;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Words for a person: a key of the report's bundles and the values that fill its placeholders
 * ({@code {0}}, {@code {1}}, …). A value is put as written (a cell's text, a number) unless it is
 * itself words: an enum constant (its bundle key {@code SimpleName.CONSTANT}), another phrase, a
 * list of either (joined by ", "), or {@link Count} (a number with the noun it counts, in the form
 * each language's plural rules choose).
 *
 * <p>Placeholders are replaced as written; apostrophes are not special (as they would be to
 * {@code MessageFormat}), so the English bundle quotes a cell the way the report always has.
 */
record Phrase(String key, List<Object> args) {

    Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /**
     * A number with the noun it counts ("75 лет", "21 год", "75 жыл"): the key's words are an ICU
     * MessageFormat plural, {@code {0, plural, one {# год} few {# года} many {# лет} other {# года}}},
     * and ICU's plural rules of the language choose the form. The number is written as plain digits,
     * as everywhere else in the report, where ICU's MessageFormat would group them by the locale
     * ("1 000"): hence its {@link PluralFormat}, given the plural's cases and a number format without
     * grouping.
     */
    record Count(String key, long count) {

        private static final Pattern PLURAL = Pattern.compile("\\{0,\\s*plural,\\s*(.+)}", Pattern.DOTALL);

        Count {
            Objects.requireNonNull(key, "key");
        }

        String in(ReportLanguage language) {
            var words = Bundles.word(language, key);
            var plural = PLURAL.matcher(words);
            if (!plural.matches()) {
                throw new IllegalStateException(
                        "report_" + language + ".properties: " + key + " is not {0, plural, …}: " + words);
            }
            var locale = new ULocale(language.name());
            // made for each use: a PluralFormat and its number format keep state, and a count is rare
            var format = new PluralFormat(locale, plural.group(1));
            var digits = NumberFormat.getIntegerInstance(locale);
            digits.setGroupingUsed(false);
            format.setNumberFormat(digits);
            return format.format(count);
        }
    }

    String in(ReportLanguage language) {
        var template = Bundles.word(language, key);
        var out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && isDigits(template, i + 1, close)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                if (index >= args.size()) throw new IllegalStateException(key + " has no value {" + index + "}");
                out.append(word(args.get(index), language));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    String en() {
        return in(ReportLanguage.en);
    }

    String ru() {
        return in(ReportLanguage.ru);
    }

    String kk() {
        return in(ReportLanguage.kk);
    }

    /** A value as words of {@code language}. */
    static String word(Object value, ReportLanguage language) {
        return switch (value) {
            case Phrase p -> p.in(language);
            case Count c -> c.in(language);
            case Enum<?> e -> Bundles.word(language, e.getDeclaringClass().getSimpleName() + "." + e.name());
            case Collection<?> list -> {
                var words = new ArrayList<String>(list.size());
                for (var item : list) words.add(word(item, language));
                yield String.join(", ", words);
            }
            default -> value.toString();
        };
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    /** The three bundles, read once. */
    static final class Bundles {
        private static final Map<ReportLanguage, Properties> BUNDLES = load();

        private Bundles() {}

        static String word(ReportLanguage language, String key) {
            var word = BUNDLES.get(language).getProperty(key);
            if (word == null) throw new IllegalStateException("report_" + language + ".properties has no " + key);
            return word;
        }

        static Properties bundle(ReportLanguage language) {
            return BUNDLES.get(language);
        }

        private static Map<ReportLanguage, Properties> load() {
            var bundles = new EnumMap<ReportLanguage, Properties>(ReportLanguage.class);
            for (var language : ReportLanguage.values()) {
                var name = "report_" + language + ".properties";
                try (var in = Phrase.class.getResourceAsStream(name)) {
                    if (in == null) throw new IllegalStateException(name + " is missing");
                    var properties = new Properties();
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    bundles.put(language, properties);
                } catch (IOException e) {
                    throw new IllegalStateException(name + " cannot be read", e);
                }
            }
            return bundles;
        }
    }
}
