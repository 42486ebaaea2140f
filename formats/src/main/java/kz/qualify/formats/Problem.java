package kz.qualify.formats;

import java.util.Objects;
import kz.qualify.assessment.Text;

/**
 * One thing wrong with an input document, said in English and in Russian.
 *
 * @param path where, as a JSON path from the document's root ({@code $.staff[3].experienceMonths});
 *     {@code $} for the document as a whole
 * @param message what is wrong and, where it helps, what is allowed, in English
 * @param messageRu the same in Russian; paths, field names, codes and numbers as in the English
 */
public record Problem(String path, String message, String messageRu) {
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageRu, "messageRu");
    }

    public static Problem of(String path, Text message) {
        return new Problem(path, message.en(), message.ru());
    }

    /** The message in both languages. */
    public Text text() {
        return Text.of(message, messageRu);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
