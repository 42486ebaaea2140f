package kz.qualify.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.Status;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;

/** The assessment as a person reads it: the verdict first, then each finding with the law, the figures and the fix. */
final class TextReport {

    private static final int QUOTE_LIMIT = 300;

    /** The report's own sentences ({@code report_<lang>.properties}) and the findings' verdict summaries. */
    static final String REPORT = "kz/qualify/cli/report";

    /** Loaded on first use: a JSON run never words anything. */
    private static final class Loaded {
        static final Wording WORDING = new Wording(Phrasebook.load(Phrasebook.FINDINGS, REPORT), Map.of());
    }

    private TextReport() {}

    static Words words(Lang lang) {
        return Loaded.WORDING.in(Language.of(lang.name()));
    }

    static void print(PrintWriter out, Assessment a, boolean showMet, Lang lang) {
        var words = words(lang);
        out.println(words.render(
                Message.of("report.verdict", verdict(a, lang), Arg.text("message", message(a, lang, words)))));
        var applicant = words.render(Message.of(
                "report.applicant",
                Arg.text("applicant", a.applicant()),
                Arg.count("activity", a.activity()),
                date("asOf", a.asOf(), lang)));
        out.println(
                a.editionId() == null
                        ? applicant
                        : applicant
                                + words.render(Message.of(
                                        "report.edition",
                                        Arg.text("edition", a.editionId()),
                                        Arg.text("rules", String.valueOf(a.rulesVersion())))));
        if (a.findings().isEmpty()) return;
        out.println(words.render(Message.of(
                "report.counts",
                Arg.count("met", a.count(Status.MET)),
                Arg.count("notMet", a.count(Status.NOT_MET)),
                Arg.count("missing", a.count(Status.MISSING_EVIDENCE)),
                Arg.count("review", a.count(Status.NEEDS_REVIEW)),
                Arg.count("notEligible", a.count(Status.NOT_ELIGIBLE)),
                Arg.count("notApplicable", a.count(Status.NOT_APPLICABLE)))));
        // the findings' own words are English and Russian until the rules core says them as keys:
        // a Kazakh report says so once, then gives them in Russian
        var russianWords = words.say("report.wordsInRussian");
        if (!russianWords.isEmpty()) out.println(russianWords);
        for (var f : a.findings()) {
            if (!showMet && (f.status() == Status.MET || f.status() == Status.NOT_APPLICABLE)) continue;
            print(out, f, lang, words);
        }
        if (!showMet) out.println("\n" + words.say("report.hidden"));
    }

    /** A date as the reports in English and Russian have always written it (ISO), in other languages as theirs does. */
    static Arg date(String name, java.time.LocalDate date, Lang lang) {
        return lang == Lang.kk ? Arg.date(name, date) : Arg.text(name, date.toString());
    }

    /**
     * The verdict as the English and Russian reports have always shown it, by its code; in the
     * other languages, in words.
     */
    private static Arg verdict(Assessment a, Lang lang) {
        return lang == Lang.kk
                ? Arg.label("verdict", a.verdict())
                : Arg.text("verdict", a.verdict().name());
    }

    /**
     * The sentence explaining the verdict: in English and Russian the one the assessment carries
     * (the JSON's {@code message} and {@code messageRu}), in any other language its summary worded
     * from the bundles.
     */
    private static String message(Assessment a, Lang lang, Words words) {
        return switch (lang) {
            case en -> a.message();
            case ru -> a.messageRu();
            case kk -> words.render(a.summary());
        };
    }

    /** "not met: 1.3, 1.4; for review: 4.4" — which clauses a batch line should send the reader to. */
    static String oneLine(Assessment a, Lang lang) {
        var words = words(lang);
        var message = message(a, lang, words);
        if (a.findings().isEmpty()) return message;
        var parts = new ArrayList<String>();
        for (var s : new Status[] {Status.NOT_ELIGIBLE, Status.NOT_MET, Status.MISSING_EVIDENCE, Status.NEEDS_REVIEW}) {
            var ids = a.findings().stream()
                    .filter(f -> f.status() == s)
                    .map(Finding::requirementId)
                    .toList();
            if (!ids.isEmpty()) {
                parts.add(words.render(Message.of(
                        "report.line",
                        Arg.message("status", Message.of("report.status", Arg.choice("status", s.name()))),
                        Arg.text("requirements", String.join(", ", ids)))));
            }
        }
        return parts.isEmpty() ? message : String.join("; ", parts);
    }

    private static void print(PrintWriter out, Finding f, Lang lang, Words words) {
        boolean english = lang == Lang.en;
        var w = f.ru();
        out.println();
        out.println("["
                + (english || lang == Lang.ru
                        ? f.status().name()
                        : words.render(Message.of(
                                "report.status", Arg.choice("status", f.status().name()))))
                + "] " + f.requirementId() + "  "
                + f.clause().citation() + "  " + (!english && !w.title().isEmpty() ? w.title() : f.title()));
        out.println(words.render(Message.of("report.law", Arg.text("quote", abbreviate(f.quote())))));
        out.println(words.say("report.summary") + (english ? f.summary() : w.summary()));
        for (var figure : english ? f.figures() : w.figures()) out.println("    · " + figure);
        for (var issue : f.issues())
            out.println("  ✗ " + issue.ref() + ": " + (english ? issue.problem() : issue.problemRu()));
        List<String> remedies = english ? f.remedies() : w.remedies();
        for (var remedy : remedies) out.println("  → " + remedy);
        var reading = english ? f.interpretation() : w.interpretation();
        if (!reading.isEmpty() && f.status() != Status.MET) {
            out.println(words.say("report.interpretation") + abbreviate(reading));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= QUOTE_LIMIT ? s : s.substring(0, QUOTE_LIMIT) + "…";
    }
}
