package kz.qualify.service.web;

import kz.qualify.catalog.Catalog;
import kz.qualify.formats.DossierJson;
import kz.qualify.wording.Language;
import kz.qualify.wording.Languages;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the service says, in the language a request asks for: its own errors
 * ({@value #API}_*.properties), the findings, checklist and verdicts of the rules core, the dossier's
 * problems and the staff import's reasons, each from its layer's bundles, and the edition's names
 * from its glossary. Loaded on first use (parsing every bundle takes a moment the start-up need not
 * wait for) and shared by every request.
 *
 * <p>Controllers take the request's {@link Language} as a parameter (resolved by {@link
 * RequestLanguage}) and render with {@link #in(Language)}, or {@link #in(Language, String)} for an
 * edition's findings. Errors need nothing of this: throw an {@link ApiException} with a message
 * key, and {@link Problems} says it.
 */
@Component
public class Speech {

    /** The service's own sentences: API errors, validation messages, HTTP status titles. */
    public static final String API = "kz/qualify/service/api";

    private volatile @Nullable Wording wording;

    Speech() {
        // parse the bundles on another core while the rest of the application starts
        Thread.ofPlatform().daemon().name("bundles-loader").start(() -> {
            try {
                loaded();
            } catch (RuntimeException e) {
                // reported again, and fatally, by the warm-up on the main thread
            }
        });
    }

    private Wording loaded() {
        var w = wording;
        if (w == null) {
            synchronized (this) {
                w = wording;
                if (w == null)
                    wording = w = new Wording(
                            Phrasebook.load(Phrasebook.FINDINGS, API, DossierJson.PROBLEMS),
                            Catalog.standard().glossaries());
            }
        }
        return w;
    }

    /** The bundles and the editions' glossaries, for the formats that word what they write. */
    public Wording wording() {
        return loaded();
    }

    /** Loads the bundles now, so a broken one stops the start rather than the first refusal. */
    public void warmUp() {
        loaded();
    }

    public Languages languages() {
        return loaded().languages();
    }

    /** Words in a language, for messages that name nothing of an edition. */
    public Words in(Language language) {
        return loaded().in(language);
    }

    /** Words in a language, naming codes, requirements and needs as the edition does. */
    public Words in(Language language, @Nullable String editionId) {
        return loaded().in(language, editionId);
    }
}
