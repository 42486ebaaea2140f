package kz.qualify.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsTest {

    static final class Counting implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(@Nullable CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    @Test
    void aVerifiedPasswordIsNotHashedAgainUntilTheStoredHashChanges() {
        var counting = new Counting();
        var encoder = new VerifiedCredentials(counting);
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
        var encoder = new VerifiedCredentials(counting);
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
        var encoder = new VerifiedCredentials(counting);
        var hash = encoder.encode("correct horse");
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(counting.checks.get()).isEqualTo(2);
    }
}
