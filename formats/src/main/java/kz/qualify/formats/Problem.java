package kz.qualify.formats;

import java.util.Objects;

/**
 * One thing wrong with an input document.
 *
 * @param path where, as a JSON path from the document's root ({@code $.staff[3].experienceMonths});
 *     {@code $} for the document as a whole
 * @param message what is wrong and, where it helps, what is allowed
 */
public record Problem(String path, String message) {
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
