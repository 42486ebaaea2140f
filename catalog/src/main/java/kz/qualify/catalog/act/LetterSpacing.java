package kz.qualify.catalog.act;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Undoes the export's letter spacing ("н а с т о я щ е м у  п о с т а н о в л е н и ю"), which the
 * database produces for text that was typeset spaced out: letters of a word are separated by one
 * space, words by two or more.
 */
final class LetterSpacing {

    /** A maximal stretch of one-character tokens, however far apart. */
    private static final Pattern STRETCH = Pattern.compile("(?<!\\S)\\S(?!\\S)(?: +\\S(?!\\S))*");

    private static final Pattern WORD_GAP = Pattern.compile(" {2,}");

    private LetterSpacing() {}

    /** One line of the export, without its indentation, with spaced-out words closed up. */
    static String collapse(String line) {
        Matcher m = STRETCH.matcher(line);
        var out = new StringBuilder(line.length());
        while (m.find()) {
            String stretch = m.group();
            String replacement = isLetterSpaced(stretch) ? closeUp(stretch) : stretch;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A stretch is letter-spaced if one of its words (characters one space apart) has at least three
     * characters, two of them letters. The letters keep ordinary text such as "3 и 4" or "- для"
     * intact; the words of a spaced line that are mostly digits or punctuation ("№  5 0 ,  с т .")
     * are closed up with the rest of their stretch.
     */
    private static boolean isLetterSpaced(String stretch) {
        return WORD_GAP.splitAsStream(stretch).anyMatch(word -> {
            String chars = word.replace(" ", "");
            return chars.length() >= 3
                    && chars.codePoints().filter(Character::isLetter).count() >= 2;
        });
    }

    private static String closeUp(String stretch) {
        return Arrays.stream(WORD_GAP.split(stretch))
                .map(word -> word.replace(" ", ""))
                .collect(Collectors.joining(" "));
    }
}
