package kz.qualify.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test moves forward instead of sleeping. An instance started with {@link #properties()}
 * and the {@link Use} configuration reads its time from this clock.
 */
public final class MovableClock extends Clock {

    private static final String PROPERTY = "qualify.test.clock";
    private static final Map<String, MovableClock> CLOCKS = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();
    private volatile Instant now;

    private MovableClock(Instant start) {
        this.now = start;
    }

    public static MovableClock startingNow() {
        return startingAt(Instant.now());
    }

    /** A clock set to {@code start}: a day of 2012 or 2013, say, whose holidays the statutory clock knows. */
    public static MovableClock startingAt(Instant start) {
        var clock = new MovableClock(start);
        CLOCKS.put(clock.id, clock);
        return clock;
    }

    /** Sets the time, forwards or back. */
    public synchronized void set(Instant instant) {
        now = instant;
    }

    /**
     * Starts an instance that runs on this clock and purges what has expired every 200 ms, so that a
     * test which moves the clock sees records go without waiting for the default interval.
     */
    public Instance startInstance(Databases db) {
        var properties = new HashMap<String, Object>(properties());
        properties.put("qualify.purge-interval", "200ms");
        return Instance.start(db, properties, Use.class);
    }

    /** The property that points an instance's {@link Use} configuration at this clock. */
    public Map<String, Object> properties() {
        return Map.of(PROPERTY, id);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Replaces the service's clock with the movable clock named by {@code qualify.test.clock}. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    public static class Use {
        @Bean
        @Primary
        Clock movableClock(@Value("${" + PROPERTY + "}") String id) {
            var clock = CLOCKS.get(id);
            if (clock == null) throw new IllegalStateException("no movable clock " + id);
            return clock;
        }
    }
}
