package kz.qualify.catalog.act;

/**
 * One physical line of the export. The export marks the start of a paragraph only by indentation:
 * an indented line opens a paragraph, a line at column 0 is the wrapped rest of the one before, and
 * blank lines are page breaks that carry no structure.
 *
 * @param indented whether the line starts with a space (a new paragraph)
 * @param text the line without indentation or trailing spaces, letter spacing closed up
 */
record ExportLine(boolean indented, String text) {

    static ExportLine of(String raw) {
        return new ExportLine(!raw.isBlank() && raw.charAt(0) == ' ', LetterSpacing.collapse(raw.strip()));
    }

    boolean blank() {
        return text.isEmpty();
    }
}
