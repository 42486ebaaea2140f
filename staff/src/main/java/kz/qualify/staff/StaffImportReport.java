package kz.qualify.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qualify.dossier.StaffMember;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import report as text (a table and a summary, for the command line) and as JSON (for the
 * service and for tools). Both carry the same facts; JSON also carries every interpretation.
 */
public final class StaffImportReport {

    private StaffImportReport() {}

    /** Which rows the text report lists. */
    public enum Rows {
        /** Every row read. */
        ALL,
        /** Rows imported with doubts and rows in error. */
        NEEDING_ATTENTION
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every row as a table, then the summary, in English. */
    public static String text(StaffImport result) {
        return text(result, Rows.ALL, ReportLanguage.en);
    }

    public static String text(StaffImport result, Rows rows) {
        return text(result, rows, ReportLanguage.en);
    }

    /**
     * The table in one language: its headings, status and category words, the reader's warnings and
     * every row's reasons (from the report's bundles). What the file says (names, positions, header
     * captions, excerpts) is shown as written.
     */
    public static String text(StaffImport result, Rows rows, ReportLanguage language) {
        var out = new StringBuilder();
        var h = result.header();
        var details = new StringBuilder(result.format().name());
        if (!result.encoding().isEmpty()) details.append(", ").append(encoding(result.encoding(), language));
        if (!h.sheet().isEmpty()) details.append(", ").append(say(language, "table.heading-sheet", h.sheet()));
        var headerRows = h.firstRow() == h.lastRow()
                ? Phrase.of("table.heading-row", h.firstRow())
                : Phrase.of("table.heading-rows", h.firstRow(), h.lastRow());
        out.append(say(language, "table.heading", result.fileName(), details, headerRows))
                .append('\n');
        out.append(say(language, "table.columns")).append('\n');
        for (var c : h.columns()) {
            out.append("  ")
                    .append(c.letter())
                    .append("  ")
                    .append(cut(c.header(), 50))
                    .append(" → ")
                    .append(
                            c.column() == null
                                    ? "— (" + say(language, "table.column-ignored") + ")"
                                    : word(c.column(), language))
                    .append('\n');
        }
        for (var w : result.warnings(language))
            out.append(say(language, "table.warning", w)).append('\n');
        out.append('\n');

        var table = new ArrayList<String[]>();
        table.add(new String[] {
            say(language, "table.row"),
            say(language, "table.status"),
            say(language, "table.full-name"),
            say(language, "table.position"),
            say(language, "table.role"),
            say(language, "table.education"),
            say(language, "table.field"),
            say(language, "table.experience"),
            say(language, "table.remarks")
        });
        for (var r : result.rows()) {
            if (rows == Rows.NEEDING_ATTENTION
                    && r.status() != RowStatus.IMPORTED_NEEDS_REVIEW
                    && r.status() != RowStatus.ERROR) {
                continue;
            }
            var m = r.member();
            var remarks = String.join("; ", r.reasons(language));
            if (m == null) {
                table.add(new String[] {
                    Integer.toString(r.row()),
                    word(r.status(), language),
                    cut(r.excerpt() == null ? "" : r.excerpt(), 60),
                    "",
                    "",
                    "",
                    "",
                    "",
                    remarks
                });
            } else {
                var experience = m.experience();
                table.add(new String[] {
                    Integer.toString(r.row()),
                    word(r.status(), language),
                    cut(m.fullName(), 32),
                    cut(m.position(), 28),
                    word(m.role(), language),
                    word(m.education().level(), language),
                    word(m.education().field(), language),
                    experience == null
                            ? "—"
                            : say(
                                    language,
                                    "table.experience-value",
                                    experience.months() / 12,
                                    experience.months() % 12),
                    remarks
                });
            }
        }
        render(table, out);
        var s = result.summary();
        out.append('\n')
                .append(say(
                        language,
                        "table.summary",
                        s.rowsRead(),
                        s.imported(),
                        s.needingReview(),
                        s.skipped(),
                        s.errors(),
                        s.needingAttention()))
                .append('\n');
        return out.toString();
    }

    private static final java.util.regex.Pattern ENCODING =
            java.util.regex.Pattern.compile("(.*?)( with BOM)?, (tab|'.') separated");

    /** The CSV reader's "UTF-8 with BOM, ';' separated" in {@code language}; the charset's name as is. */
    private static String encoding(String encoding, ReportLanguage language) {
        var m = ENCODING.matcher(encoding);
        if (!m.matches()) return encoding;
        var charset = m.group(2) == null ? m.group(1) : say(language, "table.encoding-bom", m.group(1));
        var separator = m.group(3).equals("tab") ? say(language, "table.tab") : m.group(3);
        return charset + ", " + say(language, "table.separator", separator);
    }

    private static String say(ReportLanguage language, String key, Object... args) {
        return Phrase.of(key, args).in(language);
    }

    private static String word(Enum<?> value, ReportLanguage language) {
        return Phrase.word(value, language);
    }

    /** The whole result as JSON: header mapping, summary, warnings, and every row with its interpretations. */
    public static String json(StaffImport result) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(result));
    }

    /** The JSON document as maps and lists, for callers that embed it in their own responses. */
    public static Map<String, Object> tree(StaffImport result) {
        var root = new LinkedHashMap<String, Object>();
        root.put("file", result.fileName());
        root.put("format", result.format().name());
        root.put("encoding", result.encoding());
        var h = result.header();
        var header = new LinkedHashMap<String, Object>();
        header.put("sheet", h.sheet());
        header.put("firstRow", h.firstRow());
        header.put("lastRow", h.lastRow());
        var columns = new ArrayList<Map<String, Object>>();
        for (var c : h.columns()) {
            var col = new LinkedHashMap<String, Object>();
            col.put("letter", c.letter());
            col.put("header", c.header());
            col.put("column", c.column() == null ? null : c.column().name());
            col.put("matched", c.matched());
            columns.add(col);
        }
        header.put("columns", columns);
        header.put("missing", h.missing().stream().map(Enum::name).toList());
        root.put("header", header);
        var s = result.summary();
        var summary = new LinkedHashMap<String, Object>();
        summary.put("rowsRead", s.rowsRead());
        summary.put("imported", s.imported());
        summary.put("needingReview", s.needingReview());
        summary.put("skipped", s.skipped());
        summary.put("errors", s.errors());
        summary.put("needingAttention", s.needingAttention());
        root.put("summary", summary);
        root.put("warnings", result.warnings());
        var rows = new ArrayList<Map<String, Object>>(result.rows().size());
        for (var r : result.rows()) {
            var row = new LinkedHashMap<String, Object>();
            row.put("row", r.row());
            row.put("status", r.status().name());
            row.put("reasons", r.reasons());
            row.put("ru", Map.of("reasons", r.reasonsRu()));
            if (r.member() != null) row.put("member", member(r.member()));
            if (!r.interpretations().isEmpty()) {
                var list = new ArrayList<Map<String, Object>>();
                for (var i : r.interpretations()) {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("aspect", i.aspect().name());
                    m.put("written", i.written());
                    m.put("understood", i.understood());
                    m.put("rule", i.rule());
                    list.add(m);
                }
                row.put("interpretations", list);
            }
            if (r.excerpt() != null) row.put("excerpt", r.excerpt());
            rows.add(row);
        }
        root.put("rows", rows);
        return root;
    }

    private static Map<String, Object> member(StaffMember m) {
        var out = new LinkedHashMap<String, Object>();
        out.put("ref", m.ref());
        out.put("fullName", m.fullName());
        out.put("position", m.position());
        out.put("role", m.role().name());
        out.put("production", m.production());
        var e = new LinkedHashMap<String, Object>();
        e.put("level", m.education().level().name());
        e.put("field", m.education().field().name());
        e.put("specialty", m.education().specialty());
        e.put("specialtyCode", m.education().specialtyCode());
        out.put("education", e);
        out.put(
                "experienceMonths",
                m.experience() == null ? null : m.experience().months());
        return out;
    }

    private static void render(List<String[]> table, StringBuilder out) {
        int columns = table.getFirst().length;
        var widths = new int[columns];
        for (var row : table) for (int i = 0; i < columns - 1; i++) widths[i] = Math.max(widths[i], row[i].length());
        for (int r = 0; r < table.size(); r++) {
            var row = table.get(r);
            var line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                if (i > 0) line.append(" | ");
                if (i == 0) line.append(" ".repeat(widths[i] - row[i].length())).append(row[i]);
                else if (i < columns - 1) line.append(row[i]).append(" ".repeat(widths[i] - row[i].length()));
                else line.append(row[i]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                var rule = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    if (i > 0) rule.append("-+-");
                    rule.append("-".repeat(i < columns - 1 ? widths[i] : Math.max(10, row[i].length())));
                }
                out.append(rule).append('\n');
            }
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
