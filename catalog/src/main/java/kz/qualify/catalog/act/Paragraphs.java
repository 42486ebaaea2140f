package kz.qualify.catalog.act;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Assembles export lines into paragraphs (абзацы) and tidies their spacing. */
final class Paragraphs {

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /**
     * Spaces before closing punctuation. The export leaves them where a spaced-out or hyperlinked
     * word ended ("оборудования ,  подъемных  агрегатов ;"); Russian typography never has them.
     */
    private static final Pattern SPACE_BEFORE_CLOSING = Pattern.compile(" +(?=[,;:.)])");

    private Paragraphs() {}

    /**
     * The paragraphs of a run of lines. A line at column 0 with no paragraph open (the status note
     * under the title) opens one, so no text is dropped.
     */
    static List<String> assemble(List<ExportLine> lines) {
        var paragraphs = new ArrayList<String>();
        StringBuilder open = null;
        for (var line : lines) {
            if (line.blank()) {
                continue; // a page break: the paragraph goes on after it
            }
            if (line.indented() || open == null) {
                if (open != null) paragraphs.add(tidy(open.toString()));
                open = new StringBuilder(line.text());
            } else {
                join(open, line.text());
            }
        }
        if (open != null) paragraphs.add(tidy(open.toString()));
        return paragraphs;
    }

    /**
     * Appends a wrapped line. The export breaks lines at a fixed width, even between a word and the
     * punctuation after it ("техническим\n, энергетическим") or inside brackets ("(\nпредставляются"),
     * so those joins get no space.
     */
    static void join(StringBuilder paragraph, String continuation) {
        boolean tight = paragraph.isEmpty()
                || paragraph.charAt(paragraph.length() - 1) == '('
                || ",.;:)".indexOf(continuation.charAt(0)) >= 0;
        if (!tight) paragraph.append(' ');
        paragraph.append(continuation);
    }

    static String tidy(String paragraph) {
        String single = SPACES.matcher(paragraph.strip()).replaceAll(" ");
        return SPACE_BEFORE_CLOSING.matcher(single).replaceAll("");
    }
}
