package kz.qualify.official;

import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * What the Java side needs in words, read from {@code templates/words.LANG.properties}: how dates are
 * written in the language and the signature's reason (which PDF readers show beside the
 * signature, so it is words too).
 */
record Words(DateTimeFormatter date, DateTimeFormatter dateTime, String reason, String developmentReason) {

    static Words read(Language language, Properties properties) {
        return new Words(
                DateTimeFormatter.ofPattern(required(properties, language, "date"), language.locale()),
                DateTimeFormatter.ofPattern(required(properties, language, "dateTime"), language.locale()),
                required(properties, language, "signature.reason"),
                required(properties, language, "signature.reason.development"));
    }

    private static String required(Properties properties, Language language, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("words." + language.tag() + ".properties: '" + key + "' is missing");
        }
        return value.strip();
    }
}
