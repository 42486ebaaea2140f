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

    /** Every row as a table, then the summary. */
    public static String text(StaffImport result) {
        return text(result, Rows.ALL);
    }

    public static String text(StaffImport result, Rows rows) {
        var out = new StringBuilder();
        var h = result.header();
        out.append("Staff table ").append(result.fileName()).append(" (").append(result.format());
        if (!result.encoding().isEmpty()) out.append(", ").append(result.encoding());
        if (!h.sheet().isEmpty()) out.append(", sheet '").append(h.sheet()).append('\'');
        out.append("), header in row")
                .append(h.firstRow() == h.lastRow() ? " " + h.firstRow() : "s " + h.firstRow() + "–" + h.lastRow())
                .append('\n');
        out.append("Columns:\n");
        for (var c : h.columns()) {
            out.append("  ")
                    .append(c.letter())
                    .append("  ")
                    .append(cut(c.header(), 50))
                    .append(" → ")
                    .append(c.column() == null ? "—" : c.column().name())
                    .append(c.column() == null ? " (" + c.matched() + ")" : "")
                    .append('\n');
        }
        for (var w : result.warnings()) out.append("Warning: ").append(w).append('\n');
        out.append('\n');

        var table = new ArrayList<String[]>();
        table.add(new String[] {
            "Стр.", "Статус", "ФИО", "Должность", "Роль", "Образование", "Область", "Стаж", "Замечания"
        });
        for (var r : result.rows()) {
            if (rows == Rows.NEEDING_ATTENTION
                    && r.status() != RowStatus.IMPORTED_NEEDS_REVIEW
                    && r.status() != RowStatus.ERROR) {
                continue;
            }
            var m = r.member();
            var remarks = String.join("; ", r.reasons());
            if (m == null) {
                table.add(new String[] {
                    Integer.toString(r.row()),
                    r.status().name(),
                    cut(r.excerpt() == null ? "" : r.excerpt(), 60),
                    "",
                    "",
                    "",
                    "",
                    "",
                    remarks
                });
            } else {
                table.add(new String[] {
                    Integer.toString(r.row()),
                    r.status().name(),
                    cut(m.fullName(), 32),
                    cut(m.position(), 28),
                    m.role().name(),
                    m.education().level().name(),
                    m.education().field().name(),
                    m.experience() == null ? "—" : m.experience().describe(),
                    remarks
                });
            }
        }
        render(table, out);
        var s = result.summary();
        out.append('\n')
                .append("Summary: rows read ")
                .append(s.rowsRead())
                .append(", imported ")
                .append(s.imported())
                .append(" (")
                .append(s.needingReview())
                .append(" need review), skipped ")
                .append(s.skipped())
                .append(", errors ")
                .append(s.errors())
                .append("; needing attention: ")
                .append(s.needingAttention())
                .append('\n');
        return out.toString();
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
