package kz.qualify.service.authority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The licensing authority (the licensor) in whose name decisions are made and licences issued, as a
 * deployment names it: {@code qualify.authority.name.kk}, {@code .ru}, {@code .en}, and the body a
 * decision may be appealed to, {@code qualify.authority.appeal-to.kk|ru|en} — each in all three
 * languages or not at all (then neutral defaults). Each decision keeps the names as they were when it was made, so renaming
 * the authority later does not rewrite past decisions.
 *
 * @param name the authority's name by language tag
 * @param appealTo where its decisions may be appealed, by language tag, worded to follow "may be
 *     appealed …"
 */
@ConfigurationProperties("qualify.authority")
public record LicensingAuthority(
        @Nullable Map<String, String> name, @Nullable Map<String, String> appealTo) {

    /** The languages the authority must be named in. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    /** Until a deployment names its authority: neutral words, never a guess at a real body's name. */
    static final Map<String, String> DEFAULT_NAME = Map.of(
            "kk", "Лицензиар — лицензиялау саласындағы уәкілетті мемлекеттік орган",
            "ru", "Лицензиар — уполномоченный государственный орган в сфере лицензирования",
            "en", "The licensor: the state body authorised for licensing");

    static final Map<String, String> DEFAULT_APPEAL_TO = Map.of(
            "kk", "жоғары тұрған мемлекеттік органға немесе сотқа",
            "ru", "в вышестоящий государственный орган или в суд",
            "en", "to the superior state body or to the court");

    public LicensingAuthority {
        name = complete("qualify.authority.name", name, DEFAULT_NAME);
        appealTo = complete("qualify.authority.appeal-to", appealTo, DEFAULT_APPEAL_TO);
    }

    private static Map<String, String> complete(
            String property, @Nullable Map<String, String> byLanguage, Map<String, String> defaults) {
        if (byLanguage == null || byLanguage.isEmpty()) return defaults;
        var out = new LinkedHashMap<String, String>();
        for (var language : LANGUAGES) {
            var text = byLanguage == null ? null : byLanguage.get(language);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(property + "." + language + " must be set: the authority's "
                        + "decisions name it in every language the service speaks");
            }
            out.put(language, text.strip());
        }
        return Map.copyOf(out);
    }

    /** The authority's name in {@code language} (English for a language it is not named in). */
    public String name(Language language) {
        return in(name(), language);
    }

    public String appealTo(Language language) {
        return in(appealTo(), language);
    }

    /** A text kept by language, in {@code language}, or in English when it has none in it. */
    public static String in(Map<String, String> byLanguage, Language language) {
        var text = byLanguage.get(language.tag());
        return text != null ? text : byLanguage.getOrDefault("en", "");
    }

    @Override
    public Map<String, String> name() {
        return java.util.Objects.requireNonNull(name);
    }

    @Override
    public Map<String, String> appealTo() {
        return java.util.Objects.requireNonNull(appealTo);
    }
}
