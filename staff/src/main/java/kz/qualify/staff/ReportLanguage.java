package kz.qualify.staff;

/**
 * The languages the import report speaks, each with its bundle ({@code report_kk.properties},
 * {@code report_ru.properties}, {@code report_en.properties} next to this class, the same keys in
 * each).
 */
public enum ReportLanguage {
    kk,
    ru,
    en
}
