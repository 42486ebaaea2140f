package kz.qualify.staff;

import org.jspecify.annotations.Nullable;

/**
 * One column of the header as found.
 *
 * @param letter the column as a spreadsheet names it ("C")
 * @param header the header text as written (several header rows joined by " / ")
 * @param column what the column was understood to hold, or {@code null} when it is ignored
 * @param matched the dictionary phrase that decided it, or why the column is ignored
 */
public record HeaderColumn(
        String letter, String header, @Nullable StaffColumn column, String matched) {}
