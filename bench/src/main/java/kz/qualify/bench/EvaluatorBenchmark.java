package kz.qualify.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Evaluator;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The evaluator alone, on one thread: a dossier of item 1 (the item with the 70 % staff share) with
 * 100 and 10 000 staff rows. Target: ≤ 20 µs for 100 staff, and linear in staff.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EvaluatorBenchmark {

    @Param({"100", "10000"})
    int staff;

    private Evaluator evaluator;
    private Dossier dossier;
    private final LocalDate asOf = LocalDate.of(2012, 11, 1);

    @Setup
    public void setUp() {
        evaluator = Catalog.standard().evaluator();
        dossier =
                SampleDossiers.withStaff(SampleDossiers.example("activity-1-electricity-transmission.json"), staff, 42);
    }

    @Benchmark
    public Assessment assess() {
        return evaluator.assess(dossier, asOf);
    }
}
