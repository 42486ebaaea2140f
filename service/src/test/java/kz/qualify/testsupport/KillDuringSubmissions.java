package kz.qualify.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One round of the crash test of issue 10: the packaged service runs as a process of its own; many
 * clients at once create applications and file them with an {@code Idempotency-Key} each; the
 * service is killed with SIGKILL part-way; it is started again on the same data; then
 *
 * <ul>
 *   <li>every submission that had been answered 201/200 must be there: the application filed (not
 *       back in draft), exactly one submission stored, exactly one {@code application.submitted}
 *       entry in the audit trail, and the trail must verify;
 *   <li>every submission that was sent but never answered is retried with its key: each must be
 *       answered 201 and filed exactly once, whatever the crash left of it.
 * </ul>
 *
 * <p>Used by {@code KillDuringSubmissionsIT} (one round on each database, in the build) and by
 * {@code scripts/crash/rounds.sh} (N rounds, by hand) through {@link #main}. Plain JDK only, so the
 * script can run it from source; the JSON it reads is picked with patterns, which is enough for
 * the few fields it needs.
 */
public final class KillDuringSubmissions {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "crash-admin-password";
    private static final String APPLICANT = "crash-applicant";
    private static final String APPLICANT_INITIAL = "crash-initial-password";
    private static final String APPLICANT_PASSWORD = "crash-applicant-password";
    /** The organisation of {@code examples/activity-7-electricity-supply.json}: its dossier is filed. */
    private static final String BIN = "080440010005";

    private static final String NAME = "ТОО «Алатау Энергосауда»";

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern INTACT = Pattern.compile("\"intact\"\\s*:\\s*true");
    private static final Pattern SUBMISSION_NUMBER = Pattern.compile("\"number\"\\s*:\\s*\\d+");
    private static final Pattern SUBMITTED_ENTRY = Pattern.compile("\"action\"\\s*:\\s*\"application\\.submitted\"");

    /**
     * What a round does.
     *
     * @param jar the packaged service
     * @param dossier the dossier every application files (the activity 7 example)
     * @param serviceArguments where the data live: {@code --qualify.data-dir=…} and, for PostgreSQL,
     *     the {@code --spring.datasource.*} settings; the same on both starts
     * @param clients concurrent clients creating and filing applications
     * @param killAfter the number of answered submissions after which the service is killed
     * @param log the file the service's output goes to
     */
    public record Settings(
            Path jar, Path dossier, List<String> serviceArguments, int clients, int killAfter, Path log) {}

    /** A submission as a client saw it: its application, its key, and the status it was answered with (0: none). */
    record Sent(long application, String key, int status) {
        boolean acknowledged() {
            return status == 201 || status == 200;
        }

        /** No answer (the process died), or 503: the service said it could not serve it now (nothing filed). */
        boolean unanswered() {
            return status == 0 || status == UNAVAILABLE;
        }
    }

    /** Overloaded or without a database connection for a moment: "try again", which a client does. */
    private static final int UNAVAILABLE = 503;

    /**
     * What a round found.
     *
     * @param acknowledged submissions answered 201/200 before the kill
     * @param lost those of them not found filed exactly once, with their audit entry, after the restart
     *     (each with what was wrong)
     * @param unanswered submissions sent but not answered when the service died
     * @param retryFailures unanswered ones that, retried with their key after the restart, were not
     *     answered 201 or not filed exactly once (each with what was wrong)
     * @param refusedBeforeKill answers other than 200/201 before the kill (none are expected)
     * @param chainIntactAfterRestart the audit trail verified after the restart
     * @param chainIntactAfterRetries and again after the retries
     * @param submissionsPerSecond answered submissions per second until the kill
     */
    public record Round(
            int acknowledged,
            List<String> lost,
            int unanswered,
            List<String> retryFailures,
            List<String> refusedBeforeKill,
            boolean chainIntactAfterRestart,
            boolean chainIntactAfterRetries,
            double submissionsPerSecond) {

        public String summary() {
            return "acknowledged %d, lost %d; unanswered %d, retried and filed once %d; chain %s after restart, %s after retries; %.1f submissions/s"
                    .formatted(
                            acknowledged,
                            lost.size(),
                            unanswered,
                            unanswered - retryFailures.size(),
                            chainIntactAfterRestart ? "intact" : "BROKEN",
                            chainIntactAfterRetries ? "intact" : "BROKEN",
                            submissionsPerSecond);
        }
    }

    private final Settings settings;
    private final HttpClient http;

    public KillDuringSubmissions(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    public Round run() throws IOException, InterruptedException {
        var arguments = new ArrayList<>(settings.serviceArguments());
        arguments.addAll(List.of(
                "--qualify.admin.username=" + ADMIN,
                "--qualify.admin.password=" + ADMIN_PASSWORD,
                "--qualify.legal-date=2012-11-01"));
        var dossier = Files.readString(settings.dossier());
        var sent = Collections.synchronizedList(new ArrayList<Sent>());
        var refused = Collections.synchronizedList(new ArrayList<String>());
        double rate;
        var service = ServiceProcess.start(settings.jar(), arguments, settings.log());
        try {
            var base = service.base();
            var applicant = prepareApplicant(base);
            var answered = new AtomicInteger();
            var killed = new AtomicBoolean();
            var enough = new CountDownLatch(1);
            var running = new AtomicInteger(settings.clients());
            var pool = Executors.newVirtualThreadPerTaskExecutor();
            long t0 = System.nanoTime();
            for (int c = 0; c < settings.clients(); c++) {
                pool.submit(() -> {
                    try {
                        fileUntilKilled(base, applicant, dossier, killed, answered, enough, sent, refused);
                    } finally {
                        // every client gave up before enough were answered: nothing to wait for
                        if (running.decrementAndGet() == 0) enough.countDown();
                    }
                });
            }

            // bounded: if the service files slower than expected, it is killed after a minute anyway
            enough.await(60, TimeUnit.SECONDS);
            killed.set(true);
            service.kill();
            rate = answered.get() / ((System.nanoTime() - t0) / 1e9);
            pool.shutdown();
            if (!pool.awaitTermination(60, TimeUnit.SECONDS)) throw new IllegalStateException("clients still running");
        } finally {
            service.kill();
        }

        var acknowledged = sent.stream().filter(Sent::acknowledged).toList();
        var unanswered = sent.stream().filter(Sent::unanswered).toList();
        try (var restarted = ServiceProcess.start(settings.jar(), arguments, settings.log())) {
            var base = restarted.base();
            var applicant = credentials(APPLICANT, APPLICANT_PASSWORD);
            var lost = inParallel(acknowledged, s -> filedOnce(base, applicant, s.application()));
            boolean intactAfterRestart = chainIntact(base);
            var retryFailures = inParallel(unanswered, s -> {
                HttpResponse<String> retried = null;
                int tries = 0;
                do {
                    if (retried != null) pauseAsAsked(retried);
                    retried = send(
                            base,
                            applicant,
                            "POST",
                            "/api/applications/" + s.application() + "/submit",
                            "",
                            "Idempotency-Key",
                            s.key());
                } while (retried.statusCode() == UNAVAILABLE && ++tries < 5);
                if (retried.statusCode() != 201) return "retry answered " + retried.statusCode() + " " + retried.body();
                return filedOnce(base, applicant, s.application());
            });
            return new Round(
                    acknowledged.size(),
                    lost,
                    unanswered.size(),
                    retryFailures,
                    List.copyOf(refused),
                    intactAfterRestart,
                    chainIntact(base),
                    rate);
        }
    }

    /** One client: creates an application, puts the dossier, files it; again, until the service is gone. */
    private void fileUntilKilled(
            String base,
            String applicant,
            String dossier,
            AtomicBoolean killed,
            AtomicInteger answered,
            CountDownLatch enough,
            List<Sent> sent,
            List<String> refused) {
        while (!killed.get()) {
            long id;
            try {
                var created = send(base, applicant, "POST", "/api/applications", "{\"activity\":7}");
                if (created.statusCode() == UNAVAILABLE) {
                    pauseAsAsked(created);
                    continue;
                }
                if (created.statusCode() != 201) {
                    if (!killed.get()) refused.add("create: " + created.statusCode() + " " + created.body());
                    return;
                }
                id = Long.parseLong(first(ID, created.body()));
                var edited = send(
                        base,
                        applicant,
                        "PUT",
                        "/api/applications/" + id + "/dossier",
                        dossier,
                        "If-Match",
                        created.headers().firstValue("ETag").orElseThrow());
                if (edited.statusCode() == UNAVAILABLE) {
                    pauseAsAsked(edited);
                    continue;
                }
                if (edited.statusCode() != 200) {
                    if (!killed.get()) refused.add("dossier " + id + ": " + edited.statusCode() + " " + edited.body());
                    return;
                }
            } catch (IOException | InterruptedException serviceGone) {
                return;
            }
            var key = UUID.randomUUID().toString();
            int status;
            try {
                status = send(
                                base,
                                applicant,
                                "POST",
                                "/api/applications/" + id + "/submit",
                                "",
                                "Idempotency-Key",
                                key)
                        .statusCode();
            } catch (IOException | InterruptedException noAnswer) {
                status = 0;
            }
            var one = new Sent(id, key, status);
            sent.add(one);
            if (one.acknowledged()) {
                if (answered.incrementAndGet() >= settings.killAfter()) enough.countDown();
            } else if (!one.unanswered()) {
                if (!killed.get()) refused.add("submit " + id + ": " + status);
                return;
            }
        }
    }

    /** Waits as a 503's Retry-After asks (at most 2 s: the round is bounded). */
    private static void pauseAsAsked(HttpResponse<String> answer) throws InterruptedException {
        long seconds = answer.headers().firstValueAsLong("Retry-After").orElse(1);
        Thread.sleep(Math.min(2_000, Math.max(200, seconds * 1_000)));
    }

    /** Null when the application is filed exactly once with its audit entry, else what is wrong. */
    private String filedOnce(String base, String applicant, long id) throws IOException, InterruptedException {
        var app = send(base, applicant, "GET", "/api/applications/" + id, null);
        if (app.statusCode() != 200) return "application " + id + " answered " + app.statusCode();
        var state = first(STATE, app.body());
        if (!"SUBMITTED".equals(state)) return "application " + id + " is " + state;
        var submissions = send(base, applicant, "GET", "/api/applications/" + id + "/submissions", null);
        long filed = SUBMISSION_NUMBER.matcher(submissions.body()).results().count();
        if (filed != 1) return "application " + id + " filed " + filed + " times";
        var audit = send(
                base, credentials(ADMIN, ADMIN_PASSWORD), "GET", "/api/audit?entity=application&entityId=" + id, null);
        long entries = SUBMITTED_ENTRY.matcher(audit.body()).results().count();
        if (entries != 1) return "application " + id + " has " + entries + " audit entries of its filing";
        return null;
    }

    private boolean chainIntact(String base) throws IOException, InterruptedException {
        var verify = send(base, credentials(ADMIN, ADMIN_PASSWORD), "GET", "/api/audit/verify", null);
        return verify.statusCode() == 200 && INTACT.matcher(verify.body()).find();
    }

    /** An organisation with one applicant account (its temporary password already replaced). */
    private String prepareApplicant(String base) throws IOException, InterruptedException {
        var admin = credentials(ADMIN, ADMIN_PASSWORD);
        var org = send(
                base,
                admin,
                "POST",
                "/api/organisations",
                "{\"legalForm\":\"LEGAL_ENTITY\",\"taxId\":\"%s\",\"name\":\"%s\",\"address\":\"г. Алматы\"}"
                        .formatted(BIN, NAME.replace("\"", "\\\"")));
        expect(org, 201);
        var account = send(
                base,
                admin,
                "POST",
                "/api/accounts",
                "{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"APPLICANT\",\"organisationId\":%s}"
                        .formatted(APPLICANT, APPLICANT_INITIAL, first(ID, org.body())));
        expect(account, 201);
        var changed = send(
                base,
                credentials(APPLICANT, APPLICANT_INITIAL),
                "PUT",
                "/api/me/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(APPLICANT_INITIAL, APPLICANT_PASSWORD));
        expect(changed, 204);
        return credentials(APPLICANT, APPLICANT_PASSWORD);
    }

    private interface Check<T> {
        String problem(T item) throws IOException, InterruptedException;
    }

    /** The problems the check finds, on a few threads (the restarted service answers many reads at once). */
    private static <T> List<String> inParallel(List<T> items, Check<T> check) throws InterruptedException {
        var problems = new ConcurrentHashMap<Integer, String>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < items.size(); i++) {
                int at = i;
                pool.submit(() -> {
                    try {
                        var problem = check.problem(items.get(at));
                        if (problem != null) problems.put(at, problem);
                    } catch (IOException | InterruptedException | RuntimeException e) {
                        problems.put(at, items.get(at) + ": " + e);
                    }
                });
            }
        }
        return problems.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
    }

    private HttpResponse<String> send(
            String base, String credentials, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials)
                .header("Accept-Language", "en");
        if (body != null) b.header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String credentials(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String first(Pattern pattern, String json) {
        var m = pattern.matcher(json);
        if (!m.find()) throw new IllegalStateException("no " + pattern + " in " + json);
        return m.group(1);
    }

    /**
     * {@code scripts/crash/rounds.sh}: {@code java KillDuringSubmissions.java JAR DOSSIER ROUNDS CLIENTS
     * KILL_AFTER WORKDIR [service arguments…]}. Each round starts on a fresh data folder under
     * WORKDIR (the embedded default unless the arguments name another database); prints one line
     * per round and a total; exits 1 if anything acknowledged was lost.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println(
                    "usage: KillDuringSubmissions JAR DOSSIER ROUNDS CLIENTS KILL_AFTER WORKDIR [--service.argument=…]");
            System.exit(64);
        }
        var jar = Path.of(args[0]);
        var dossier = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int killAfter = Integer.parseInt(args[4]);
        var work = Path.of(args[5]);
        var extra = List.of(args).subList(6, args.length);
        int acknowledged = 0, lost = 0, unanswered = 0, retriedBadly = 0;
        boolean broken = false;
        for (int r = 1; r <= rounds; r++) {
            var data = Files.createDirectories(work.resolve("round-" + r));
            var arguments = new ArrayList<String>();
            arguments.add("--qualify.data-dir=" + data.toAbsolutePath());
            arguments.addAll(extra);
            var round = new KillDuringSubmissions(
                            new Settings(jar, dossier, arguments, clients, killAfter, data.resolve("service.log")))
                    .run();
            System.out.println("round " + r + ": " + round.summary());
            round.lost().stream().limit(5).forEach(p -> System.out.println("  lost: " + p));
            round.retryFailures().stream().limit(5).forEach(p -> System.out.println("  retry: " + p));
            round.refusedBeforeKill().stream().limit(5).forEach(p -> System.out.println("  refused: " + p));
            acknowledged += round.acknowledged();
            lost += round.lost().size();
            unanswered += round.unanswered();
            retriedBadly += round.retryFailures().size();
            broken |= !round.chainIntactAfterRestart() || !round.chainIntactAfterRetries();
        }
        System.out.printf(
                Locale.ROOT,
                "total over %d rounds: acknowledged %d, lost %d; unanswered %d, not filed exactly once on retry %d; audit chain %s%n",
                rounds,
                acknowledged,
                lost,
                unanswered,
                retriedBadly,
                broken ? "BROKEN in some round" : "intact in every round");
        System.exit(lost == 0 && retriedBadly == 0 && !broken ? 0 : 1);
    }
}
