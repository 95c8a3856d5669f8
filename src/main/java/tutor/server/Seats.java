package tutor.server;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The tutor sessions open, counted per student and in all, taken before a session starts and given back when it
 * ends: a student past their number, or anyone once the server is full, gets a refusal in words instead.
 */
final class Seats {
    /** One session's place; given back once, however many times release is called. */
    final class Seat {
        private final String key;
        private final AtomicBoolean released = new AtomicBoolean();

        private Seat(String key) {
            this.key = key;
        }

        void release() {
            if (released.compareAndSet(false, true)) give(key);
        }
    }

    /** Either a seat or the words that refuse one. */
    record Taken(Seat seat, String refusal, String why) {}

    private final int perStudent;
    private final int max;
    private final Map<String, Integer> perId = new HashMap<>();
    private int open;

    Seats(int perStudent, int max) {
        this.perStudent = perStudent;
        this.max = max;
    }

    synchronized Taken take(String id) {
        String key = id.toLowerCase(Locale.ROOT);
        int mine = perId.getOrDefault(key, 0);
        if (mine >= perStudent) {
            return new Taken(null, "you already have " + mine + " tutor session" + (mine == 1 ? "" : "s") + " open, the most "
                    + "one student may have at once; quit one of them (q) and connect again.",
                    "a session over the student's limit of " + perStudent);
        }
        if (open >= max) {
            return new Taken(null, "the server is full (" + max + " sessions open, the most it takes); try again in a few "
                    + "minutes, or tell your teacher.", "the server is full (" + max + " sessions)");
        }
        perId.merge(key, 1, Integer::sum);
        open++;
        return new Taken(new Seat(key), null, null);
    }

    private synchronized void give(String key) {
        perId.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
        open--;
    }

    synchronized int open() {
        return open;
    }
}
