package kz.qualify.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Evaluator;
import kz.qualify.assessment.Verdict;
import kz.qualify.catalog.Catalog;
import kz.qualify.formats.AssessmentJson;
import kz.qualify.formats.DossierJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code qualify check}: assess one dossier, a folder of them, or a JSON Lines file. */
@Command(
        name = "check",
        description = "Assess a dossier (JSON), every *.json in a folder, or a JSON Lines file (*.jsonl).")
final class CheckCommand implements java.util.concurrent.Callable<Integer> {

    /** Dossiers parsed and assessed together; big enough to keep both cores busy, small enough to report progress. */
    private static final int CHUNK = 2_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DOSSIER", description = "a dossier .json, a folder, or a .jsonl file")
    Path input;

    @Option(names = "--as-of", converter = Dates.class, description = "the date the law is applied on (default: today)")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Option(names = "--all", description = "text: show met and not applicable requirements too")
    boolean all;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!Files.exists(input)) {
            err.println("qualify: " + input + ": no such file or folder");
            return ExitCodes.IO_ERROR;
        }
        var date = asOf != null ? asOf : LocalDate.now();
        var catalog = Catalog.standard();
        var reader = new DossierJson(catalog);
        var evaluator = catalog.evaluator();
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (var s = Files.list(input)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            return batch(
                    files.size(),
                    i -> new Source(files.get(i).toString(), read(files.get(i))),
                    reader,
                    evaluator,
                    date,
                    out,
                    err);
        }
        if (input.toString().endsWith(".jsonl")) {
            return jsonLines(reader, evaluator, date, out, err);
        }
        return single(reader, evaluator, date, out, err);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(p + ": " + e.getMessage(), e);
        }
    }

    private int single(DossierJson reader, Evaluator evaluator, LocalDate date, PrintWriter out, PrintWriter err) {
        var result = reader.read(input);
        return switch (result) {
            case DossierJson.Result.Invalid(var problems) -> {
                err.println("qualify: " + input + " is not a valid dossier (" + problems.size() + " problem(s)):");
                problems.forEach(p -> err.println("  " + p.path() + ": " + p.message()));
                yield ExitCodes.INVALID_DOSSIER;
            }
            case DossierJson.Result.Valid(var dossier) -> {
                var assessment = evaluator.assess(dossier, date);
                if (format == Format.json) out.println(new AssessmentJson().write(assessment));
                else TextReport.print(out, assessment, all);
                yield ExitCodes.of(assessment.verdict());
            }
        };
    }

    record Source(String name, String json) {}

    private int jsonLines(DossierJson reader, Evaluator evaluator, LocalDate date, PrintWriter out, PrintWriter err)
            throws IOException {
        // Read all lines up front: JSON Lines files of 100 000 dossiers fit in memory and keep the parallel part
        // simple.
        var lines = new ArrayList<String>();
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) lines.add(line);
        }
        var name = input.getFileName().toString();
        return batch(
                lines.size(), i -> new Source(name + ":" + (i + 1), lines.get(i)), reader, evaluator, date, out, err);
    }

    private interface Sources {
        Source get(int i);
    }

    /** The outcome of one dossier of a batch. */
    private record Outcome(
            Source source, Assessment assessment, List<kz.qualify.formats.Problem> problems, boolean blank) {}

    private int batch(
            int count,
            Sources sources,
            DossierJson reader,
            Evaluator evaluator,
            LocalDate date,
            PrintWriter out,
            PrintWriter err) {
        var verdicts = new EnumMap<Verdict, Long>(Verdict.class);
        long invalid = 0;
        int exit = ExitCodes.COMPLIANT;
        var progress = new Progress(err, count);
        var json = new AssessmentJson();
        var done = new AtomicLong();
        for (int start = 0; start < count; start += CHUNK) {
            int from = start;
            int to = Math.min(count, start + CHUNK);
            var outcomes = IntStream.range(from, to)
                    .parallel()
                    .mapToObj(i -> {
                        var source = sources.get(i);
                        if (source.json().isBlank()) return new Outcome(source, null, List.of(), true);
                        var result = reader.read(source.json());
                        var o = switch (result) {
                            case DossierJson.Result.Invalid(var problems) -> new Outcome(source, null, problems, false);
                            case DossierJson.Result.Valid(var dossier) ->
                                new Outcome(source, evaluator.assess(dossier, date), List.of(), false);
                        };
                        done.incrementAndGet();
                        return o;
                    })
                    .toList();
            for (var o : outcomes) {
                if (o.blank()) continue;
                if (o.assessment() == null) {
                    invalid++;
                    exit = ExitCodes.worst(exit, ExitCodes.INVALID_DOSSIER);
                    if (format == Format.json) {
                        out.println("{\"source\":" + quote(o.source().name()) + ",\"verdict\":\"INVALID\",\"problems\":"
                                + o.problems().stream()
                                        .map(p -> "{\"path\":" + quote(p.path()) + ",\"message\":" + quote(p.message())
                                                + "}")
                                        .toList()
                                + "}");
                    } else {
                        out.println(
                                o.source().name() + "\tINVALID\t" + o.problems().size() + " problem(s): "
                                        + o.problems().getFirst().path() + ": "
                                        + o.problems().getFirst().message());
                    }
                    continue;
                }
                var a = o.assessment();
                verdicts.merge(a.verdict(), 1L, Long::sum);
                exit = ExitCodes.worst(exit, ExitCodes.of(a.verdict()));
                if (format == Format.json) {
                    var tree = (tools.jackson.databind.node.ObjectNode) json.tree(a);
                    tree.put("source", o.source().name());
                    out.println(tree.toString());
                } else {
                    out.println(o.source().name() + "\t" + a.verdict() + "\t" + TextReport.oneLine(a));
                }
            }
            progress.update(to);
        }
        progress.finish();
        var summary = new StringBuilder("Checked " + count + " dossier(s) as of " + date + ": ");
        for (var v : Verdict.values())
            summary.append(v).append(' ').append(verdicts.getOrDefault(v, 0L)).append(", ");
        summary.append("INVALID ").append(invalid);
        // The summary goes to stderr in JSON mode so stdout stays pure JSON Lines.
        (format == Format.json ? err : out).println(summary);
        return exit;
    }

    private static String quote(String s) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.textNode(s).toString();
    }

    /** A progress bar on stderr, redrawn in place on a terminal and printed every tenth otherwise. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal = System.console() != null;
        private int lastTenth = -1;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        void update(int done) {
            if (total < CHUNK) return;
            int percent = (int) (100L * done / total);
            if (terminal) {
                int width = 40;
                int filled = width * percent / 100;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + percent + "% " + done + "/"
                        + total);
                err.flush();
            } else if (percent / 10 > lastTenth) {
                lastTenth = percent / 10;
                err.println("progress: " + done + "/" + total + " (" + percent + "%)");
            }
        }

        void finish() {
            if (terminal && total >= CHUNK) err.println();
        }
    }
}
