package kz.qualify.staff;

/** The file formats read, detected from the content rather than the file name. */
public enum TableFormat {
    /** Office Open XML workbook: a ZIP package. */
    XLSX,
    /** Excel 97–2003 workbook: an OLE2 compound file. */
    XLS,
    /** Delimited text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1251. */
    CSV
}
