package kz.qualify.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CpuBoundTest {

    final CpuBound cpu = new CpuBound();

    @AfterEach
    void stop() {
        cpu.close();
    }

    /** Runs the body on a new virtual thread, as a request is run, and returns what it returned or threw. */
    private static Object onVirtualThread(ThrowingSupplier body) throws InterruptedException {
        var out = new AtomicReference<Object>();
        Thread.ofVirtual()
                .start(() -> {
                    try {
                        out.set(body.get());
                    } catch (Throwable t) {
                        out.set(t);
                    }
                })
                .join();
        return out.get();
    }

    interface ThrowingSupplier {
        Object get() throws Exception;
    }

    @Test
    void workFromAVirtualThreadRunsOnAPlatformThreadOfItsOwn() throws Exception {
        var thread = onVirtualThread(() -> cpu.run(Thread::currentThread));
        assertThat(thread).isInstanceOf(Thread.class);
        assertThat(((Thread) thread).isVirtual()).isFalse();
        assertThat(((Thread) thread).getName()).startsWith("cpu-bound-");
    }

    @Test
    void workFromAPlatformThreadRunsWhereItIsCalled() {
        assertThat(cpu.run(Thread::currentThread)).isSameAs(Thread.currentThread());
    }

    @Test
    void theWorksOwnExceptionsComeOutAsTheyWereThrown() throws Exception {
        var checked = onVirtualThread(() -> cpu.run(() -> {
            throw new IOException("unreadable table");
        }));
        assertThat(checked).isInstanceOf(IOException.class).hasFieldOrPropertyWithValue("message", "unreadable table");

        var unchecked = onVirtualThread(() -> cpu.run(() -> {
            throw new IllegalArgumentException("bad row");
        }));
        assertThat(unchecked).isInstanceOf(IllegalArgumentException.class);

        assertThatThrownBy(() -> cpu.run(() -> {
                    throw new IOException("inline");
                }))
                .isInstanceOf(IOException.class);
    }
}
