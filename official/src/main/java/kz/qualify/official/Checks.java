package kz.qualify.official;

import java.util.List;
import java.util.Objects;

/** The checks every record of the model makes on its facts, with the field named in the error. */
final class Checks {

    private Checks() {}

    static String text(String value, String field) {
        Objects.requireNonNull(value, () -> field + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    static List<String> texts(List<String> values, String field) {
        present(values, field);
        for (int i = 0; i < values.size(); i++) {
            text(values.get(i), field + "[" + i + "]");
        }
        return values.stream().map(String::strip).toList();
    }

    static <T> List<T> items(List<T> values, String field) {
        present(values, field);
        for (int i = 0; i < values.size(); i++) {
            present(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    static <T> List<T> atLeastOne(List<T> values, String field) {
        if (items(values, field).isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return List.copyOf(values);
    }
}
