package kz.qualify.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A position in a {@link YamlDocument} with typed readers that record a problem — with the line and
 * the field — instead of throwing, so one load reports every mistake in the file at once.
 */
record Node(YamlDocument doc, JsonNode value, String pointer) {

    boolean has(String field) {
        var v = value.get(field);
        return v != null && !v.isNull();
    }

    Node child(String field) {
        var v = value.get(field);
        return new Node(
                doc, v == null ? tools.jackson.databind.node.MissingNode.getInstance() : v, pointer + "/" + field);
    }

    void problem(String message) {
        doc.problem(pointer, message);
    }

    /** Unknown keys are mistakes (a misspelt "aplies" must not silently mean "always"). */
    void allowOnly(Set<String> fields) {
        if (!value.isObject()) return;
        for (var name : value.propertyNames()) {
            if (!fields.contains(name))
                doc.problem(
                        pointer + "/" + name,
                        "unknown field; expected one of "
                                + fields.stream().sorted().toList());
        }
    }

    @Nullable
    String text(String field) {
        var n = child(field);
        if (n.value.isMissingNode() || n.value.isNull()) {
            n.problem("is required");
            return null;
        }
        if (!n.value.isValueNode()) {
            n.problem("must be text");
            return null;
        }
        var s = n.value.asString().strip();
        if (s.isEmpty()) n.problem("must not be empty");
        return s;
    }

    String optText(String field, String otherwise) {
        return has(field) ? java.util.Objects.requireNonNullElse(text(field), otherwise) : otherwise;
    }

    @Nullable
    Integer integer(String field) {
        var n = child(field);
        if (!n.value.isIntegralNumber()) {
            n.problem(n.value.isMissingNode() ? "is required" : "must be a whole number");
            return null;
        }
        return n.value.intValue();
    }

    @Nullable
    Integer optInteger(String field) {
        return has(field) ? integer(field) : null;
    }

    boolean bool(String field, boolean otherwise) {
        if (!has(field)) return otherwise;
        var n = child(field);
        if (!n.value.isBoolean()) {
            n.problem("must be true or false");
            return otherwise;
        }
        return n.value.booleanValue();
    }

    @Nullable
    BigDecimal decimal(String field) {
        var n = child(field);
        try {
            if (n.value.isNumber() || n.value.isString())
                return new BigDecimal(n.value.asString().strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        n.problem(n.value.isMissingNode() ? "is required" : "must be a decimal number");
        return null;
    }

    @Nullable
    LocalDate date(String field) {
        var s = text(field);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            child(field).problem("must be a date YYYY-MM-DD, was '" + s + "'");
            return null;
        }
    }

    <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type) {
        var s = text(field);
        return s == null ? null : parseEnum(child(field), s, type);
    }

    static <E extends Enum<E>> @Nullable E parseEnum(Node at, String s, Class<E> type) {
        for (var c : type.getEnumConstants()) {
            if (c.name().equals(s)) return c;
        }
        at.problem("'" + s + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    List<Node> list(String field) {
        var n = child(field);
        if (n.value.isMissingNode() || n.value.isNull()) return List.of();
        if (!n.value.isArray()) {
            n.problem("must be a list");
            return List.of();
        }
        var out = new ArrayList<Node>();
        for (int i = 0; i < n.value.size(); i++) out.add(new Node(doc, n.value.get(i), n.pointer + "/" + i));
        return out;
    }

    /** A list of strings, each passed through {@code check} (which reports its own problems). */
    <T> List<T> strings(String field, Function<Node, @Nullable T> check) {
        var out = new ArrayList<T>();
        for (var item : list(field)) {
            var t = check.apply(item);
            if (t != null) out.add(t);
        }
        return out;
    }

    @Nullable
    String asText() {
        if (!value.isValueNode() || value.isNull()) {
            problem("must be text");
            return null;
        }
        return value.asString().strip();
    }
}
