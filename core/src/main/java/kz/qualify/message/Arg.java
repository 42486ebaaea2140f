package kz.qualify.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.qualify.law.ClauseRef;
import kz.qualify.law.Money;

/**
 * One value a {@link Message} speaks of, typed so the reader's language can write it its own way: a
 * count chooses a plural form, an amount and a measure take the language's decimal sign, a code is
 * named in the reader's words, a name or the law's own words are never translated.
 */
public sealed interface Arg {

    /** The name the sentence uses for it ({@code {count}}). */
    String name();

    /** A whole number: people, months, documents. Sentences choose their plural forms by it. */
    record Count(String name, long value) implements Arg {}

    /** A measure or a share, written with the language's decimal sign ("0,7", "69.5"). */
    record Decimal(String name, BigDecimal value) implements Arg {
        public Decimal {
            Objects.requireNonNull(value, name);
        }
    }

    /** An amount of money. */
    record Amount(String name, Money value) implements Arg {
        public Amount {
            Objects.requireNonNull(value, name);
        }
    }

    /** A calendar date. */
    record Day(String name, LocalDate value) implements Arg {
        public Day {
            Objects.requireNonNull(value, name);
        }
    }

    /** A place in the act, cited as the reader's language cites the law. */
    record Clause(String name, ClauseRef value) implements Arg {
        public Clause {
            Objects.requireNonNull(value, name);
        }
    }

    /** A code of the edition's vocabulary (an asset category, a document kind, a sub-activity), named in the reader's words. */
    record Code(String name, String code) implements Arg {
        public Code {
            Objects.requireNonNull(code, name);
        }
    }

    /**
     * A code of the edition's vocabulary named in the reader's words alone, without the law's name
     * beside it ("the tank farm" where {@link Code} writes the law's name and the reader's).
     */
    record Term(String name, String code) implements Arg {
        public Term {
            Objects.requireNonNull(code, name);
        }
    }

    /** What a provision rule needs, by the need's id in the edition ("1.1/2"), named in the reader's words. */
    record NeedLabel(String name, String need) implements Arg {
        public NeedLabel {
            Objects.requireNonNull(need, name);
        }
    }

    /**
     * A constant of one of the core's enumerations (a legal form, an education level, a status):
     * named in the reader's words, and the case a sentence selects on ({@code {form, select, …}}).
     */
    record Label(String name, Enum<?> value) implements Arg {
        public Label {
            Objects.requireNonNull(value, name);
        }
    }

    /** A value a sentence only selects on, never shows ("later", "earlier"). */
    record Choice(String name, String value) implements Arg {
        public Choice {
            Objects.requireNonNull(value, name);
        }
    }

    /** Words that are never translated: a person's name, a position, a reference, the law's own words. */
    record Verbatim(String name, String text) implements Arg {
        public Verbatim {
            Objects.requireNonNull(text, name);
        }
    }

    /** Another message, said in the same language (a reason inside a sentence). */
    record Nested(String name, Message message) implements Arg {
        public Nested {
            Objects.requireNonNull(message, name);
        }
    }

    /**
     * Several values one after another, separated by the sentence its {@code separator} key names
     * in the bundles ("list.or": " or ", " или ", " немесе "). The items' own names are not used.
     */
    record Items(String name, List<Arg> items, String separator) implements Arg {
        public Items {
            items = List.copyOf(items);
            Objects.requireNonNull(separator, name);
        }
    }

    static Count count(String name, long value) {
        return new Count(name, value);
    }

    static Decimal decimal(String name, BigDecimal value) {
        return new Decimal(name, value);
    }

    static Amount money(String name, Money value) {
        return new Amount(name, value);
    }

    static Day date(String name, LocalDate value) {
        return new Day(name, value);
    }

    static Clause clause(String name, ClauseRef value) {
        return new Clause(name, value);
    }

    static Code code(String name, String code) {
        return new Code(name, code);
    }

    static Term term(String name, String code) {
        return new Term(name, code);
    }

    static NeedLabel need(String name, String need) {
        return new NeedLabel(name, need);
    }

    static Label label(String name, Enum<?> value) {
        return new Label(name, value);
    }

    static Choice choice(String name, String value) {
        return new Choice(name, value);
    }

    static Choice choice(String name, boolean value) {
        return new Choice(name, value ? "yes" : "no");
    }

    static Verbatim text(String name, String text) {
        return new Verbatim(name, text);
    }

    static Nested message(String name, Message message) {
        return new Nested(name, message);
    }

    static Items items(String name, String separator, List<? extends Arg> items) {
        return new Items(name, List.copyOf(items), separator);
    }
}
