package kz.qualify.cli;

import java.io.PrintWriter;
import java.util.List;
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
            if (ru) printRu(out, f);
            else print(out, f);
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

    private static void print(PrintWriter out, Finding f) {
        out.println();
        out.println(
                "[" + f.status() + "] " + f.requirementId() + "  " + f.clause().citation() + "  " + f.title());
        out.println("  Law: «" + abbreviate(f.quote()) + "»");
        out.println("  Checked: " + f.summary());
        lines(out, f.figures(), f.issues().stream().map(Finding.Issue::problem).toList(), f);
        for (var remedy : f.remedies()) out.println("  → " + remedy);
        if (!f.interpretation().isEmpty() && f.status() != Status.MET)
            out.println("  Reading: " + abbreviate(f.interpretation()));
    }

    private static void printRu(PrintWriter out, Finding f) {
        var ru = f.ru();
        out.println();
        out.println("[" + f.status() + "] " + f.requirementId() + "  "
                + f.clause().citation() + "  " + (ru.title().isEmpty() ? f.title() : ru.title()));
        out.println("  Закон: «" + abbreviate(f.quote()) + "»");
        out.println("  Проверено: " + ru.summary());
        lines(
                out,
                ru.figures(),
                f.issues().stream().map(Finding.Issue::problemRu).toList(),
                f);
        for (var remedy : ru.remedies()) out.println("  → " + remedy);
        if (!ru.interpretation().isEmpty() && f.status() != Status.MET)
            out.println("  Толкование: " + abbreviate(ru.interpretation()));
    }

    /** The figures, then each issue with its ref, in one language. */
    private static void lines(PrintWriter out, List<String> figures, List<String> problems, Finding f) {
        for (var figure : figures) out.println("    · " + figure);
        for (int i = 0; i < problems.size(); i++) {
            out.println("  ✗ " + f.issues().get(i).ref() + ": " + problems.get(i));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= QUOTE_LIMIT ? s : s.substring(0, QUOTE_LIMIT) + "…";
    }
}
