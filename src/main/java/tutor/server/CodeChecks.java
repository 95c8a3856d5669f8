package tutor.server;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.sshd.server.auth.AsyncAuthException;

/**
 * Where typed codes are checked: off the SSH library's few I/O threads (a code's PBKDF2 takes about 150 ms of CPU, and
 * while one of those threads is busy every session it serves waits), on at most half the machine's cores, so logged-in
 * students keep the rest however many strangers try codes. A refused try is answered no sooner than FLOOR after it
 * was released from its wait (see LoginGuard), so every refusal, on the roster or not, used-up code or wrong, takes
 * the same time: the hold, then FLOOR (or the check, when the machine is slower than that).
 */
final class CodeChecks implements AutoCloseable {
    static final Duration FLOOR = LoginGuard.REFUSAL_TIME;

    private final ScheduledExecutorService timer;
    private final ExecutorService checkers;

    CodeChecks() {
        timer = new ScheduledThreadPoolExecutor(1, daemon("code-timer"));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        checkers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemon("code-check"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * The answer to a try, given later: after hold, the check runs; an acceptance is answered when it is done, a
     * refusal no sooner than FLOOR after the hold ended. Throw what is returned (MINA waits for it).
     */
    AsyncAuthException answer(Duration hold, BooleanSupplier check) {
        AsyncAuthException answer = new AsyncAuthException();
        timer.schedule(() -> {
            long released = System.nanoTime();
            checkers.execute(() -> {
                boolean accepted;
                try {
                    accepted = check.getAsBoolean();
                } catch (RuntimeException e) {
                    accepted = false;
                }
                if (accepted) {
                    answer.setAuthed(true);
                    return;
                }
                long left = FLOOR.toNanos() - (System.nanoTime() - released);
                if (left <= 0) answer.setAuthed(false);
                else timer.schedule(() -> answer.setAuthed(false), left, TimeUnit.NANOSECONDS);
            });
        }, hold.toNanos(), TimeUnit.NANOSECONDS);
        return answer;
    }

    @Override public void close() {
        timer.shutdownNow();
        checkers.shutdownNow();
    }
}
