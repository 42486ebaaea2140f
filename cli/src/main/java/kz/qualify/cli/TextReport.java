package kz.qualify.cli;

import java.io.PrintWriter;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.Status;

/** The assessment as a person reads it: the verdict first, then each finding with the law, the figures and the fix. */
final class TextReport {

    private static final int QUOTE_LIMIT = 300;

    private TextReport() {}

    static void print(PrintWriter out, Assessment a, boolean showMet, Lang lang) {
        boolean ru = lang == Lang.ru;
        out.println((ru ? "Итог: " : "Verdict: ") + a.verdict() + " — " + (ru ? a.messageRu() : a.message()));
        if (ru) {
            out.println("Заявитель: " + a.applicant() + "; вид деятельности " + a.activity() + "; на дату " + a.asOf()
                    + (a.editionId() == null
                            ? ""
                            : "; редакция " + a.editionId() + " (правила " + a.rulesVersion() + ")"));
        } else {
            out.println("Applicant: " + a.applicant() + "; activity " + a.activity() + "; as of " + a.asOf()
                    + (a.editionId() == null
                            ? ""
                            : "; edition " + a.editionId() + " (rules " + a.rulesVersion() + ")"));
        }
        if (a.findings().isEmpty()) return;
        if (ru) {
            out.println("Требования: выполнено " + count(a, Status.MET) + ", не выполнено " + count(a, Status.NOT_MET)
                    + ", не хватает подтверждения " + count(a, Status.MISSING_EVIDENCE)
                    + ", на рассмотрение должностного лица " + count(a, Status.NEEDS_REVIEW) + ", вне сферы лицензии "
                    + count(a, Status.NOT_ELIGIBLE) + ", не применимо " + count(a, Status.NOT_APPLICABLE));
        } else {
            out.println("Findings: " + count(a, Status.MET) + " met, " + count(a, Status.NOT_MET) + " not met, "
                    + count(a, Status.MISSING_EVIDENCE) + " missing evidence, " + count(a, Status.NEEDS_REVIEW)
                    + " for review, "
                    + count(a, Status.NOT_ELIGIBLE) + " not eligible, " + count(a, Status.NOT_APPLICABLE)
                    + " not applicable");
        }
        for (var f : a.findings()) {
            if (!showMet && (f.status() == Status.MET || f.status() == Status.NOT_APPLICABLE)) continue;
            print(out, f, ru);
        }
        if (!showMet) {
            out.println(
                    ru
                            ? "\n(выполненные и неприменимые требования скрыты; --all показывает их)"
                            : "\n(met and not applicable requirements hidden; --all shows them)");
        }
    }

    /** "not met: 1.3, 1.4; for review: 4.4" — which clauses a batch line should send the reader to. */
    static String oneLine(Assessment a, Lang lang) {
        boolean ru = lang == Lang.ru;
        var message = ru ? a.messageRu() : a.message();
        if (a.findings().isEmpty()) return message;
        var parts = new java.util.ArrayList<String>();
        for (var s : new Status[] {Status.NOT_ELIGIBLE, Status.NOT_MET, Status.MISSING_EVIDENCE, Status.NEEDS_REVIEW}) {
            var ids = a.findings().stream()
                    .filter(f -> f.status() == s)
                    .map(Finding::requirementId)
                    .toList();
            if (!ids.isEmpty()) parts.add((ru ? russian(s) : english(s)) + ": " + String.join(", ", ids));
        }
        return parts.isEmpty() ? message : String.join("; ", parts);
    }

    private static String english(Status s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String russian(Status s) {
        return switch (s) {
            case NOT_ELIGIBLE -> "вне сферы лицензии";
            case NOT_MET -> "не выполнено";
            case MISSING_EVIDENCE -> "не хватает подтверждения";
            case NEEDS_REVIEW -> "на рассмотрение";
            case MET -> "выполнено";
            case NOT_APPLICABLE -> "не применимо";
        };
    }

    private static long count(Assessment a, Status s) {
        return a.count(s);
    }

    private static void print(PrintWriter out, Finding f, boolean ru) {
        var w = f.ru();
        out.println();
        out.println("[" + f.status() + "] " + f.requirementId() + "  "
                + f.clause().citation() + "  " + (ru && !w.title().isEmpty() ? w.title() : f.title()));
        out.println((ru ? "  Закон: «" : "  Law: «") + abbreviate(f.quote()) + "»");
        out.println((ru ? "  Проверено: " : "  Checked: ") + (ru ? w.summary() : f.summary()));
        for (var figure : ru ? w.figures() : f.figures()) out.println("    · " + figure);
        for (var issue : f.issues())
            out.println("  ✗ " + issue.ref() + ": " + (ru ? issue.problemRu() : issue.problem()));
        for (var remedy : ru ? w.remedies() : f.remedies()) out.println("  → " + remedy);
        var reading = ru ? w.interpretation() : f.interpretation();
        if (!reading.isEmpty() && f.status() != Status.MET) {
            out.println((ru ? "  Толкование: " : "  Reading: ") + abbreviate(reading));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= QUOTE_LIMIT ? s : s.substring(0, QUOTE_LIMIT) + "…";
    }
}
