/**
 * The staff-table import against Apache POI's XSSFWorkbook on the same 50 000-row file: {@link
 * kz.qualify.bench.staff.StaffImportComparison} (fresh JVMs, time and heap; the figures in
 * docs/BENCHMARKS.md) and {@link kz.qualify.bench.staff.StaffImportBenchmark} (JMH, time only).
 */
@NullMarked
package kz.qualify.bench.staff;

import org.jspecify.annotations.NullMarked;
