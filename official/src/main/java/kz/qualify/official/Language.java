package kz.qualify.official;

import java.util.Locale;

/** The language a document is written in: Kazakh (the state language), Russian or English. */
public enum Language {
    KK,
    RU,
    EN;

    /** The BCP 47 tag: {@code kk}, {@code ru}, {@code en}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /** The language of a tag such as {@code kk} or {@code ru-RU}; an unknown tag is an error naming it. */
    public static Language of(String tag) {
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.tag().equals(primary)) {
                return language;
            }
        }
        throw new IllegalArgumentException("language: '" + tag + "' is not one of kk, ru, en");
    }
}
