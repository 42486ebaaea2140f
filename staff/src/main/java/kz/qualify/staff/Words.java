package kz.qualify.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as the dictionaries compare it: lower case, {@code ё} as {@code е}, Kazakh letters as their
 * Russian look-alikes, Latin look-alikes inside Cyrillic words as Cyrillic, punctuation as spaces.
 *
 * <p>Why so much folding: tables are typed on keyboards without Kazakh letters ("Мунай-газ iсi"),
 * with Latin letters slipped into Cyrillic words ("Тeплоэнергетика" with a Latin e) and with every
 * kind of dash and quote. A dictionary entry should match all of those without listing them.
 */
final class Words {

    private Words() {}

    /** The normalized tokens of {@code text}: letters and digits runs; "№" and "#" are tokens of their own. */
    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>(8);
        var token = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '№' || c == '#') {
                flush(token, tokens);
                tokens.add("№");
            } else if (Character.isLetterOrDigit(c)) {
                token.append(fold(Character.toLowerCase(c)));
            } else if (c == '\u0301') {
                // a combining acute accent (stress mark) inside a word: ignore, keep the word whole
            } else {
                flush(token, tokens);
            }
        }
        flush(token, tokens);
        return tokens;
    }

    /** A token of {@link #tokens} and where it stands in the text it was read from. */
    record Span(String word, int start, int end) {}

    /** {@link #tokens} with each token's place in {@code text}, to cut the text at a token. */
    static List<Span> spans(String text) {
        var spans = new ArrayList<Span>(8);
        var token = new StringBuilder(16);
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '№' || c == '#') {
                if (!token.isEmpty()) spans.add(new Span(unmixScripts(token.toString()), start, i));
                token.setLength(0);
                spans.add(new Span("№", i, i + 1));
            } else if (Character.isLetterOrDigit(c)) {
                if (token.isEmpty()) start = i;
                token.append(fold(Character.toLowerCase(c)));
            } else if (c == '\u0301') {
                // a stress mark inside a word, as in tokens()
            } else if (!token.isEmpty()) {
                spans.add(new Span(unmixScripts(token.toString()), start, i));
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) spans.add(new Span(unmixScripts(token.toString()), start, text.length()));
        return spans;
    }

    /**
     * Whether the first word of {@code text}, folded as {@link #tokens} folds it, starts with one
     * of {@code prefixes}: a filter that allocates nothing, run on every row.
     */
    static boolean startsWithAny(String text, List<String> prefixes) {
        int start = 0, n = text.length();
        while (start < n && !Character.isLetterOrDigit(text.charAt(start))) start++;
        for (var prefix : prefixes) {
            int i = start, k = 0;
            while (k < prefix.length() && i < n) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c)) break;
                char folded = fold(Character.toLowerCase(c));
                if (folded != prefix.charAt(k) && cyrillicLookAlike(folded) != prefix.charAt(k)) break;
                i++;
                k++;
            }
            if (k == prefix.length()) return true;
        }
        return false;
    }

    /** The tokens joined by single spaces: the form used as a cache key and in messages. */
    static String normalize(String text) {
        return String.join(" ", tokens(text));
    }

    /** Trims and collapses runs of white space (including no-break spaces and line breaks) to one space. */
    static String clean(String text) {
        if (isClean(text)) return text;
        int n = text.length();
        var out = new StringBuilder(n);
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = !out.isEmpty();
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** White space, no-break spaces included; a cheap test for the letters tables are made of. */
    static boolean isSpace(char c) {
        if (c <= ' ') return true;
        if (c < 0x85) return false;
        return c == 0x85
                || c == 0xA0
                || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028
                || c == 0x2029
                || c == 0x202F
                || c == 0x205F
                || c == 0x3000;
    }

    /** Most cells need no cleaning: no outer spaces, no runs, no line breaks or odd spaces. */
    private static boolean isClean(String text) {
        int n = text.length();
        if (n == 0) return true;
        boolean previousSpace = true; // a leading space is not clean
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previousSpace) return false;
                previousSpace = true;
            } else if (isSpace(c)) {
                return false;
            } else {
                previousSpace = false;
            }
        }
        return !previousSpace;
    }

    private static char fold(char c) {
        return switch (c) {
            case 'ё' -> 'е';
            case 'ә' -> 'а';
            case 'ғ' -> 'г';
            case 'қ' -> 'к';
            case 'ң' -> 'н';
            case 'ө' -> 'о';
            case 'ұ', 'ү' -> 'у';
            case 'һ' -> 'х';
            case 'і' -> 'и';
            default -> c;
        };
    }

    private static void flush(StringBuilder token, List<String> tokens) {
        if (token.isEmpty()) return;
        tokens.add(unmixScripts(token.toString()));
        token.setLength(0);
    }

    /**
     * A word with both Cyrillic and Latin letters is a typing accident: when every Latin letter in
     * it has a Cyrillic look-alike ("Тeплоэнергетика" with a Latin e, "iсi" for "ісі"), they are
     * turned into Cyrillic. Pure Latin words ("engineer") stay Latin.
     */
    static String unmixScripts(String token) {
        boolean cyrillic = false, latin = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 'а' && c <= 'я') cyrillic = true;
            else if (c >= 'a' && c <= 'z') {
                if (cyrillicLookAlike(c) == c) return token; // a Latin letter with no Cyrillic twin
                latin = true;
            }
        }
        if (!cyrillic || !latin) return token;
        var out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) out.append(cyrillicLookAlike(token.charAt(i)));
        return out.toString();
    }

    private static char cyrillicLookAlike(char c) {
        return switch (c) {
            case 'a' -> 'а';
            case 'b' -> 'в';
            case 'c' -> 'с';
            case 'e' -> 'е';
            case 'h' -> 'н';
            case 'i' -> 'и';
            case 'k' -> 'к';
            case 'm' -> 'м';
            case 'o' -> 'о';
            case 'p' -> 'р';
            case 't' -> 'т';
            case 'x' -> 'х';
            case 'y' -> 'у';
            default -> c;
        };
    }

    /** Lower case in the root locale, for comparisons that are not token based. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
