package kz.qualify.staff;

import java.util.List;

/** Where a sheet's rows go, in order, as they are read. */
interface RowSink {

    /** The merged areas of the sheet, told before the first row. */
    void merges(List<CellRange> ranges);

    /**
     * One row that has at least one cell element in the file (it may still be empty).
     *
     * @return {@code false} to stop reading the sheet
     */
    boolean row(RawRow row) throws StaffImportException;
}
