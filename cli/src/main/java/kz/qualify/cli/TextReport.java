package kz.qualify.cli;

import java.io.PrintWriter;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.Status;

/** The assessment as a person reads it: the verdict first, then each finding with the law, the figures and the fix. */
final class TextReport {

    private static final int QUOTE_LIMIT = 300;

    private TextReport() {}

    static void print(PrintWriter out, Assessment a, boolean showMet) {
        out.println("Verdict: " + a.verdict() + " — " + a.message());
        out.println("Applicant: " + a.applicant() + "; activity " + a.activity() + "; as of " + a.asOf()
                + (a.editionId() == null ? "" : "; edition " + a.editionId() + " (rules " + a.rulesVersion() + ")"));
        if (a.findings().isEmpty()) return;
        out.println("Findings: " + count(a, Status.MET) + " met, " + count(a, Status.NOT_MET) + " not met, "
                + count(a, Status.MISSING_EVIDENCE) + " missing evidence, " + count(a, Status.NEEDS_REVIEW)
                + " for review, "
                + count(a, Status.NOT_ELIGIBLE) + " not eligible, " + count(a, Status.NOT_APPLICABLE)
                + " not applicable");
        for (var f : a.findings()) {
            if (!showMet && (f.status() == Status.MET || f.status() == Status.NOT_APPLICABLE)) continue;
            print(out, f);
        }
        if (!showMet) out.println("\n(met and not applicable requirements hidden; --all shows them)");
    }

    /** "not met: 1.3, 1.4; for review: 4.4" — which clauses a batch line should send the reader to. */
    static String oneLine(Assessment a) {
        if (a.findings().isEmpty()) return a.message();
        var parts = new java.util.ArrayList<String>();
        for (var s : new Status[] {Status.NOT_ELIGIBLE, Status.NOT_MET, Status.MISSING_EVIDENCE, Status.NEEDS_REVIEW}) {
            var ids = a.findings().stream()
                    .filter(f -> f.status() == s)
                    .map(Finding::requirementId)
                    .toList();
            if (!ids.isEmpty())
                parts.add(
                        s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + String.join(", ", ids));
        }
        return parts.isEmpty() ? a.message() : String.join("; ", parts);
    }

    private static long count(Assessment a, Status s) {
        return a.count(s);
    }

    private static void print(PrintWriter out, Finding f) {
        out.println();
        out.println(
                "[" + f.status() + "] " + f.requirementId() + "  " + f.clause().citation() + "  " + f.title());
        out.println("  Law: «" + abbreviate(f.quote()) + "»");
        out.println("  Checked: " + f.summary());
        for (var figure : f.figures()) out.println("    · " + figure);
        for (var issue : f.issues()) out.println("  ✗ " + issue.ref() + ": " + issue.problem());
        for (var remedy : f.remedies()) out.println("  → " + remedy);
        if (!f.interpretation().isEmpty() && f.status() != Status.MET)
            out.println("  Reading: " + abbreviate(f.interpretation()));
    }

    private static String abbreviate(String s) {
        return s.length() <= QUOTE_LIMIT ? s : s.substring(0, QUOTE_LIMIT) + "…";
    }
}
