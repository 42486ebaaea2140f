package kz.qualify.service.issued;

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
 * bundles), the names of activities, sub-activities, kinds of work and equipment from the edition's
 * glossary in the document's language, the authority from the settings, and the signing official.
 */
@Component
class Wordings {

    private final Speech speech;
    private final Rulebook rulebook;
    private final LicensingAuthority licensor;

    Wordings(Speech speech, Rulebook rulebook, LicensingAuthority licensor) {
        this.speech = speech;
        this.rulebook = rulebook;
        this.licensor = licensor;
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
        return names(edition, language).activity(item);
    }

    String subActivity(Edition edition, int item, String code, Language language) {
        return names(edition, language).term(code);
    }

    /** A kind of work or of equipment. */
    String term(Edition edition, String code, Language language) {
        return names(edition, language).term(code);
    }

    /** The edition's names in a language, from its glossary. */
    private Words names(Edition edition, Language language) {
        return speech.in(Languages.standard().find(language.tag()).orElseThrow(), edition.id());
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
