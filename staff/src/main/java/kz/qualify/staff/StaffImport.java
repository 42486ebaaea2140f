package kz.qualify.staff;

import java.util.List;
import kz.qualify.dossier.StaffMember;

/**
 * A staff table read: the staff for the dossier, and an account of every row.
 *
 * @param fileName the file as named by the caller
 * @param format the format detected from the content
 * @param encoding the text encoding and separator for CSV ("windows-1251, ';'"), "" otherwise
 * @param header the header found and what each column was taken to mean
 * @param staff the staff members read, in table order; their {@code ref} is "row N"
 * @param rows one report per row read, in table order
 * @param summary counts over {@code rows}
 * @param warnings things about the whole file an officer should know (other sheets ignored, a
 *     column the decree names is missing, cells beyond the column limit), in English
 * @param warningsRu the same warnings in Russian, item for item
 * @param warningsKk the same warnings in Kazakh, item for item
 */
public record StaffImport(
        String fileName,
        TableFormat format,
        String encoding,
        HeaderMapping header,
        List<StaffMember> staff,
        List<RowReport> rows,
        Summary summary,
        List<String> warnings,
        List<String> warningsRu,
        List<String> warningsKk) {

    public StaffImport {
        staff = List.copyOf(staff);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        warningsRu = List.copyOf(warningsRu);
        warningsKk = List.copyOf(warningsKk);
        if (warningsRu.size() != warnings.size() || warningsKk.size() != warnings.size()) {
            throw new IllegalArgumentException("the warnings differ in number between languages");
        }
    }

    /** The warnings in {@code language}. */
    public List<String> warnings(ReportLanguage language) {
        return switch (language) {
            case kk -> warningsKk;
            case ru -> warningsRu;
            case en -> warnings;
        };
    }

    /** The reports of rows an officer must look at: imported with doubts, or errors. */
    public List<RowReport> needingAttention() {
        return rows.stream()
                .filter(r -> r.status() == RowStatus.IMPORTED_NEEDS_REVIEW || r.status() == RowStatus.ERROR)
                .toList();
    }
}
