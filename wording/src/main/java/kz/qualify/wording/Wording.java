package kz.qualify.wording;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The bundles of the layers an application speaks for and the glossaries of the editions it
 * assesses under: {@link #in(Language, String)} gives the words of one language for one edition.
 * Thread-safe; the {@link Words} are made once per language and edition.
 */
public final class Wording {

    private record Key(Language language, @Nullable String edition) {}

    private final Phrasebook phrases;
    private final Map<String, Glossaries> editions;
    private final Map<Key, Words> words = new ConcurrentHashMap<>();

    public Wording(Phrasebook phrases, Map<String, Glossaries> editions) {
        this.phrases = Objects.requireNonNull(phrases, "phrases");
        this.editions = Map.copyOf(editions);
    }

    public Languages languages() {
        return phrases.languages();
    }

    public Phrasebook phrases() {
        return phrases;
    }

    /** Words in a language, for messages that name nothing of an edition. */
    public Words in(Language language) {
        return in(language, null);
    }

    /** Words in a language, naming codes, requirements and needs as the edition's glossary does. */
    public Words in(Language language, @Nullable String editionId) {
        var edition = editionId == null ? null : editions.get(editionId);
        var key = new Key(language, edition == null ? null : editionId);
        return words.computeIfAbsent(key, k -> new Words(phrases, language, edition));
    }
}
