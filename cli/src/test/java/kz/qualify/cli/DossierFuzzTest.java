package kz.qualify.cli;

import static kz.qualify.cli.QualifyCommandTest.EXAMPLES;
import static kz.qualify.cli.QualifyCommandTest.IN_FORCE;
import static kz.qualify.cli.QualifyCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutated dossiers through the command line's reader (issue 10, "Done when"): 10 000 of them in one
 * JSON Lines batch and 300 as single files, made from the seven bundled examples by a seeded generator
 * ({@code -Dfuzz.seed=} replays a run) — values swapped for hostile ones (huge and negative numbers,
 * wrong types, 20 000-character strings, control, direction-changing and invisible characters, deep
 * nesting), keys dropped and invented, and the text itself cut, spliced and corrupted. Every answer must
 * be an exit code of the documented set, with no stack trace and an output bounded per dossier.
 */
class DossierFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20121101L);
    private static final Set<Integer> DOCUMENTED = Set.of(0, 1, 2, 3, 65, 74);
    /** No dossier's answer may grow with its mistakes: 100 problems listed at most, each one line. */
    private static final int LINE_BOUND = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] HOSTILE_TEXT = {
        "",
        " ",
        "\u0000",
        "\u202Eexe.fdp",
        "a\u200Bb",
        "\uFEFF",
        "\t\r",
        "Ω≈ç√∫",
        "'; DROP TABLE x; --",
        "<script>alert(1)</script>",
        "%00",
        "../../etc/passwd",
        "9".repeat(400),
        "ж".repeat(20_000)
    };

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // a guard against a hang, not a measurement
    void tenThousandMutatedDossiersInABatchAnswerOnlyDocumentedCodes(@TempDir Path dir) throws Exception {
        var random = new Random(SEED);
        var examples = examples();
        var batch = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            var text = mutated(examples.get(random.nextInt(examples.size())), random);
            // JSON Lines: one dossier per line (a raw line break, cut in by a mutation, makes two lines)
            batch.append(text.replace('\n', ' ').replace('\r', ' ')).append('\n');
        }
        var file = dir.resolve("fuzz.jsonl");
        Files.writeString(file, batch);

        var answer = run("check", file.toString(), "--as-of", IN_FORCE, "--format", "json");
        assertThat(DOCUMENTED).as("seed %d: exit %d", SEED, answer.exit()).contains(answer.exit());
        assertThat(answer.err()).as("seed %d", SEED).doesNotContain("Exception", "\tat ");
        // bounded per dossier: the answer to 10 000 cannot grow with their mistakes
        assertThat((long) answer.out().length()).as("seed %d", SEED).isLessThan(10_000L * 16 * 1024);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void mutatedDossiersAsSingleFilesAnswerOnlyDocumentedCodes(@TempDir Path dir) throws Exception {
        var random = new Random(SEED + 1);
        var examples = examples();
        var codes = new java.util.TreeMap<Integer, Integer>();
        for (int i = 0; i < 300; i++) {
            var file = dir.resolve("dossier-" + i + ".json");
            Files.writeString(file, mutated(examples.get(random.nextInt(examples.size())), random));
            var answer = i % 2 == 0
                    ? run("check", file.toString(), "--as-of", IN_FORCE, "--format", "json")
                    : run("check", file.toString(), "--as-of", IN_FORCE, "--all");
            var why = "seed %d, dossier %d: exit %d%n%s".formatted(SEED + 1, i, answer.exit(), answer.err());
            assertThat(DOCUMENTED).as(why).contains(answer.exit());
            assertThat(answer.err() + answer.out()).as(why).doesNotContain("Exception", "\tat ");
            assertThat(answer.out().length() + answer.err().length()).as(why).isLessThan(LINE_BOUND * 4);
            if (answer.exit() == 65)
                assertThat(answer.out() + answer.err()).as(why).contains("$");
            codes.merge(answer.exit(), 1, Integer::sum);
        }
        // the generator must reach both sides of the reader: dossiers it refuses and dossiers it assesses
        assertThat(codes).containsKey(65);
        assertThat(codes.keySet()).anyMatch(code -> code <= 3);
    }

    private static List<String> examples() throws Exception {
        var out = new ArrayList<String>();
        try (var files = Files.list(EXAMPLES)) {
            for (var f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(Files.readString(f));
            }
        }
        assertThat(out).hasSize(7);
        return out;
    }

    /** One mutation of an example: most on its tree (still JSON), some on its text (often not). */
    static String mutated(String example, Random random) {
        if (random.nextInt(4) == 0) return corrupted(example, random);
        var tree = JSON.readTree(example);
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) mutate(tree, random);
        return JSON.writeValueAsString(tree);
    }

    private static void mutate(JsonNode root, Random random) {
        var containers = new ArrayList<JsonNode>();
        collect(root, containers);
        var target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            var names = new ArrayList<String>(object.propertyNames());
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (!names.isEmpty()) object.remove(names.get(random.nextInt(names.size())));
                }
                case 1 ->
                    object.set(
                            pick(HOSTILE_TEXT, random).isEmpty() ? "extra" : "x" + random.nextInt(99), hostile(random));
                default -> {
                    if (!names.isEmpty()) object.set(names.get(random.nextInt(names.size())), hostile(random));
                }
            }
        } else if (target instanceof ArrayNode array) {
            if (!array.isEmpty() && random.nextBoolean()) array.set(random.nextInt(array.size()), hostile(random));
            else array.add(hostile(random));
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainer()) {
            out.add(node);
            for (var child : node) collect(child, out);
        }
    }

    private static JsonNode hostile(Random random) {
        return switch (random.nextInt(11)) {
            case 0 -> NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE);
            case 1 -> NODES.numberNode(-random.nextInt(1000));
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> NODES.nullNode();
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.arrayNode();
            case 6 -> NODES.objectNode();
            case 7 ->
                nested(1 + random.nextInt(150)); // within the writer's nesting bound, with the dossier's own depth
            case 8 -> NODES.stringNode("2012-13-45");
            default -> NODES.stringNode(pick(HOSTILE_TEXT, random));
        };
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.arrayNode();
        for (int i = 0; i < depth; i++) node = NODES.arrayNode().add(node);
        return node;
    }

    /** The text itself: cut short, a span removed or doubled, bytes of JSON syntax and controls sown in. */
    private static String corrupted(String text, Random random) {
        int at = random.nextInt(text.length());
        return switch (random.nextInt(5)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(200)));
            case 2 ->
                text.substring(0, at) + text.substring(at, Math.min(text.length(), at + 300)) + text.substring(at);
            case 3 -> text.substring(0, at) + "{[\",:}]\\\u0000".charAt(random.nextInt(9)) + text.substring(at);
            default -> text.substring(0, at) + pick(HOSTILE_TEXT, random) + text.substring(at);
        };
    }

    private static String pick(String[] from, Random random) {
        return from[random.nextInt(from.length)];
    }
}
