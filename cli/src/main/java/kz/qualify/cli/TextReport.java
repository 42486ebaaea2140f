package kz.qualify.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.Status;
import kz.qualify.catalog.Catalog;
import kz.qualify.formats.FindingWords;
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

    /** Loaded on first use: the checklist and the act's commands word nothing of the findings. */
    private static final class Loaded {
        static final Wording WORDING = new Wording(
                Phrasebook.load(Phrasebook.FINDINGS, REPORT), Catalog.standard().glossaries());
    }

    private TextReport() {}

    /** The findings' and the report's words in every language, and the editions' glossaries. */
    static Wording wording() {
        return Loaded.WORDING;
    }

    static Words words(Lang lang) {
        return Loaded.WORDING.in(Language.of(lang.name()));
    }

    /** Words naming the codes and requirements of the assessment's edition. */
    private static Words words(Lang lang, Assessment a) {
        return Loaded.WORDING.in(Language.of(lang.name()), a.editionId());
    }

    static void print(PrintWriter out, Assessment a, boolean showMet, Lang lang) {
        var words = words(lang, a);
        out.println(
                words.render(Message.of("report.verdict", verdict(a, lang), Arg.text("message", message(a, words)))));
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
        var english = words(Lang.en, a);
        for (var f : a.findings()) {
            if (!showMet && (f.status() == Status.MET || f.status() == Status.NOT_APPLICABLE)) continue;
            print(out, f, lang, words, english);
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

    /** The sentence explaining the verdict (the JSON's {@code message} in English, {@code messageRu} in Russian). */
    private static String message(Assessment a, Words words) {
        return words.render(a.summary());
    }

    /** "not met: 1.3, 1.4; for review: 4.4" — which clauses a batch line should send the reader to. */
    static String oneLine(Assessment a, Lang lang) {
        var words = words(lang, a);
        var message = message(a, words);
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

    private static void print(PrintWriter out, Finding f, Lang lang, Words words, Words english) {
        var w = FindingWords.of(f, words);
        // a requirement the edition names in English only is named in English
        var title = w.title().isEmpty() ? english.title(f.requirementId()) : w.title();
        out.println();
        out.println("["
                + (lang == Lang.en || lang == Lang.ru
                        ? f.status().name()
                        : words.render(Message.of(
                                "report.status", Arg.choice("status", f.status().name()))))
                + "] " + f.requirementId() + "  "
                + f.clause().citation() + "  " + title);
        out.println(words.render(Message.of("report.law", Arg.text("quote", abbreviate(f.quote())))));
        out.println(words.say("report.summary") + w.summary());
        for (var figure : w.figures()) out.println("    · " + figure);
        for (var issue : w.issues()) out.println("  ✗ " + issue.ref() + ": " + issue.problem());
        for (var remedy : w.remedies()) out.println("  → " + remedy);
        var reading = w.interpretation();
        if (!reading.isEmpty() && f.status() != Status.MET) {
            out.println(words.say("report.interpretation") + abbreviate(reading));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= QUOTE_LIMIT ? s : s.substring(0, QUOTE_LIMIT) + "…";
    }
}
