package kz.qualify.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The merged areas of a sheet, used three ways: a merged header cell names every column under it
 * ("Стаж работы" over "лет" and "мес"); a cell merged down over several people ("Электромонтёр" for
 * five rows) belongs to each of them; a heading merged across the table is a section, not a person.
 */
final class Merges {

    private final List<CellRange> ranges;
    private final List<CellRange> down; // spanning rows, by first row
    private final Map<Long, CellRange> acrossByTopLeft = new HashMap<>();
    private final Map<CellRange, String> topValues = new IdentityHashMap<>();
    private final List<CellRange> active = new ArrayList<>();
    private int nextDown;

    Merges(List<CellRange> ranges) {
        this.ranges = List.copyOf(ranges);
        var spanning = new ArrayList<CellRange>();
        for (var r : ranges) {
            if (r.spansRows()) spanning.add(r);
            if (r.spansColumns()) acrossByTopLeft.put(key(r.firstRow(), r.firstColumn()), r);
        }
        spanning.sort(Comparator.comparingInt(CellRange::firstRow));
        this.down = spanning;
    }

    static Merges none() {
        return new Merges(List.of());
    }

    /** The area holding (row, column), if merged. */
    @Nullable
    CellRange at(int row, int column) {
        for (var r : ranges) if (r.contains(row, column)) return r;
        return null;
    }

    /** Whether the cell starts an area merged across columns (a heading spread over the table). */
    boolean spansColumns(int row, int column) {
        return acrossByTopLeft.containsKey(key(row, column));
    }

    /**
     * Copies the value of cells merged down into the rows below their top cell. Rows must come in
     * order; each row is passed once.
     */
    RawRow fillDown(RawRow row) {
        if (down.isEmpty()) return row;
        int n = row.number();
        while (nextDown < down.size() && down.get(nextDown).firstRow() <= n) active.add(down.get(nextDown++));
        if (active.isEmpty()) return row;
        String[] cells = row.cells();
        boolean copied = false;
        for (var it = active.iterator(); it.hasNext(); ) {
            var r = it.next();
            if (r.lastRow() < n) {
                it.remove();
                topValues.remove(r);
                continue;
            }
            int c = r.firstColumn();
            if (r.firstRow() == n) {
                topValues.put(r, row.cell(c));
            } else {
                var value = topValues.get(r);
                if (value != null && !value.isEmpty() && row.cell(c).isEmpty()) {
                    if (!copied || cells.length <= c) cells = widen(cells, c + 1);
                    copied = true;
                    cells[c] = value;
                }
            }
        }
        return copied ? new RawRow(n, cells) : row;
    }

    private static String[] widen(String[] cells, int width) {
        var out = Arrays.copyOf(cells, Math.max(cells.length, width));
        for (int i = cells.length; i < out.length; i++) out[i] = "";
        return out;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
