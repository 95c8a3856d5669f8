package tutor.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed codes slowed down per id typed, not per address (a whole class shares one address behind a NAT): after FREE
 * failures in a row, each further try is held until a wait has passed (1 s, 2 s, 4 s ... at most MAX) and then
 * checked. A try is never refused for arriving during a wait, so nobody can keep a student from their first login
 * for more than MAX by trying wrong codes in their name; a recorded key is never held at all. Every id typed is
 * counted the same way, on the roster or not, so the waits tell nothing about who is on it; the ids remembered are
 * bounded (MAX_IDS, the longest cut), the oldest forgotten first. A success clears the count.
 */
public final class LoginGuard {
    public static final int FREE = 3;
    /** The longest a try is held: nobody is kept from logging in with the right code for longer. */
    public static final Duration MAX = Duration.ofSeconds(30);
    /** A refused code is answered this long after its wait, whatever the reason (see CodeChecks). */
    public static final Duration REFUSAL_TIME = Duration.ofSeconds(1);
    static final int MAX_IDS = 10_000;

    private record Failures(int count, Instant until, Instant last) {}

    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginGuard(Clock clock) {
        this.clock = clock;
    }

    /** How long a try for this id made now is held before it is checked; zero when it is checked at once. */
    public Duration wait(String id) {
        Failures f = failures.get(key(id));
        if (f == null || f.until == null) return Duration.ZERO;
        Duration left = Duration.between(clock.instant(), f.until);
        return left.isNegative() ? Duration.ZERO : left.compareTo(MAX) > 0 ? MAX : left;
    }

    public void failed(String id) {
        if (failures.size() >= MAX_IDS) forgetOldest();
        Instant now = clock.instant();
        failures.compute(key(id), (k, f) -> {
            int count = f == null ? 1 : f.count + 1;
            if (count < FREE) return new Failures(count, null, now);
            long seconds = count - FREE >= 5 ? MAX.toSeconds() : Math.min(MAX.toSeconds(), 1L << (count - FREE));
            return new Failures(count, now.plusSeconds(seconds), now);
        });
    }

    public void succeeded(String id) {
        failures.remove(key(id));
    }

    int remembered() {
        return failures.size();
    }

    /** Ids whose wait is over and whose last failure is older than a few MAX go first; else the oldest tenth. */
    private synchronized void forgetOldest() {
        if (failures.size() < MAX_IDS) return;
        Instant stale = clock.instant().minus(MAX.multipliedBy(4));
        failures.entrySet().removeIf(e -> e.getValue().last.isBefore(stale));
        if (failures.size() < MAX_IDS * 9 / 10) return;
        failures.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.comparing(Failures::last)))
                .limit(MAX_IDS / 10).map(java.util.Map.Entry::getKey).toList().forEach(failures::remove);
    }

    private static String key(String id) {
        String k = id == null ? "" : id.toLowerCase(Locale.ROOT);
        return k.length() > 64 ? k.substring(0, 64) : k;
    }
}
