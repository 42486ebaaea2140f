package kz.qualify.staff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import kz.qualify.dossier.StaffMember;
import org.jspecify.annotations.Nullable;

/**
 * One sheet being read: the first rows are held until the header is found among them, then every
 * row is reported as it comes. Rows are numbered as the sheet shows them, and every row from the
 * first to the last non-empty one gets exactly one report: empty rows between data (including rows
 * the file leaves out) are reported as empty; empty rows after the last data row are not rows read.
 */
final class SheetReading implements RowSink {

    private final Dictionaries dictionaries;
    private final String fileName;
    private final String sheet;
    private final ImportLimits limits;
    private final List<RawRow> held = new ArrayList<>();
    private final List<RowReport> reports = new ArrayList<>();
    private final List<StaffMember> staff = new ArrayList<>();
    private Merges merges = Merges.none();
    private HeaderSearch.@Nullable Found header;
    private @Nullable PersonReading persons;
    private int lastReported;
    private int heldNonEmpty;
    private boolean searched;

    SheetReading(Dictionaries dictionaries, String fileName, String sheet, ImportLimits limits) {
        this.dictionaries = dictionaries;
        this.fileName = fileName;
        this.sheet = sheet;
        this.limits = limits;
    }

    @Override
    public void merges(List<CellRange> ranges) {
        this.merges = new Merges(ranges);
    }

    @Override
    public boolean row(RawRow raw) throws StaffImportException {
        var row = merges.fillDown(raw);
        if (persons != null) {
            if (!row.isEmpty()) report(row);
            return true;
        }
        held.add(row);
        if (!row.isEmpty()) heldNonEmpty++;
        if (heldNonEmpty >= HeaderSearch.WINDOW || row.number() > 2 * HeaderSearch.WINDOW) {
            search();
            return header != null;
        }
        return true;
    }

    /** Called when the sheet has no more rows. */
    void finish() throws StaffImportException {
        if (!searched) search();
    }

    boolean found() {
        return header != null;
    }

    /** Why no header was found, for the message naming the sheet. */
    String closest() {
        return HeaderSearch.closest(held, merges, dictionaries);
    }

    HeaderMapping mapping() {
        return requireHeader().mapping();
    }

    List<RowReport> reports() {
        return reports;
    }

    List<StaffMember> staff() {
        return staff;
    }

    private HeaderSearch.Found requireHeader() {
        var h = header;
        if (h == null) throw new IllegalStateException("no header in sheet '" + sheet + "'");
        return h;
    }

    private void search() throws StaffImportException {
        searched = true;
        var found = HeaderSearch.find(held, merges, dictionaries, sheet);
        if (found.isEmpty()) return;
        var h = found.get();
        header = h;
        int first = h.mapping().firstRow(), last = h.mapping().lastRow();
        var captions = new HashSet<String>();
        for (var row : held) {
            if (row.number() < first || row.number() > last) continue;
            for (var c : row.cells()) if (!c.isEmpty()) captions.add(Words.lower(c));
        }
        var reading = new PersonReading(dictionaries, h.layout(), merges, captions);
        for (var row : held) {
            if (row.isEmpty()) continue;
            if (row.number() < first) {
                account(row.number(), RowReport.skipped(row.number(), Phrase.of("row.title"), row.excerpt()));
            } else if (row.number() <= last) {
                account(row.number(), RowReport.skipped(row.number(), Phrase.of("row.header"), row.excerpt()));
            }
        }
        persons = reading;
        for (var row : held) {
            if (row.number() > last && !row.isEmpty()) report(row);
        }
        held.clear();
    }

    private void report(RawRow row) throws StaffImportException {
        var persons = this.persons;
        if (persons == null) throw new IllegalStateException("rows reported before the header");
        account(row.number(), persons.read(row));
    }

    /** Adds the report of row {@code number}, after reports for the empty rows before it. */
    private void account(int number, RowReport report) throws StaffImportException {
        if ((long) reports.size() + (number - lastReported) > limits.maxRows()) {
            throw new StaffImportException(
                    StaffImportException.Problem.TOO_LARGE,
                    fileName,
                    "row " + number + " of sheet '" + sheet + "' is beyond the limit of " + limits.maxRows()
                            + " rows (empty rows between data count); split the file or raise the limit");
        }
        for (int empty = lastReported + 1; empty < number; empty++) {
            reports.add(RowReport.skipped(empty, Phrase.of("row.empty"), ""));
        }
        reports.add(report);
        if (report.member() != null) staff.add(report.member());
        lastReported = number;
    }
}
