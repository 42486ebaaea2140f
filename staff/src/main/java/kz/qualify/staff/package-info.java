/**
 * Staff tables as applicants keep them: .xlsx, .xls and .csv files read into the dossier's staff
 * list, with a report that accounts for every row.
 *
 * <p>The public API is {@link kz.qualify.staff.StaffTableReader} (read a file), {@link
 * kz.qualify.staff.StaffImport} (what was read and how) and {@link kz.qualify.staff.StaffImportReport}
 * (text and JSON renderings). Everything else is package-private. The dictionaries that turn words
 * into roles, levels and fields are YAML files next to these classes, meant to be reviewed by
 * people who know the Kazakhstan classifiers rather than by Java programmers.
 */
@NullMarked
package kz.qualify.staff;

import org.jspecify.annotations.NullMarked;
