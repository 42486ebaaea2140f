package kz.qualify.staff;

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

/**
 * Words for a person: a key of the report's bundles and the values that fill its placeholders
 * ({@code {0}}, {@code {1}}, …). A value is put as written (a cell's text, a number) unless it is
 * itself words: an enum constant (its bundle key {@code SimpleName.CONSTANT}), another phrase, a
 * list of either (joined by ", "), or {@link PerLanguage} (a word only one language inflects).
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

    /** A value worded differently in each language (a Russian plural, say). */
    record PerLanguage(String kk, String ru, String en) {
        String in(ReportLanguage language) {
            return switch (language) {
                case kk -> kk;
                case ru -> ru;
                case en -> en;
            };
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
            case PerLanguage p -> p.in(language);
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
