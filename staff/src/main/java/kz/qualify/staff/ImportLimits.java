package kz.qualify.staff;

/**
 * Limits that keep a hostile or broken file from exhausting the reader. The defaults fit a company
 * of 20 000 people several times over while keeping the heap a read needs under a few hundred MB.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 * @param maxRows the most non-empty rows read from a sheet
 * @param maxColumns cells to the right of this many columns are ignored (with a warning)
 * @param maxCellChars the longest cell accepted (Excel's own limit is 32 767)
 * @param maxZipEntries the most entries an .xlsx package may have
 * @param maxUncompressedBytes the most bytes inflated from an .xlsx package in total
 * @param maxCompressionRatio the highest ratio of inflated to compressed size of a package part
 *     once it has inflated past a few megabytes (zip-bomb protection)
 */
public record ImportLimits(
        long maxFileBytes,
        int maxRows,
        int maxColumns,
        int maxCellChars,
        int maxZipEntries,
        long maxUncompressedBytes,
        int maxCompressionRatio) {

    /** Inflated size below which the ratio is not checked: small parts cannot hurt whatever their ratio. */
    static final long RATIO_CHECK_THRESHOLD = 4L << 20;

    public ImportLimits {
        if (maxFileBytes <= 0
                || maxRows <= 0
                || maxColumns <= 0
                || maxCellChars <= 0
                || maxZipEntries <= 0
                || maxUncompressedBytes <= 0
                || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("import limits must be positive: "
                    + new StringBuilder()
                            .append("maxFileBytes=")
                            .append(maxFileBytes)
                            .append(", maxRows=")
                            .append(maxRows)
                            .append(", maxColumns=")
                            .append(maxColumns)
                            .append(", maxCellChars=")
                            .append(maxCellChars)
                            .append(", maxZipEntries=")
                            .append(maxZipEntries)
                            .append(", maxUncompressedBytes=")
                            .append(maxUncompressedBytes)
                            .append(", maxCompressionRatio=")
                            .append(maxCompressionRatio));
        }
    }

    /**
     * 50 MB file, 100 000 rows, 256 columns, 32 767 characters a cell, 1 000 package entries, 256 MB
     * inflated, ratio 200.
     */
    public static ImportLimits defaults() {
        return new ImportLimits(50L << 20, 100_000, 256, 32_767, 1_000, 256L << 20, 200);
    }

    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(
                maxFileBytes, rows, maxColumns, maxCellChars, maxZipEntries, maxUncompressedBytes, maxCompressionRatio);
    }

    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(
                bytes, maxRows, maxColumns, maxCellChars, maxZipEntries, maxUncompressedBytes, maxCompressionRatio);
    }

    public ImportLimits withMaxUncompressedBytes(long bytes) {
        return new ImportLimits(
                maxFileBytes, maxRows, maxColumns, maxCellChars, maxZipEntries, bytes, maxCompressionRatio);
    }

    public ImportLimits withMaxCompressionRatio(int ratio) {
        return new ImportLimits(
                maxFileBytes, maxRows, maxColumns, maxCellChars, maxZipEntries, maxUncompressedBytes, ratio);
    }
}
