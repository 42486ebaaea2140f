package kz.qualify.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where each staff column is in the table: the header found, as the row reader uses it.
 *
 * @param columns the column index of each {@link StaffColumn} (by ordinal), -1 when absent
 * @param specialtyColumns every column read as specialty text, left to right
 * @param lastHeaderRow the last row of the header; data starts below it
 */
record Layout(int[] columns, int[] specialtyColumns, int lastHeaderRow) {

    static Layout of(Map<StaffColumn, Integer> chosen, List<Integer> specialty, int lastHeaderRow) {
        var columns = new int[StaffColumn.values().length];
        Arrays.fill(columns, -1);
        chosen.forEach((k, v) -> columns[k.ordinal()] = v);
        return new Layout(
                columns, specialty.stream().mapToInt(Integer::intValue).toArray(), lastHeaderRow);
    }

    int at(StaffColumn column) {
        return columns[column.ordinal()];
    }

    boolean has(StaffColumn column) {
        return columns[column.ordinal()] >= 0;
    }

    /** The leftmost column the header maps: a lone cell left of it is a heading, not a person. */
    int firstMapped() {
        int first = Integer.MAX_VALUE;
        for (var c : StaffColumn.values()) {
            if (c != StaffColumn.ROW_NUMBER && columns[c.ordinal()] >= 0) first = Math.min(first, columns[c.ordinal()]);
        }
        return first;
    }
}
