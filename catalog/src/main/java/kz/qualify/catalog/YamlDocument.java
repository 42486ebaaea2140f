package kz.qualify.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML file read as a tree, remembering the line each value starts on, so that a problem found
 * later — while mapping the tree to the model — can still name its line.
 */
final class YamlDocument {

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    final String file;
    final JsonNode root;
    private final Map<String, Integer> lines;
    final List<String> problems = new ArrayList<>();

    private YamlDocument(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    static YamlDocument parse(String file, String text) {
        var lines = new HashMap<String, Integer>();
        var aliases = new LinkedHashMap<String, String>();
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME) continue;
                var pointer = p.streamReadContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
                if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) aliases.put(pointer, p.getString());
            }
        } catch (StreamReadException e) {
            var loc = e.getLocation();
            throw new CatalogException(List.of(file + ":" + (loc == null ? "?" : loc.getLineNr()) + ": not valid YAML: "
                    + e.getOriginalMessage()));
        }
        var document = new YamlDocument(file, MAPPER.readTree(text), lines);
        // Jackson's tree gives an alias as its name ("*exemption" reads as "exemption"), not as the
        // anchored value: a rules file that used one would silently say the wrong thing
        aliases.forEach((pointer, name) -> document.problem(
                pointer, "the alias *" + name + " is not supported here: write the value out in full"));
        return document;
    }

    Node root() {
        return new Node(this, root, "");
    }

    void problem(String pointer, String message) {
        problems.add(file + ":" + line(pointer) + ": " + display(pointer) + ": " + message);
    }

    private int line(String pointer) {
        var p = pointer;
        while (true) {
            var l = lines.get(p);
            if (l != null) return l;
            if (p.isEmpty()) return 1;
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** "/requirements/5/rule/kind" → "requirements[5].rule.kind". */
    static String display(String pointer) {
        if (pointer.isEmpty()) return "(document)";
        var sb = new StringBuilder();
        for (var part : pointer.substring(1).split("/")) {
            if (part.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(part).append(']');
            } else {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }
}
