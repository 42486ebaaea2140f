package kz.qualify.staff;

import java.util.List;
import java.util.Optional;

/**
 * The header found in the table: where it is and what each column was taken to mean.
 *
 * @param sheet the sheet the staff was read from ("" for a CSV file)
 * @param firstRow the first header row, 1-based as a spreadsheet shows it
 * @param lastRow the last header row (a two-level header with merged group cells spans two)
 * @param columns every non-empty header cell, used or ignored, left to right
 * @param missing the columns the decree names that the table does not have
 */
public record HeaderMapping(
        String sheet, int firstRow, int lastRow, List<HeaderColumn> columns, List<StaffColumn> missing) {

    public HeaderMapping {
        columns = List.copyOf(columns);
        missing = List.copyOf(missing);
    }

    /** The column holding {@code column}, if the table has one. */
    public Optional<HeaderColumn> find(StaffColumn column) {
        return columns.stream().filter(c -> c.column() == column).findFirst();
    }
}
