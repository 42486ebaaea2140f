package kz.qualify.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");

    static FailedLogins fail(int times, Instant from, Duration apart) {
        FailedLogins failed = null;
        for (int i = 0; i < times; i++) failed = POLICY.afterFailure(failed, from.plus(apart.multipliedBy(i)));
        return failed;
    }

    @Test
    void theFifthFailureWithinTheWindowLocksTheUsernameForTheLockout() {
        var four = fail(4, T0, Duration.ofMinutes(1));
        assertThat(four.count()).isEqualTo(4);
        assertThat(four.lockedUntil()).isNull();
        assertThat(POLICY.lockedFor(four, T0.plus(Duration.ofMinutes(4)))).isEmpty();

        var fifthAt = T0.plus(Duration.ofMinutes(14));
        var five = POLICY.afterFailure(four, fifthAt);
        assertThat(five.count()).isEqualTo(5);
        assertThat(five.lockedUntil()).isEqualTo(fifthAt.plus(Duration.ofMinutes(15)));
        assertThat(POLICY.lockedFor(five, fifthAt)).contains(Duration.ofMinutes(15));
        assertThat(POLICY.lockedFor(five, fifthAt.plus(Duration.ofMinutes(10)))).contains(Duration.ofMinutes(5));
        assertThat(POLICY.lockedFor(five, fifthAt.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        var four = fail(4, T0, Duration.ofMinutes(1));
        // the window runs from the first failure: at T0 + 15 min it has passed
        var next = POLICY.afterFailure(four, T0.plus(Duration.ofMinutes(15)));
        assertThat(next.count()).isEqualTo(1);
        assertThat(next.since()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(next.lockedUntil()).isNull();

        var justInside =
                POLICY.afterFailure(four, T0.plus(Duration.ofMinutes(15)).minusMillis(1));
        assertThat(justInside.count()).isEqualTo(5);
        assertThat(justInside.lockedUntil()).isNotNull();
    }

    @Test
    void afterALockOutEndsTheCountStartsAgain() {
        var locked = fail(5, T0, Duration.ofSeconds(1));
        var afterLock = locked.lockedUntil().plusSeconds(1);
        var next = POLICY.afterFailure(locked, afterLock);
        assertThat(next.count()).isEqualTo(1);
        assertThat(next.lockedUntil()).isNull();
    }

    @Test
    void nothingRecordedLocksNothing() {
        assertThat(POLICY.lockedFor(null, T0)).isEmpty();
        var first = POLICY.afterFailure(null, T0);
        assertThat(first).isEqualTo(new FailedLogins(1, T0, null));
        assertThat(new LockoutPolicy(1, Duration.ofMinutes(1), Duration.ofMinutes(2))
                        .afterFailure(null, T0)
                        .lockedUntil())
                .isEqualTo(T0.plus(Duration.ofMinutes(2)));
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(new LoginThrottled(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new LoginThrottled(Duration.ofMillis(1500)).retryAfterSeconds())
                .isEqualTo(2);
        assertThat(new LoginThrottled(Duration.ofMinutes(15)).retryAfterSeconds())
                .isEqualTo(900);
    }
}
