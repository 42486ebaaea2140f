package kz.qualify.service.authority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The licensing authority (the licensor) in whose name decisions are made, licences issued and
 * official documents signed, as a deployment names it — the one source for the decision pages, the
 * registry and the documents ({@code qualify.authority.*}, service/README.md): its name, {@code
 * qualify.authority.name.kk}, {@code .ru}, {@code .en}, and the body a decision may be appealed to,
 * {@code qualify.authority.appeal-to.kk|ru|en} — each in all three languages or not at all (then
 * neutral defaults); its postal address {@code qualify.authority.address.<lang>} and the position
 * printed under an officer's name where the decision recorded none, {@code
 * qualify.authority.position.<lang>} — per language as given, the documents' bundles speaking for a
 * language left out. Each decision keeps the names as they were when it was made, so renaming the
 * authority later does not rewrite past decisions.
 *
 * @param name the authority's name by language tag
 * @param appealTo where its decisions may be appealed, by language tag, worded to follow "may be
 *     appealed …"
 * @param address its postal address by language tag (any of them)
 * @param position the signing officials' position by language tag (any of them)
 */
@ConfigurationProperties("qualify.authority")
public record LicensingAuthority(
        @Nullable Map<String, String> name,
        @Nullable Map<String, String> appealTo,
        @Nullable Map<String, String> address,
        @Nullable Map<String, String> position) {

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
        address = partial(address);
        position = partial(position);
    }

    private static Map<String, String> partial(@Nullable Map<String, String> byLanguage) {
        if (byLanguage == null) return Map.of();
        var out = new LinkedHashMap<String, String>();
        byLanguage.forEach((language, text) -> {
            if (text != null && !text.isBlank()) out.put(language, text.strip());
        });
        return Map.copyOf(out);
    }

    /** The authority's postal address in the language tagged, if the deployment gave one. */
    public Optional<String> addressIn(String languageTag) {
        return Optional.ofNullable(address().get(languageTag));
    }

    /** The signing officials' position in the language tagged, if the deployment gave one. */
    public Optional<String> positionIn(String languageTag) {
        return Optional.ofNullable(position().get(languageTag));
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

    @Override
    public Map<String, String> address() {
        return java.util.Objects.requireNonNull(address);
    }

    @Override
    public Map<String, String> position() {
        return java.util.Objects.requireNonNull(position);
    }
}
