package kz.qualify.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.function.Supplier;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.KillDuringSubmissions;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, part 1: nothing acknowledged is lost when the service dies. The packaged jar runs as a
 * process of its own; 40 clients create and file applications with Idempotency-Keys; after 60
 * filings have been answered the process is killed with SIGKILL; it starts again on the same data.
 * Every answered filing must be there once, with its audit entry, the chain intact, and every
 * unanswered one, retried with its key, filed exactly once. One round per database, on fresh data.
 *
 * <p>Before the embedded default wrote each commit to its file (H2's {@code WRITE_DELAY=0}), this
 * lost the filings of the last half second before the kill on H2.
 */
class KillDuringSubmissionsIT {

    static final int CLIENTS = 40;
    static final int KILL_AFTER = 60;

    @Test
    void theEmbeddedDefaultLosesNoAcknowledgedSubmissionWhenKilled() throws Exception {
        roundOn(Databases::h2);
    }

    @Test
    void postgresqlLosesNoAcknowledgedSubmissionWhenKilled() throws Exception {
        roundOn(Databases::postgres);
    }

    private static void roundOn(Supplier<Databases> fresh) throws Exception {
        try (var db = fresh.get()) {
            var arguments = new ArrayList<String>();
            db.properties().forEach((k, v) -> arguments.add("--" + k + "=" + v));
            var log = Files.createTempFile("qualify-crash-", ".log");
            var round = new KillDuringSubmissions(new KillDuringSubmissions.Settings(
                            Path.of("target", "qualify-service.jar"),
                            Path.of("..", "examples", "activity-7-electricity-supply.json"),
                            arguments,
                            CLIENTS,
                            KILL_AFTER,
                            log))
                    .run();
            var what = db.name() + ": " + round.summary();
            // the round means something only if the kill came while filings were answered and in flight
            assertThat(round.acknowledged()).as(what).isGreaterThanOrEqualTo(KILL_AFTER);
            assertThat(round.refusedBeforeKill()).as(what).isEmpty();
            assertThat(round.lost()).as(what).isEmpty();
            assertThat(round.chainIntactAfterRestart()).as(what).isTrue();
            assertThat(round.retryFailures()).as(what).isEmpty();
            assertThat(round.chainIntactAfterRetries()).as(what).isTrue();
            Files.deleteIfExists(log);
        }
    }
}
