package kz.qualify.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Classifier codes of specialties as tables write them: "5В071800" with a Cyrillic В, "5B 071800",
 * "050718", or 50718 when Excel took the code for a number and dropped the leading zero.
 */
final class SpecialtyCode {

    private SpecialtyCode() {}

    /** The shapes of codes this reader knows (see specialties.yaml and levels.yaml). */
    private static final Pattern SHAPE =
            Pattern.compile("5B\\d{6}|6B\\d{5}|6[MD]\\d{6}|7M\\d{5}|8D\\d{5}|0\\d{5}|\\d{7}|\\d{8}|[1-4][WS]\\d{8}");

    /** Codes worth finding inside a specialty's text: the letter-coded ones and the 2004 ones. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![0-9A-Z])(5B ?\\d{6}|6B ?\\d{5}|6[MD] ?\\d{6}|7M ?\\d{5}|8D ?\\d{5}|0[5-6]\\d{4})(?![0-9])");

    /** The code in canonical form (Latin letters, no spaces), or {@code null} when the text is not a code. */
    static @Nullable String normalize(String raw) {
        var folded = fold(raw).replaceAll("[\\s.\\-]", "");
        if (folded.matches("5\\d{4}")) folded = "0" + folded; // 050718 typed into Excel becomes 50718
        return SHAPE.matcher(folded).matches() ? folded : null;
    }

    /** Codes found inside a longer text ("5В071800 - Электроэнергетика"), in canonical form. */
    static List<String> findIn(String text) {
        var found = new ArrayList<String>(1);
        var m = IN_TEXT.matcher(fold(text));
        while (m.find()) found.add(m.group(1).replace(" ", ""));
        return found;
    }

    /** Upper case with the Cyrillic look-alikes of code letters as Latin. */
    private static String fold(String raw) {
        var out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            out.append(
                    switch (c) {
                        case 'В' -> 'B';
                        case 'М' -> 'M';
                        case 'Д' -> 'D';
                        case 'С' -> 'S';
                        default -> c;
                    });
        }
        return out.toString();
    }
}
