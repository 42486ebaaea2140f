package kz.qualify.staff;

/**
 * Counts over the report. Every row read is counted once: {@code rowsRead = imported + skipped +
 * errors}.
 *
 * @param rowsRead rows from the top of the sheet to the last non-empty one
 * @param imported rows that became staff members, including those needing review
 * @param needingReview imported rows an officer should look at
 * @param skipped rows that are not people (titles, header, empty, section headings, totals)
 * @param errors rows meant to be people that could not be imported
 */
public record Summary(int rowsRead, int imported, int needingReview, int skipped, int errors) {

    public Summary {
        if (rowsRead != imported + skipped + errors) {
            throw new IllegalArgumentException("rows read (" + rowsRead + ") must equal imported (" + imported
                    + ") + skipped (" + skipped + ") + errors (" + errors + ")");
        }
        if (needingReview > imported) throw new IllegalArgumentException("more rows needing review than imported");
    }

    /** Rows an officer must look at: imported with doubts, or not imported though meant to be people. */
    public int needingAttention() {
        return needingReview + errors;
    }
}
