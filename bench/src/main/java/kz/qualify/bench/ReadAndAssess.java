package kz.qualify.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import kz.qualify.formats.DossierJson;

/**
 * Where a batch's time goes, per dossier and on one thread: reading (UTF-8 bytes to a validated
 * dossier) and assessing, each timed over every line of a JSON Lines file, round after round until
 * the JIT has settled. The CLI benchmark times the whole command; this splits it.
 *
 * <pre>java -Xmx8g -cp bench/target/benchmarks.jar kz.qualify.bench.ReadAndAssess FILE.jsonl [ROUNDS]</pre>
 *
 * Quote the later rounds: the first ones include compilation.
 */
public final class ReadAndAssess {

    private ReadAndAssess() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ReadAndAssess FILE.jsonl [ROUNDS]");
            System.exit(64);
        }
        var lines = Files.readAllLines(Path.of(args[0])).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toList();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        var catalog = Catalog.standard();
        var reader = new DossierJson(catalog);
        var evaluator = catalog.evaluator();
        var date = LocalDate.of(2012, 11, 1);
        for (int round = 1; round <= rounds; round++) {
            var dossiers = new ArrayList<Dossier>(lines.size());
            long start = System.nanoTime();
            for (var line : lines) {
                if (reader.read(line) instanceof DossierJson.Result.Valid(var dossier)) dossiers.add(dossier);
            }
            long read = System.nanoTime();
            long findings = 0;
            for (var dossier : dossiers)
                findings += evaluator.assess(dossier, date).findings().size();
            long assessed = System.nanoTime();
            System.out.printf(
                    "round %2d: read %4d µs, assess %4d µs per dossier (%d dossiers, %d invalid, %d findings)%n",
                    round,
                    (read - start) / 1000 / lines.size(),
                    (assessed - read) / 1000 / Math.max(1, dossiers.size()),
                    lines.size(),
                    lines.size() - dossiers.size(),
                    findings);
        }
    }
}
