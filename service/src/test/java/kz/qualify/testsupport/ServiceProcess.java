package kz.qualify.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code java -jar qualify-service.jar}) as a process of its own, so that it
 * can be killed as a crash kills it ({@link #kill}: SIGKILL, no shutdown hook, no clean close of the
 * database) and started again on the same data.
 *
 * <p>Plain JDK only: {@code scripts/crash/rounds.sh} runs this package from source ({@code java
 * KillDuringSubmissions.java}, JDK 22+ multi-file source launch), outside Maven.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(240);

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar on a free port with the given arguments ({@code --name=value}) and waits until
     * its health endpoint says UP.
     */
    public static ServiceProcess start(Path jar, List<String> arguments, Path log) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": build it with ./mvnw -pl service -am package");
        }
        int port = freePort();
        var line = new ArrayList<String>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // two services and the clients share a small machine: keep each JVM's footprint small
                "-XX:TieredStopAtLevel=1",
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--logging.level.root=WARN"));
        line.addAll(arguments);
        var process = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        var started = new ServiceProcess(process, port, log);
        started.awaitReady();
        return started;
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** As a crash ends it: SIGKILL, at once; nothing of the service runs after this. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS))
            throw new IllegalStateException("the killed service is still alive");
    }

    /** A clean stop (SIGTERM: the service closes its database). */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) kill();
    }

    private void awaitReady() throws IOException {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        var health = HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "the service stopped before it was ready (exit " + process.exitValue() + "): " + tail());
                }
                try {
                    var r = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"UP\"")) return;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready in " + READY_WITHIN.toSeconds() + " s: " + tail());
    }

    private String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
