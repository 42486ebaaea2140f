package kz.qualify.formats;

import java.util.List;
import java.util.function.Function;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An {@link Assessment} as the JSON contract other tools read (the CLI's output, the service's
 * response). The shape is stable: new fields may be added, none renamed or removed.
 *
 * <pre>
 * {"verdict": "NON_COMPLIANT", "message": "…", "messageRu": "…", "asOf": "2012-11-01",
 *  "edition": {"id": "decree-967-2012", "rulesVersion": "…"},   // null when none was in force
 *  "activity": 1, "applicant": "…",
 *  "counts": {"NOT_ELIGIBLE": 0, "NOT_MET": 1, …},               // every status, in enum order
 *  "findings": [{"requirement": "1.3", "clause": "1.3", "paragraph": 16?, "citation": "п. 1 пп. 3)",
 *                "title": "…", "status": "NOT_MET", "summary": "…", "quote": "…",
 *                "interpretation": "…"?, "figures": […], "issues": [{"ref": "…", "problem": "…"}],
 *                "remedies": […],
 *                "ru": {"title": "…"?, "interpretation": "…"?, "summary": "…", "figures": […],
 *                       "issues": [{"ref": "…", "problem": "…"}], "remedies": […]}}]}   // the same words in Russian
 * </pre>
 *
 * Thread-safe and stateless.
 */
public final class AssessmentJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public String write(Assessment assessment) {
        return Jackson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(assessment));
    }

    /** One line, for JSONL output. */
    public String writeCompact(Assessment assessment) {
        return Jackson.MAPPER.writeValueAsString(tree(assessment));
    }

    public JsonNode tree(Assessment a) {
        ObjectNode root = NODES.objectNode();
        root.put("verdict", a.verdict().name());
        root.put("message", a.message());
        root.put("messageRu", a.messageRu());
        root.put("asOf", a.asOf().toString());
        if (a.editionId() == null) {
            root.putNull("edition");
        } else {
            var edition = root.putObject("edition");
            edition.put("id", a.editionId());
            if (a.rulesVersion() == null) edition.putNull("rulesVersion");
            else edition.put("rulesVersion", a.rulesVersion());
        }
        root.put("activity", a.activity());
        root.put("applicant", a.applicant());
        var counts = root.putObject("counts");
        var byStatus = new int[Status.values().length];
        for (var f : a.findings()) byStatus[f.status().ordinal()]++;
        for (var s : Status.values()) counts.put(s.name(), byStatus[s.ordinal()]);
        var findings = root.putArray("findings");
        for (var f : a.findings()) {
            var o = findings.addObject();
            o.put("requirement", f.requirementId());
            o.put("clause", f.clause().clause());
            if (f.clause().hasParagraph()) o.put("paragraph", f.clause().paragraph());
            o.put("citation", f.clause().citation());
            o.put("title", f.title());
            o.put("status", f.status().name());
            o.put("summary", f.summary());
            o.put("quote", f.quote());
            if (!f.interpretation().isEmpty()) o.put("interpretation", f.interpretation());
            lists(o, f.figures(), f.issues(), Finding.Issue::problem, f.remedies());
            var words = f.ru();
            var ru = o.putObject("ru");
            if (!words.title().isEmpty()) ru.put("title", words.title());
            if (!words.interpretation().isEmpty()) ru.put("interpretation", words.interpretation());
            ru.put("summary", words.summary());
            lists(ru, words.figures(), f.issues(), Finding.Issue::problemRu, words.remedies());
        }
        return root;
    }

    /** A finding's figures, issues and remedies in one language. */
    private static void lists(
            ObjectNode o,
            List<String> figures,
            List<Finding.Issue> issues,
            Function<Finding.Issue, String> problem,
            List<String> remedies) {
        var figuresArray = o.putArray("figures");
        figures.forEach(figuresArray::add);
        var issuesArray = o.putArray("issues");
        for (var i : issues) {
            issuesArray.addObject().put("ref", i.ref()).put("problem", problem.apply(i));
        }
        var remediesArray = o.putArray("remedies");
        remedies.forEach(remediesArray::add);
    }
}
