package kz.qualify.formats;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** "Did you mean": the nearest known word to a typo, by edit distance. Only ever run on the error path. */
final class Suggestion {

    private Suggestion() {}

    static @Nullable String nearest(String typo, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = typo.toLowerCase(java.util.Locale.ROOT);
        for (var word : known) {
            int d = distance(lower, word.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = word;
            }
        }
        // A third of the word may be wrong; beyond that a suggestion is noise.
        return best != null && !best.equals(typo) && bestDistance <= Math.max(1, typo.length() / 3) ? best : null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
