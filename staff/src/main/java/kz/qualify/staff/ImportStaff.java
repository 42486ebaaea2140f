package kz.qualify.staff;

import java.nio.file.Path;

/**
 * For trying the reader by hand: {@code java -cp ... kz.qualify.staff.ImportStaff FILE [--format
 * json|text] [--attention]}. The command line users get is {@code qualify import-staff}, in the
 * cli module; this class is not its implementation.
 */
final class ImportStaff {

    private ImportStaff() {}

    static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: ImportStaff FILE [--format json|text] [--attention]");
            System.exit(2);
        }
        boolean json = false, attention = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> json = i + 1 < args.length && args[++i].equals("json");
                case "--attention" -> attention = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        try {
            var result = new StaffTableReader().read(Path.of(args[0]));
            System.out.print(
                    json
                            ? StaffImportReport.json(result) + "\n"
                            : StaffImportReport.text(
                                    result,
                                    attention ? StaffImportReport.Rows.NEEDING_ATTENTION : StaffImportReport.Rows.ALL));
        } catch (StaffImportException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
