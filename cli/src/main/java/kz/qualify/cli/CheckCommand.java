package kz.qualify.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Evaluator;
import kz.qualify.assessment.Verdict;
import kz.qualify.catalog.Catalog;
import kz.qualify.formats.AssessmentJson;
import kz.qualify.formats.DossierJson;
import kz.qualify.formats.Problem;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code qualify check}: assess one dossier, a folder of them, or a JSON Lines file. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Assess a dossier (JSON), every *.json in a folder, or a JSON Lines file (*.jsonl).",
            "A dossier (a file, or a line of a .jsonl) may hold up to 20 MB; every file of a folder must be a"
                    + " dossier (an empty one is invalid); devices and FIFOs are refused (exit 74).",
            "An invalid dossier's first 100 problems are listed, then how many more there were."
        })
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

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "language of the output: en, ru or kk (JSON in en, the default, carries Russian twins"
                    + " as the contract always has; in ru or kk, every text in that language alone)")
    Lang lang;

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
        if (!Files.isDirectory(input) && !Files.isRegularFile(input)) {
            // /dev/zero reports no size and never ends; a FIFO blocks until a writer comes: neither
            // is a dossier a person meant to check
            err.println(
                    "qualify: " + input + ": not a regular file (a device, a FIFO or a socket): give a dossier file");
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
            long maxBytes = reader.limits().maxBytes();
            return batch(files.size(), i -> Source.of(files.get(i), maxBytes), reader, evaluator, date, out, err);
        }
        if (input.toString().endsWith(".jsonl")) {
            return jsonLines(reader, evaluator, date, out, err);
        }
        return single(reader, evaluator, date, out, err);
    }

    private int single(DossierJson reader, Evaluator evaluator, LocalDate date, PrintWriter out, PrintWriter err) {
        var result = reader.read(input);
        return switch (result) {
            case DossierJson.Result.Invalid(var problems) -> {
                var words = problemWords(lang);
                err.println("qualify: "
                        + words.render(Message.of(
                                "problem.dossier.invalid", Arg.text("file", input.toString()), howMany(problems))));
                problems.forEach(p -> err.println("  " + p.path() + ": " + words.render(p.message())));
                yield ExitCodes.INVALID_DOSSIER;
            }
            case DossierJson.Result.Valid(var dossier) -> {
                var assessment = evaluator.assess(dossier, date);
                if (format == Format.json) {
                    var json = new AssessmentJson(TextReport.wording());
                    out.println(
                            lang == Lang.en
                                    ? json.write(assessment)
                                    : json.write(assessment, Language.of(lang.name())));
                } else TextReport.print(out, assessment, all, lang);
                yield ExitCodes.of(assessment.verdict());
            }
        };
    }

    /**
     * One dossier of a batch: its UTF-8 bytes {@code data[offset, offset + length)}, or, when it is
     * larger than the limit, no bytes and its {@code length}. The name ("file.jsonl:17") is built only
     * when printed.
     */
    record Source(String file, long line, byte @Nullable [] data, int offset, long length) {

        /** The length of an entry of a folder that is no regular file (a FIFO named x.json, say). */
        static final long NOT_A_FILE = -1;

        static Source of(Path file, long maxBytes) {
            if (!Files.isRegularFile(file)) return new Source(file.toString(), 0, null, 0, NOT_A_FILE);
            try {
                long size = Files.size(file);
                if (size > maxBytes) return new Source(file.toString(), 0, null, 0, size);
                var bytes = Files.readAllBytes(file);
                return new Source(file.toString(), 0, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }

        String name() {
            return line == 0 ? file : file + ":" + line;
        }

        boolean blank() {
            if (data == null) return false;
            for (int i = offset, end = offset + (int) length; i < end; i++) {
                byte b = data[i];
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return false;
            }
            return true;
        }
    }

    /**
     * Streams a JSON Lines file in chunks: a reader thread fills the next chunk while both cores
     * assess the current one, so a file of any size runs in constant memory.
     */
    private int jsonLines(DossierJson reader, Evaluator evaluator, LocalDate date, PrintWriter out, PrintWriter err)
            throws IOException {
        var name = input.getFileName().toString();
        var chunks = new java.util.concurrent.ArrayBlockingQueue<JsonLines.Chunk>(2);
        // the buffers of chunks already assessed, for the reader to fill again
        var spare = new java.util.concurrent.ArrayBlockingQueue<byte[]>(4);
        var failure = new java.util.concurrent.atomic.AtomicReference<IOException>();
        var end = new JsonLines.Chunk(new byte[0], new int[0], new int[0], new long[0], 0, 0);
        int maxLine = (int) Math.min(Integer.MAX_VALUE - 16, reader.limits().maxBytes());
        var producer = Thread.ofPlatform().daemon().name("jsonl-reader").start(() -> {
            try (var in = Files.newInputStream(input)) {
                var lines = new JsonLines(in, maxLine, CHUNK);
                JsonLines.Chunk chunk;
                while ((chunk = lines.next(spare.poll())) != null) chunks.put(chunk);
            } catch (IOException e) {
                failure.set(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    chunks.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        var batch = new Batch(reader, evaluator, date, out, err, new Progress(err, 0));
        int offset = 0;
        try {
            while (true) {
                var chunk = chunks.take();
                if (chunk == end) break;
                int base = offset;
                batch.run(
                        chunk.size(),
                        i -> chunk.oversized(i)
                                ? new Source(name, base + i + 1, null, 0, chunk.skipped()[i])
                                : new Source(
                                        name,
                                        base + i + 1,
                                        chunk.data(),
                                        chunk.from()[i],
                                        chunk.to()[i] - chunk.from()[i]));
                offset += chunk.size();
                batch.progress.update(offset, -1);
                // Every dossier of the chunk is read; its outcomes, still to be printed, keep
                // only the source's name and line, so the bytes can be filled again.
                spare.offer(chunk.data());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            producer.interrupt();
        }
        if (failure.get() != null) throw failure.get();
        return batch.finish(offset);
    }

    private interface Sources {
        Source get(int i);
    }

    /** The outcome of one dossier of a batch. */
    private record Outcome(Source source, Assessment assessment, List<Problem> problems, boolean blank) {}

    private int batch(
            int count,
            Sources sources,
            DossierJson reader,
            Evaluator evaluator,
            LocalDate date,
            PrintWriter out,
            PrintWriter err) {
        var batch = new Batch(reader, evaluator, date, out, err, new Progress(err, count));
        for (int start = 0; start < count; start += CHUNK) {
            int from = start;
            int to = Math.min(count, start + CHUNK);
            batch.run(to - from, i -> sources.get(from + i));
            batch.progress.update(to, to);
        }
        return batch.finish(count);
    }

    /** Assesses chunks of dossiers on all cores, prints their lines in order, and keeps the tally. */
    private final class Batch {
        final DossierJson reader;
        final Evaluator evaluator;
        final LocalDate date;
        final PrintWriter out;
        final PrintWriter err;
        final Progress progress;
        final AssessmentJson json = new AssessmentJson(TextReport.wording());
        final EnumMap<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        long invalid;
        int exit = ExitCodes.COMPLIANT;
        /** Prints chunks in the order given; the tallies above are touched only by it. */
        final java.util.concurrent.ExecutorService printer = java.util.concurrent.Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("printer").factory());

        java.util.concurrent.Future<?> printing = java.util.concurrent.CompletableFuture.completedFuture(null);

        Batch(
                DossierJson reader,
                Evaluator evaluator,
                LocalDate date,
                PrintWriter out,
                PrintWriter err,
                Progress progress) {
            this.reader = reader;
            this.evaluator = evaluator;
            this.date = date;
            this.out = out;
            this.err = err;
            this.progress = progress;
        }

        void run(int size, Sources sources) {
            var outcomes = IntStream.range(0, size)
                    .parallel()
                    .mapToObj(i -> {
                        var source = sources.get(i);
                        // a blank line of JSON Lines is skipped; a blank FILE is a dossier that is not there
                        if (source.line() != 0 && source.blank()) return new Outcome(source, null, List.of(), true);
                        if (source.length() == Source.NOT_A_FILE) {
                            var notAFile = new Problem("$", Message.of("problem.input.notAFile"));
                            return new Outcome(source, null, List.of(notAFile), false);
                        }
                        if (source.data() == null) {
                            var tooLarge = new Problem(
                                    "$",
                                    DossierJson.tooLarge(
                                            source.length(),
                                            "bytes",
                                            reader.limits().maxBytes()));
                            return new Outcome(source, null, List.of(tooLarge), false);
                        }
                        return switch (reader.read(source.data(), source.offset(), (int) source.length())) {
                            case DossierJson.Result.Invalid(var problems) -> new Outcome(source, null, problems, false);
                            case DossierJson.Result.Valid(var dossier) ->
                                new Outcome(source, evaluator.assess(dossier, date), List.of(), false);
                        };
                    })
                    .toList();
            // Print on another thread, in order, while both cores go on with the next chunk; at
            // most one chunk waits to be printed.
            awaitPrinting();
            printing = printer.submit(() -> {
                for (var o : outcomes) print(o);
            });
        }

        private void awaitPrinting() {
            try {
                printing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("printing the results failed", e.getCause());
            }
        }

        private void print(Outcome o) {
            if (o.blank()) return;
            if (o.assessment() == null) {
                invalid++;
                exit = ExitCodes.worst(exit, ExitCodes.INVALID_DOSSIER);
                var words = problemWords(lang);
                if (format == Format.json) {
                    out.println("{\"source\":" + quote(o.source().name()) + ",\"verdict\":\"INVALID\",\"problems\":"
                            + o.problems().stream()
                                    .map(p -> "{\"path\":" + quote(p.path()) + ",\"message\":"
                                            + quote(words.render(p.message())) + "}")
                                    .toList()
                            + "}");
                } else {
                    out.println(o.source().name() + "\tINVALID\t"
                            + words.render(howMany(o.problems()).message()) + ": "
                            + o.problems().getFirst().path() + ": "
                            + words.render(o.problems().getFirst().message()));
                }
                return;
            }
            var a = o.assessment();
            verdicts.merge(a.verdict(), 1L, Long::sum);
            exit = ExitCodes.worst(exit, ExitCodes.of(a.verdict()));
            if (format == Format.json) {
                var tree = lang == Lang.en ? json.tree(a) : json.tree(a, Language.of(lang.name()));
                tree.put("source", o.source().name());
                out.println(tree.toString());
            } else {
                out.println(o.source().name() + "\t" + a.verdict() + "\t" + TextReport.oneLine(a, lang));
            }
        }

        int finish(long count) {
            awaitPrinting();
            printer.shutdown();
            progress.finish();
            var summary = new StringBuilder(TextReport.words(lang)
                    .render(Message.of(
                            "report.checked", Arg.count("count", count), TextReport.date("date", date, lang))));
            for (var v : Verdict.values())
                summary.append(v)
                        .append(' ')
                        .append(verdicts.getOrDefault(v, 0L))
                        .append(", ");
            summary.append("INVALID ").append(invalid);
            // The summary goes to stderr in JSON mode so stdout stays pure JSON Lines.
            (format == Format.json ? err : out).println(summary);
            out.flush();
            return exit;
        }
    }

    /** The words of the dossier's problems: loaded when the first dossier is refused, which a valid batch never is. */
    private static final class ProblemWording {
        static final Wording WORDING = new Wording(Phrasebook.load(DossierJson.PROBLEMS), Map.of());
    }

    /** The problems of a refused dossier in the language of the output. */
    static Words problemWords(Lang lang) {
        return ProblemWording.WORDING.in(Language.of(lang.name()));
    }

    /** "3 problem(s)"; past the listed ones (the last says how many more), "more than 100 problems". */
    static Arg.Nested howMany(List<Problem> problems) {
        return Arg.message(
                "count",
                problems.size() > DossierJson.LISTED_PROBLEMS
                        ? Message.of("problem.count.overLimit", Arg.count("listed", DossierJson.LISTED_PROBLEMS))
                        : Message.of("problem.count", Arg.count("count", problems.size())));
    }

    private static String quote(String s) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.textNode(s).toString();
    }

    /**
     * A progress bar on stderr, redrawn in place on a terminal and printed every tenth otherwise.
     * For JSON Lines, whose count is unknown until the end, it shows the dossiers done and the rate.
     */
    private static final class Progress {
        private final PrintWriter err;
        private final long total;
        private final boolean terminal = System.console() != null;
        private final long started = System.nanoTime();
        private int lastTenth = -1;

        Progress(PrintWriter err, long total) {
            this.err = err;
            this.total = total;
        }

        /** @param done dossiers done; @param units the same in the bar's units, or -1 to use dossiers. */
        void update(long done, long units) {
            if (done < CHUNK) return;
            int percent = units >= 0 ? (int) (100 * units / Math.max(1, total)) : -1;
            var seconds = (System.nanoTime() - started) / 1e9;
            var rate = String.format(java.util.Locale.ROOT, "%,.0f/s", done / Math.max(seconds, 1e-9));
            if (terminal) {
                var bar = percent < 0
                        ? ""
                        : "[" + "#".repeat(percent * 30 / 100) + " ".repeat(30 - percent * 30 / 100) + "] " + percent
                                + "% ";
                err.print("\r" + bar + done + " dossiers, " + rate + "   ");
                err.flush();
            } else if (percent < 0 ? done / (CHUNK * 10L) > lastTenth : percent / 10 > lastTenth) {
                lastTenth = percent < 0 ? (int) (done / (CHUNK * 10L)) : percent / 10;
                err.println(
                        "progress: " + done + " dossiers" + (percent < 0 ? "" : " (" + percent + "%)") + ", " + rate);
            }
        }

        void finish() {
            if (terminal) err.println();
        }
    }
}
