package kz.qualify.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A list of phrases from a dictionary file, each leading to a value, matched against the tokens of
 * a cell.
 *
 * <p>A phrase is a run of words written naturally ("главный инженер", "горное дело"). A word
 * loses its Russian inflectional ending and then matches any word starting with what is left:
 * "главный" matches "главного", "горное дело" matches "горного дела", "электроэнергетика" matches
 * "электроэнергетические". Words shorter than three letters ("и", "по", "no") and words written
 * with a trailing "!" ("техник!", so that "техника" does not match) must be equal. An
 * <em>exact</em> phrase must cover the whole cell ("мес" as a header means months, but "мес"
 * inside "стаж, лет и мес" does not decide anything).
 *
 * <p>When several phrases match, the longest wins (most words, then, unless told otherwise, most
 * letters), so "главный специалист" beats "главный" and "тепловые электрические станции" beats
 * "электрические станции"; on a tie the phrase listed first in the file wins.
 */
final class Phrases<T> {

    /** A word of a phrase: a stem matched as a word start, or a whole word. */
    record Stem(String letters, boolean whole) {
        boolean matches(String token) {
            return whole ? token.equals(letters) : token.startsWith(letters);
        }
    }

    record Phrase<T>(List<Stem> stems, boolean exact, T value, String written, int order) {
        int letters() {
            int n = 0;
            for (var s : stems) n += s.letters().length();
            return n;
        }
    }

    /** Russian inflectional endings, longest first: what may differ between a phrase and the table. */
    private static final List<String> ENDINGS = List.of(
            "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ых", "их",
            "ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ей", "ия", "а", "я", "о", "е", "и", "ы", "у",
            "ю", "ь", "й");

    /** A phrase found in a cell: which one, where (token positions) and how long. */
    record Match<T>(T value, String phrase, boolean exact, int start, int end, int words, int letters, int order) {
        boolean covers(Match<?> other) {
            return start <= other.start && end >= other.end;
        }
    }

    private static final Comparator<Match<?>> MOST_WORDS_THEN_LETTERS = Comparator.<Match<?>>comparingInt(Match::words)
            .thenComparingInt(Match::letters)
            .reversed()
            .thenComparingInt(Match::order);

    private static final Comparator<Match<?>> MOST_WORDS =
            Comparator.<Match<?>>comparingInt(Match::words).reversed().thenComparingInt(Match::order);

    private final Map<String, List<Phrase<T>>> byFirstLetters = new HashMap<>();
    private final Comparator<Match<?>> ranking;
    private int size;

    /** Longest match wins: most words, then most letters, then the first listed. */
    Phrases() {
        this(true);
    }

    /**
     * @param lettersBreakTies whether more letters win among matches of as many words; header
     *     synonyms say no, so that the order of columns in the file decides ("стаж ... по
     *     специальности" is experience, though "специальност" is longer than "стаж")
     */
    Phrases(boolean lettersBreakTies) {
        this.ranking = lettersBreakTies ? MOST_WORDS_THEN_LETTERS : MOST_WORDS;
    }

    /** Adds a phrase as written in a dictionary. */
    void add(String written, boolean exact, T value) {
        var stems = stems(written);
        if (stems.isEmpty()) throw new IllegalArgumentException("phrase '" + written + "' has no words");
        var phrase = new Phrase<>(List.copyOf(stems), exact, value, written, size++);
        byFirstLetters
                .computeIfAbsent(key(stems.getFirst().letters()), k -> new ArrayList<>())
                .add(phrase);
    }

    /** The stems of a phrase as written: "!" after a word makes it whole. */
    static List<Stem> stems(String written) {
        var stems = new ArrayList<Stem>();
        var segments = written.split("!", -1);
        for (int s = 0; s < segments.length; s++) {
            var words = Words.tokens(segments[s]);
            for (int w = 0; w < words.size(); w++) {
                boolean markedWhole = s < segments.length - 1 && w == words.size() - 1;
                stems.add(stem(words.get(w), markedWhole));
            }
        }
        return stems;
    }

    private static Stem stem(String word, boolean markedWhole) {
        if (markedWhole || word.length() < 3) return new Stem(word, true);
        // -ика nouns turn к into ч in their adjectives: электроэнергетика, электроэнергетические
        if (word.endsWith("ика") && word.length() >= 6) return new Stem(word.substring(0, word.length() - 2), false);
        for (var ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                return new Stem(word.substring(0, word.length() - ending.length()), false);
            }
        }
        return new Stem(word, false);
    }

    int size() {
        return size;
    }

    /** The first {@code n} letters of every phrase's first word: a cheap filter before matching. */
    Set<String> firstLetters(int n) {
        var starts = new HashSet<String>();
        for (var list : byFirstLetters.values()) {
            for (var p : list) {
                var w = p.stems().getFirst().letters();
                starts.add(w.length() <= n ? w : w.substring(0, n));
            }
        }
        return Set.copyOf(starts);
    }

    /** The best match in {@code tokens}, if any. */
    Optional<Match<T>> best(List<String> tokens) {
        Match<T> best = null;
        for (var m : all(tokens)) {
            if (best == null || ranking.compare(m, best) < 0) best = m;
        }
        return Optional.ofNullable(best);
    }

    /**
     * The matches not covered by a longer one, longest first: when they lead to different values
     * the cell says two things at once ("Машиностроение; переподготовка: Электроэнергетика").
     */
    List<Match<T>> maximal(List<String> tokens) {
        var all = all(tokens);
        all.sort(ranking);
        var kept = new ArrayList<Match<T>>();
        for (var m : all) {
            boolean covered = false;
            for (var k : kept) {
                if (k.covers(m)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) kept.add(m);
        }
        return kept;
    }

    List<Match<T>> all(List<String> tokens) {
        var found = new ArrayList<Match<T>>(2);
        for (int i = 0; i < tokens.size(); i++) {
            var candidates = byFirstLetters.get(key(tokens.get(i)));
            if (candidates == null) continue;
            for (var p : candidates) {
                int n = p.stems().size();
                if (i + n > tokens.size()) continue;
                if (p.exact() && (i != 0 || n != tokens.size())) continue;
                if (matchesAt(tokens, i, p.stems())) {
                    found.add(new Match<>(p.value(), p.written(), p.exact(), i, i + n, n, p.letters(), p.order()));
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(List<String> tokens, int at, List<Stem> stems) {
        for (int j = 0; j < stems.size(); j++) {
            if (!stems.get(j).matches(tokens.get(at + j))) return false;
        }
        return true;
    }

    /**
     * Index key: the first three letters, or the whole word when shorter. A stem of three letters
     * or more only matches words at least as long, which share the key; a shorter stem is whole.
     */
    private static String key(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }
}
