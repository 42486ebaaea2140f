package kz.qualify.staff;

/**
 * A row as the file holds it: its number as a spreadsheet shows it, and the text of its cells
 * (cleaned of surrounding and repeated white space; "" for an empty cell).
 */
record RawRow(int number, String[] cells) {

    String cell(int column) {
        return column >= 0 && column < cells.length ? cells[column] : "";
    }

    boolean isEmpty() {
        for (var c : cells) if (!c.isEmpty()) return false;
        return true;
    }

    /** The non-empty cells joined by " | ", cut to a readable length, for reports of rows not imported. */
    String excerpt() {
        var out = new StringBuilder();
        for (var c : cells) {
            if (c.isEmpty()) continue;
            if (!out.isEmpty()) out.append(" | ");
            out.append(c);
            if (out.length() > 120) return out.substring(0, 117) + "...";
        }
        return out.toString();
    }
}
