package kz.qualify.staff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An Excel 97–2003 workbook, read with Apache POI HSSF. Formula cells give their cached values:
 * nothing is ever evaluated. An .xls file is at most 65 536 rows, so HSSF's in-memory model is fine.
 */
final class XlsFile implements SpreadsheetFile {

    private final String fileName;
    private final ImportLimits limits;
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final List<Integer> visible = new ArrayList<>();
    private boolean columnsCut;

    private XlsFile(String fileName, ImportLimits limits, POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.fileName = fileName;
        this.limits = limits;
        this.fs = fs;
        this.workbook = workbook;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) visible.add(i);
        }
    }

    /**
     * Opens an OLE2 compound file: an .xls workbook, or an encrypted .xlsx (which Office stores in
     * an OLE2 container with an "EncryptionInfo" stream), or something else that is not a table.
     */
    static XlsFile open(Path file, String fileName, ImportLimits limits) throws StaffImportException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new StaffImportException(
                    StaffImportException.Problem.CORRUPT,
                    fileName,
                    "is damaged: it starts like an Excel 97–2003 file but cannot be opened (" + e.getMessage() + ")",
                    e);
        }
        try {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new StaffImportException(
                        StaffImportException.Problem.PASSWORD_PROTECTED,
                        fileName,
                        "is password-protected (an encrypted Excel workbook); save it without a password and try again");
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new StaffImportException(
                        StaffImportException.Problem.NOT_A_TABLE,
                        fileName,
                        "is an Office 97–2003 file but not an Excel workbook (a Word or other document?)");
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK")) {
                throw new StaffImportException(
                        StaffImportException.Problem.NOT_A_TABLE,
                        fileName,
                        "is an Excel 5.0/95 workbook, which is not read; save it as .xlsx");
            }
            var workbook = new HSSFWorkbook(root, true);
            return new XlsFile(fileName, limits, fs, workbook);
        } catch (StaffImportException e) {
            closeQuietly(fs);
            throw e;
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw new StaffImportException(
                    StaffImportException.Problem.PASSWORD_PROTECTED,
                    fileName,
                    "is password-protected; save it without a password and try again",
                    e);
        } catch (OldExcelFormatException e) {
            closeQuietly(fs);
            throw new StaffImportException(
                    StaffImportException.Problem.NOT_A_TABLE,
                    fileName,
                    "is an Excel 5.0/95 or older workbook, which is not read; save it as .xlsx",
                    e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw new StaffImportException(
                    StaffImportException.Problem.CORRUPT,
                    fileName,
                    "is damaged: the Excel 97–2003 workbook cannot be read (" + e.getMessage() + ")",
                    e);
        }
    }

    @Override
    public TableFormat format() {
        return TableFormat.XLS;
    }

    @Override
    public List<String> sheets() {
        return visible.stream().map(workbook::getSheetName).toList();
    }

    @Override
    public boolean columnsCut() {
        return columnsCut;
    }

    @Override
    public void read(int index, RowSink sink) throws StaffImportException {
        Sheet sheet = workbook.getSheetAt(visible.get(index));
        var ranges = new ArrayList<CellRange>();
        for (var region : sheet.getMergedRegions()) {
            ranges.add(new CellRange(
                    region.getFirstRow() + 1,
                    region.getLastRow() + 1,
                    region.getFirstColumn(),
                    region.getLastColumn()));
        }
        sink.merges(ranges);
        int rows = 0;
        for (Row row : sheet) {
            if (++rows > limits.maxRows()) {
                throw new StaffImportException(
                        StaffImportException.Problem.TOO_LARGE,
                        fileName,
                        "sheet '" + sheet.getSheetName() + "' has more than " + limits.maxRows()
                                + " rows (the limit); split the file or raise the limit");
            }
            int width = Math.max(0, row.getLastCellNum());
            if (width > limits.maxColumns()) {
                width = limits.maxColumns();
                columnsCut = true;
            }
            var cells = new String[width];
            Arrays.fill(cells, "");
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c >= width) continue;
                var value = text(cell, cell.getCellType());
                if (value.length() > limits.maxCellChars()) {
                    throw new StaffImportException(
                            StaffImportException.Problem.TOO_LARGE,
                            fileName,
                            "row " + (row.getRowNum() + 1) + ", column " + CellRange.letter(c)
                                    + ": the cell is longer than " + limits.maxCellChars() + " characters");
                }
                cells[c] = Words.clean(value);
            }
            if (!sink.row(new RawRow(row.getRowNum() + 1, cells))) return;
        }
    }

    /** The cell's text; for a formula, its cached result (formulas are never evaluated). */
    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? CellText.date(cell.getLocalDateTimeCellValue())
                        : CellText.number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case FORMULA -> text(cell, cell.getCachedFormulaResultType());
            case ERROR -> errorText(cell.getErrorCellValue());
            case BLANK, _NONE -> "";
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
        closeQuietly(fs);
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
