package kz.qualify.service.web;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * Runs CPU-heavy work — a BCrypt round, reading an uploaded spreadsheet — on platform threads.
 *
 * <p>Requests run on virtual threads (a 2-core machine under load otherwise has dozens of runnable
 * request threads, and the JIT compilers, one thread among them, take minutes to warm the service
 * up). Virtual threads share one carrier thread per core and are not time-sliced: a tenth of a
 * second of hashing on a carrier would hold up every request queued behind it. Platform threads are
 * scheduled by the operating system like any other, so such work shares the cores with the
 * requests instead of stopping them; the virtual thread that waits for it unmounts meanwhile.
 */
@Component
public final class CpuBound implements AutoCloseable {

    /** Work that returns a value and may throw one kind of checked exception. */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {
        T run() throws X;
    }

    private final ExecutorService pool;

    public CpuBound() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("cpu-bound-", 1).daemon().factory());
    }

    /**
     * Runs the work on a platform thread and returns its result; called from a platform thread
     * (start-up, tests), it runs right there.
     */
    public <T, X extends Exception> T run(Work<T, X> work) throws X {
        if (!Thread.currentThread().isVirtual()) return work.run();
        var future = pool.submit(work::run);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for CPU-bound work");
        } catch (ExecutionException e) {
            throw CpuBound.<X>rethrow(e.getCause());
        }
    }

    /**
     * Runs the work on a platform thread later, without waiting for it: for work a request starts but
     * must not hold its database connection through (a document signed after a commit).
     */
    public void later(Runnable work) {
        pool.execute(work);
    }

    /** The work's own exception, as it threw it: only X or an unchecked one can come out of it. */
    @SuppressWarnings("unchecked")
    private static <X extends Exception> X rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error err) throw err;
        return (X) cause;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
