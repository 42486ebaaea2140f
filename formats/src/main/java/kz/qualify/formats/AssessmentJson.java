package kz.qualify.formats;

import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Status;
import kz.qualify.wording.Language;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An {@link Assessment} as JSON, its messages worded where they are written here.
 *
 * <p>{@link #tree(Assessment)} is the contract the command line's batch and other tools read, in
 * English with the same words in Russian beside them. Its shape is stable: new fields may be added,
 * none renamed or removed.
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
 * {@link #tree(Assessment, Language)} is the same shape with every text in the one language asked
 * for, and neither {@code messageRu} nor the {@code ru} objects (the service's answers, whose
 * {@code Content-Language} says the language). The machine fields ({@code verdict}, {@code status},
 * {@code clause}, {@code citation}, {@code counts}, the law's {@code quote}) are the same in every
 * language.
 *
 * Thread-safe and stateless.
 */
public final class AssessmentJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Language ENGLISH = Language.of("en");
    private static final Language RUSSIAN = Language.of("ru");

    private final Wording wording;

    /** @param wording the findings' bundles and the editions' glossaries, in English and Russian at least */
    public AssessmentJson(Wording wording) {
        this.wording = wording;
    }

    public String write(Assessment assessment) {
        return Jackson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(assessment));
    }

    /** Every text in one language, as {@link #tree(Assessment, Language)}. */
    public String write(Assessment assessment, Language language) {
        return Jackson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(assessment, language));
    }

    /** One line, for JSONL output. */
    public String writeCompact(Assessment assessment) {
        return Jackson.MAPPER.writeValueAsString(tree(assessment));
    }

    /** The contract in English, with each text also in Russian ({@code messageRu}, the findings' {@code ru}). */
    public ObjectNode tree(Assessment a) {
        return tree(a, wording.in(ENGLISH, a.editionId()), wording.in(RUSSIAN, a.editionId()));
    }

    /** Every text in one language, without the Russian twins. */
    public ObjectNode tree(Assessment a, Language language) {
        return tree(a, wording.in(language, a.editionId()), null);
    }

    private static ObjectNode tree(Assessment a, Words words, @Nullable Words russian) {
        ObjectNode root = NODES.objectNode();
        root.put("verdict", a.verdict().name());
        root.put("message", words.render(a.summary()));
        if (russian != null) root.put("messageRu", russian.render(a.summary()));
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
            var w = FindingWords.of(f, words);
            var o = findings.addObject();
            o.put("requirement", f.requirementId());
            o.put("clause", f.clause().clause());
            if (f.clause().hasParagraph()) o.put("paragraph", f.clause().paragraph());
            o.put("citation", f.clause().citation());
            o.put("title", w.title());
            o.put("status", f.status().name());
            o.put("summary", w.summary());
            o.put("quote", f.quote());
            if (!w.interpretation().isEmpty()) o.put("interpretation", w.interpretation());
            lists(o, w);
            if (russian != null) {
                var r = FindingWords.of(f, russian);
                var ru = o.putObject("ru");
                if (!r.title().isEmpty()) ru.put("title", r.title());
                if (!r.interpretation().isEmpty()) ru.put("interpretation", r.interpretation());
                ru.put("summary", r.summary());
                lists(ru, r);
            }
        }
        return root;
    }

    /** A finding's figures, issues and remedies in one language. */
    private static void lists(ObjectNode o, FindingWords w) {
        var figuresArray = o.putArray("figures");
        w.figures().forEach(figuresArray::add);
        var issuesArray = o.putArray("issues");
        for (var i : w.issues()) {
            issuesArray.addObject().put("ref", i.ref()).put("problem", i.problem());
        }
        var remediesArray = o.putArray("remedies");
        w.remedies().forEach(remediesArray::add);
    }
}
