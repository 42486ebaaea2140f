package kz.qualify.staff;

import java.io.Closeable;
import java.util.List;

/** An opened table file: its visible sheets, each read as a stream of rows. */
sealed interface SpreadsheetFile extends Closeable permits XlsxFile, XlsFile, CsvFile {

    TableFormat format();

    /** The visible sheets in workbook order; a CSV file has one, named "". */
    List<String> sheets();

    /** Reads sheet {@code index} (of {@link #sheets()}) into {@code sink}. */
    void read(int index, RowSink sink) throws StaffImportException;

    /** For CSV, the encoding and separator detected; "" for workbooks. */
    default String encoding() {
        return "";
    }

    /** Whether cells beyond the column limit were ignored while reading. */
    boolean columnsCut();

    @Override
    void close();
}
