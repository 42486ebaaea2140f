package kz.qualify.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qualify.service.web.CpuBound;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsTest {

    final CpuBound cpu = new CpuBound();

    @AfterEach
    void stop() {
        cpu.close();
    }

    static final class Counting implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();
        volatile boolean hashedOnVirtualThread;

        @Override
        public String encode(@Nullable CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
            checks.incrementAndGet();
            hashedOnVirtualThread |= Thread.currentThread().isVirtual();
            return bcrypt.matches(raw, encoded);
        }
    }

    @Test
    void aVerifiedPasswordIsNotHashedAgainUntilTheStoredHashChanges() {
        var counting = new Counting();
        var encoder = new VerifiedCredentials(counting, cpu);
        var hash = encoder.encode("correct horse");
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        assertThat(counting.checks.get()).isEqualTo(1);

        var changed = encoder.encode("correct horse");
        assertThat(encoder.matches("correct horse", changed)).isTrue();
        assertThat(counting.checks.get()).isEqualTo(2);
    }

    @Test
    void anOldPasswordRememberedAsVerifiedDoesNotMatchThePasswordAnAdministratorSetInItsPlace() {
        var counting = new Counting();
        var encoder = new VerifiedCredentials(counting, cpu);
        var old = encoder.encode("the user's own one");
        assertThat(encoder.matches("the user's own one", old)).isTrue();

        var setByAdministrator = encoder.encode("set by an administrator");
        assertThat(encoder.matches("the user's own one", setByAdministrator)).isFalse();
        assertThat(encoder.matches("set by an administrator", setByAdministrator))
                .isTrue();
        assertThat(encoder.matches("set by an administrator", old)).isFalse();
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        var counting = new Counting();
        var encoder = new VerifiedCredentials(counting, cpu);
        var hash = encoder.encode("correct horse");
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(counting.checks.get()).isEqualTo(2);
    }

    @Test
    void aRequestOnAVirtualThreadHasItsPasswordHashedOnAPlatformThread() throws Exception {
        var counting = new Counting();
        var encoder = new VerifiedCredentials(counting, cpu);
        var hash = encoder.encode("correct horse");
        var matched = new AtomicBoolean();
        Thread.ofVirtual()
                .start(() -> matched.set(encoder.matches("correct horse", hash)))
                .join();
        assertThat(matched).isTrue();
        assertThat(counting.checks.get()).isEqualTo(1);
        assertThat(counting.hashedOnVirtualThread).isFalse();
    }
}
