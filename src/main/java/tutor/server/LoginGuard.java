package tutor.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins limited per student id, not per address (a whole class shares one address behind a NAT): after
 * FREE failures in a row, each further try waits twice as long as the last (1 s, 2 s, 4 s ... at most MAX), and a
 * try during the wait is refused without being checked. A success clears the count.
 */
public final class LoginGuard {
    static final int FREE = 3;
    static final Duration MAX = Duration.ofMinutes(5);

    private record Failures(int count, Instant until) {}

    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginGuard(Clock clock) {
        this.clock = clock;
    }

    /** How long this id must still wait before a try is checked; zero when it may try now. */
    public Duration wait(String id) {
        Failures f = failures.get(key(id));
        if (f == null || f.until == null) return Duration.ZERO;
        Duration left = Duration.between(clock.instant(), f.until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String id) {
        failures.compute(key(id), (k, f) -> {
            int count = f == null ? 1 : f.count + 1;
            if (count < FREE) return new Failures(count, null);
            long seconds = count - FREE >= 9 ? MAX.toSeconds() : Math.min(MAX.toSeconds(), 1L << (count - FREE));
            return new Failures(count, clock.instant().plusSeconds(seconds));
        });
    }

    public void succeeded(String id) {
        failures.remove(key(id));
    }

    private static String key(String id) {
        return id == null ? "" : id.toLowerCase(Locale.ROOT);
    }
}
