package kz.qualify.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One language's file of words by key: an ordinary UTF-8 {@code .properties} file written one entry
 * per line, without escapes, so that a translator reads and edits it as it is.
 */
final class WordsFile {

    private WordsFile() {}

    /**
     * The entries of {@code text}; each problem — a line that is no entry, an escape, a key {@code
     * unknown} has a reason against, no words, a key given twice — is added to {@code problems} naming
     * the file, the line and the key.
     *
     * @param unknown why a key names nothing the file may name, or null where it is one
     */
    static Map<String, String> read(
            String file, String text, Function<String, @Nullable String> unknown, List<String> problems) {
        var entries = new LinkedHashMap<String, String>();
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) continue;
            var at = file + ":" + (i + 1) + ": ";
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(at + "not 'key=words'");
                continue;
            }
            var key = line.substring(0, eq).strip();
            var words = line.substring(eq + 1).strip();
            if (words.endsWith("\\") || words.contains("\\u")) {
                problems.add(at + key + ": write the words out in UTF-8 on one line, without escapes");
                continue;
            }
            var why = unknown.apply(key);
            if (why != null) {
                problems.add(at + key + ": " + why);
            } else if (words.isEmpty()) {
                problems.add(at + key + ": has no words");
            } else if (entries.put(key, words) != null) {
                problems.add(at + key + ": given twice");
            }
        }
        return entries;
    }
}
