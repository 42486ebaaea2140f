package kz.qualify.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.qualify.staff.ReportLanguage;
import kz.qualify.staff.StaffImportException;
import kz.qualify.staff.StaffImportReport;
import kz.qualify.staff.StaffTableReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code qualify import-staff FILE}: a staff table read row by row, and how each person was understood. */
@Command(
        name = "import-staff",
        mixinStandardHelpOptions = true,
        description =
                "Read a staff table (.xlsx, .xls, .csv) and report every row: imported, for review, skipped or in error.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every row imported, for review or skipped",
            "65:a row in error, or the file is no staff table",
            "74:the file could not be read"
        })
final class ImportStaffCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the staff table")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "language of the text table: kk, ru or en (JSON is the same in every language)")
    ReportLanguage lang;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("qualify: " + file + ": no such file");
            return ExitCodes.IO_ERROR;
        }
        try {
            var result = new StaffTableReader().read(file);
            spec.commandLine()
                    .getOut()
                    .println(
                            format == Format.json
                                    ? StaffImportReport.json(result)
                                    : StaffImportReport.text(result, StaffImportReport.Rows.ALL, lang));
            return result.summary().errors() > 0 ? ExitCodes.INVALID_DOSSIER : 0;
        } catch (StaffImportException e) {
            err.println("qualify: " + e.getMessage());
            return ExitCodes.INVALID_DOSSIER;
        }
    }
}
