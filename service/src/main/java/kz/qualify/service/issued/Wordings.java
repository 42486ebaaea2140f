package kz.qualify.service.issued;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import kz.qualify.law.Activity;
import kz.qualify.law.ClauseRef;
import kz.qualify.law.Edition;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.official.Authority;
import kz.qualify.official.Language;
import kz.qualify.official.Signatory;
import kz.qualify.service.assessment.Rulebook;
import kz.qualify.service.authority.LicensingAuthority;
import kz.qualify.service.web.Speech;
import kz.qualify.wording.Languages;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The words a document is given in its language: the service's sentences ({@code paper.*} in the API
 * bundles), the catalogue's names of activities, sub-activities, kinds of work and equipment (Russian
 * and English from the catalogue, Kazakh from {@code catalogue_kk.properties}), the authority from the
 * settings, and the signing official.
 */
@Component
class Wordings {

    private final Speech speech;
    private final Rulebook rulebook;
    private final LicensingAuthority licensor;
    private final Properties kazakh = new Properties();

    Wordings(Speech speech, Rulebook rulebook, LicensingAuthority licensor) {
        this.speech = speech;
        this.rulebook = rulebook;
        this.licensor = licensor;
        try (var in = Wordings.class.getResourceAsStream("catalogue_kk.properties")) {
            if (in == null) throw new IllegalStateException("catalogue_kk.properties is missing from the jar");
            kazakh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("catalogue_kk.properties cannot be read", e);
        }
    }

    Words words(Language language) {
        return speech.in(Languages.standard().find(language.tag()).orElseThrow());
    }

    String say(Language language, String key, Arg... args) {
        return words(language).render(Message.of(key, args));
    }

    /** The edition a filing was assessed under, or the first one that has the activity. */
    Edition edition(@Nullable String editionId, int activity) {
        var editions = rulebook.editions();
        return editions.stream()
                .filter(e -> e.id().equals(editionId))
                .findFirst()
                .or(() -> editions.stream()
                        .filter(e -> e.activity(activity).isPresent())
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException("no edition has activity " + activity));
    }

    String activity(Edition edition, int item, Language language) {
        Optional<Activity> a = edition.activity(item);
        if (a.isEmpty()) return Integer.toString(item);
        return switch (language) {
            case KK -> kazakh.getProperty("activity." + item, a.get().ru());
            case RU -> a.get().ru();
            case EN -> a.get().en();
        };
    }

    String subActivity(Edition edition, int item, String code, Language language) {
        var sub = edition.activity(item).flatMap(a -> a.subActivity(code));
        if (sub.isEmpty()) return code;
        return switch (language) {
            case KK -> kazakh.getProperty("sub." + code, sub.get().ru());
            case RU -> sub.get().ru();
            case EN -> sub.get().en();
        };
    }

    /** A kind of work or of equipment. */
    String term(Edition edition, String code, Language language) {
        var term = edition.vocabulary().get(code);
        if (term == null) return code;
        return switch (language) {
            case KK -> kazakh.getProperty("term." + code, term.ru());
            case RU -> term.ru();
            case EN -> term.en();
        };
    }

    /** A clause worded for a person: "подпункт 3) пункта 7 квалификационных требований". */
    String clause(String clauseId, Language language) {
        ClauseRef c;
        try {
            c = ClauseRef.parse(clauseId);
        } catch (IllegalArgumentException e) {
            return say(language, "paper.clause.documents");
        }
        var item = Arg.count("item", c.item());
        var subitem = Arg.count("subitem", c.subitem());
        var paragraph = Arg.count("paragraph", c.paragraph());
        if (c.subitem() > 0 && c.paragraph() > 0) {
            return say(language, "paper.clause.subitemParagraph", item, subitem, paragraph);
        }
        if (c.subitem() > 0) return say(language, "paper.clause.subitem", item, subitem);
        if (c.paragraph() > 0) return say(language, "paper.clause.paragraph", item, paragraph);
        return say(language, "paper.clause.item", item);
    }

    /**
     * The authority as decisions name it ({@code qualify.authority.name.*}, the same name the decision
     * pages show), with its address from {@code qualify.authority.address.*} or the bundles' words.
     */
    Authority authority(Language language) {
        return new Authority(
                licensor.name(Languages.standard().find(language.tag()).orElseThrow()),
                licensor.addressIn(language.tag()).orElseGet(() -> say(language, "paper.authority.address")));
    }

    /**
     * The official who signs for the authority: the name and position given (the deciding officer's,
     * as recorded), the position falling back on {@code qualify.authority.position.<lang>} or the
     * bundles' "Official of the licensing authority" where none was recorded.
     */
    Signatory signatory(String name, @Nullable String position, Language language) {
        return new Signatory(
                name,
                position != null && !position.isBlank()
                        ? position
                        : licensor.positionIn(language.tag()).orElseGet(() -> say(language, "paper.officer.position")));
    }
}
