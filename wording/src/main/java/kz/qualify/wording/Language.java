package kz.qualify.wording;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A language the product speaks, by its BCP 47 tag: {@code kk}, {@code ru}, {@code en}, or a
 * pseudo-locale such as {@code en-XA} that tests use to show a new language needs no code.
 *
 * @param tag the language tag, as the bundles' file names and {@code Content-Language} write it
 */
public record Language(String tag) {

    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public Language {
        Objects.requireNonNull(tag, "tag");
        if (!TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("not a language tag: '" + tag + "' (expected e.g. kk, ru, en, en-XA)");
        }
    }

    public static Language of(String tag) {
        return new Language(tag);
    }

    /** How a bundle's file name ends for this language: {@code _kk}, {@code _en_XA}. */
    String fileSuffix() {
        return "_" + tag.replace('-', '_');
    }

    @Override
    public String toString() {
        return tag;
    }
}
