package kz.qualify.procedure;

import org.jspecify.annotations.Nullable;

/**
 * Where in the law a term is set.
 *
 * @param act the act's Russian name ("Закон Республики Казахстан от 11 января 2007 года № 214-III «О
 *     лицензировании»")
 * @param article the article's number, or {@code null} where it has not been verified
 * @param paragraph the paragraph (пункт), or {@code null} where it has not been verified
 */
public record Citation(
        String act, @Nullable Integer article, @Nullable Integer paragraph) {

    public Citation {
        if (act == null || act.isBlank()) throw new IllegalArgumentException("a citation names its act");
        if (article != null && article < 1) throw new IllegalArgumentException("article " + article);
        if (paragraph != null && paragraph < 1) throw new IllegalArgumentException("paragraph " + paragraph);
    }
}
