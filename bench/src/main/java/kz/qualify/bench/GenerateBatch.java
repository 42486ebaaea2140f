package kz.qualify.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import kz.qualify.formats.DossierJson;

/**
 * Writes N dossiers as JSON Lines for the CLI benchmark: the seven committed examples in turn, each
 * with a staff table of 20 to 200 rows.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar kz.qualify.bench.GenerateBatch 100000 target/batch.jsonl}
 */
public final class GenerateBatch {

    private GenerateBatch() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateBatch COUNT OUTPUT.jsonl");
            System.exit(64);
        }
        int count = Integer.parseInt(args[0]);
        var out = Path.of(args[1]);
        var json = new DossierJson(Catalog.standard());
        List<Dossier> examples = new ArrayList<>();
        try (var files = Files.list(SampleDossiers.examples())) {
            for (var f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                examples.add(SampleDossiers.example(f.getFileName().toString()));
            }
        }
        var random = new java.util.SplittableRandom(7);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                var d = examples.get(i % examples.size());
                var grown = SampleDossiers.withStaff(d, 20 + random.nextInt(181), i);
                w.write(json.writeCompact(grown));
                w.newLine();
            }
        }
        System.err.println("wrote " + count + " dossiers to " + out + " (" + Files.size(out) / (1024 * 1024) + " MiB)");
    }
}
