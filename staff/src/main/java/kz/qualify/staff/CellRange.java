package kz.qualify.staff;

import org.jspecify.annotations.Nullable;

/**
 * A merged area of a sheet: rows 1-based as shown, columns 0-based.
 */
record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    boolean spansRows() {
        return lastRow > firstRow;
    }

    boolean spansColumns() {
        return lastColumn > firstColumn;
    }

    /** Parses "B3:D4" (or a single "B3"); {@code null} when malformed. */
    static @Nullable CellRange parse(String ref) {
        var parts = ref.split(":", -1);
        if (parts.length > 2) return null;
        var from = CellRef.parse(parts[0]);
        var to = parts.length == 2 ? CellRef.parse(parts[1]) : from;
        if (from == null || to == null) return null;
        return new CellRange(
                Math.min(from.row(), to.row()),
                Math.max(from.row(), to.row()),
                Math.min(from.column(), to.column()),
                Math.max(from.column(), to.column()));
    }

    /** A cell reference "AB12": row 1-based, column 0-based. */
    record CellRef(int row, int column) {
        static @Nullable CellRef parse(String ref) {
            int i = 0, column = 0, n = ref.length();
            while (i < n && ref.charAt(i) == '$') i++;
            int letters = i;
            while (i < n && Character.isLetter(ref.charAt(i))) {
                char c = Character.toUpperCase(ref.charAt(i));
                if (c < 'A' || c > 'Z') return null;
                column = column * 26 + (c - 'A' + 1);
                if (column > 16_384) return null;
                i++;
            }
            if (i == letters) return null;
            if (i < n && ref.charAt(i) == '$') i++;
            int row = 0, digits = i;
            while (i < n && Character.isDigit(ref.charAt(i))) {
                row = row * 10 + (ref.charAt(i) - '0');
                if (row > 1_048_576) return null;
                i++;
            }
            if (i == digits || i != n || row == 0) return null;
            return new CellRef(row, column - 1);
        }
    }

    /** "A", "B", ..., "Z", "AA" for a 0-based column. */
    static String letter(int column) {
        var out = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) out.insert(0, (char) ('A' + (c - 1) % 26));
        return out.toString();
    }
}
