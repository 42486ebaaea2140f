package kz.qualify.assessment;

import java.util.List;
import java.util.Objects;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;

/**
 * Words for people, in English and in Russian. The rules core says all it finds in both languages,
 * so an officer reads a finding in Russian while a tool reads the same finding in English; numbers,
 * codes, names and the law's own words are the same in both.
 *
 * @param en the English words
 * @param ru the Russian words
 */
public record Text(String en, String ru) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ru, "ru");
    }

    /**
     * The key of the bridge sentence: words already written in English and Russian, carried as a
     * message while the sentences of the core move to keys of their own. Its Kazakh is the Russian.
     */
    public static final String BOTH = "text.both";

    /** These words as a message, for a finding: the bridge key with the English and the Russian. */
    public Message message() {
        return Message.of(BOTH, Arg.text("en", en), Arg.text("ru", ru));
    }

    public static Text of(String en, String ru) {
        return new Text(en, ru);
    }

    /** Words that read the same in both languages: a number, a code, a name, a quote of the law. */
    public static Text same(String both) {
        return new Text(both, both);
    }

    public Text plus(Text more) {
        return new Text(en + more.en, ru + more.ru);
    }

    public Text plus(String both) {
        return new Text(en + both, ru + both);
    }

    private static final Text EMPTY = new Text("", "");

    /** The parts, one after another, with the separator between them. */
    public static Text join(Text separator, List<Text> parts) {
        // most people on a staff table are qualified: nothing to join, and nothing to allocate
        if (parts.isEmpty()) return EMPTY;
        if (parts.size() == 1) return parts.getFirst();
        var en = new StringBuilder();
        var ru = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                en.append(separator.en);
                ru.append(separator.ru);
            }
            en.append(parts.get(i).en);
            ru.append(parts.get(i).ru);
        }
        return new Text(en.toString(), ru.toString());
    }

    /**
     * The Russian noun form for a count: {@code plural(1, "специалист", "специалиста",
     * "специалистов")} is "специалист"; 2–4 (not 12–14) take the second, the rest the third.
     */
    public static String plural(long n, String one, String few, String many) {
        long d = Math.abs(n) % 10;
        long dd = Math.abs(n) % 100;
        if (d == 1 && dd != 11) return one;
        if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return few;
        return many;
    }
}
