package kz.qualify.message;

import java.util.List;
import java.util.Objects;

/**
 * Something to tell a person, said as data: the key of the sentence and the typed values it speaks
 * of. The core decides what it found and builds a message; which words say it, in which language and
 * with which grammar is decided where it is read, so a finding that nobody reads is never worded.
 *
 * <p>Building one costs a few small objects and no formatting: keys are constants, arguments keep
 * their values as they are (a count, an amount, a date, a code).
 *
 * @param key names the sentence in the bundles ({@code finding.staff.share.met})
 * @param args the values it speaks of, each with the name its sentence uses for it
 */
public record Message(String key, List<Arg> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key) {
        return new Message(key, List.of());
    }

    public static Message of(String key, Arg a) {
        return new Message(key, List.of(a));
    }

    public static Message of(String key, Arg a, Arg b) {
        return new Message(key, List.of(a, b));
    }

    public static Message of(String key, Arg... args) {
        return new Message(key, List.of(args));
    }

    /** The argument of that name, or {@code null}. */
    public Arg arg(String name) {
        for (var a : args) {
            if (a.name().equals(name)) return a;
        }
        return null;
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
