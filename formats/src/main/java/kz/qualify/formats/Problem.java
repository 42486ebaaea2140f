package kz.qualify.formats;

import java.util.Objects;
import kz.qualify.message.Message;

/**
 * One thing wrong with an input document, said as data: where, and a message the reader's language
 * words from the bundles of {@link DossierJson#PROBLEMS}.
 *
 * @param path where, as a JSON path from the document's root ({@code $.staff[3].experienceMonths});
 *     {@code $} for the document as a whole
 * @param message what is wrong and, where it helps, what is allowed; paths, field names, codes and
 *     numbers as the document wrote them
 */
public record Problem(String path, Message message) {
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
