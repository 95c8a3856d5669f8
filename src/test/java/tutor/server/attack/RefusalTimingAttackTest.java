package tutor.server.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.server.Limits;
import tutor.server.LoginGuard;

/**
 * Reading the roster off the time of a refusal, and locking a student out with wrong codes in their name. Wrong codes
 * for ids on the roster and for ids that are not take the same time at every stage of the wait (the free tries, then
 * each longer hold); a student whose id is being hammered still gets in with the right code within LoginGuard.MAX,
 * and a student with a recorded key is not held at all.
 */
class RefusalTimingAttackTest {
    @TempDir Path state;

    /** Milliseconds each wrong try took to be refused, in order, on a new connection each. */
    static List<Long> wrongTries(AttackLab lab, String id, int tries) throws Exception {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            try (ClientSession s = lab.connect(id, null)) {
                CoreModuleProperties.PREFERRED_AUTHS.set(s, "password");
                s.addPasswordIdentity("WRNG-" + (1000 + i));
                long start = System.nanoTime();
                assertThrows(Exception.class, () -> s.auth().verify(Duration.ofSeconds(90)));
                ms.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        return ms;
    }

    /** Milliseconds the right code took to be accepted. */
    static long rightCode(AttackLab lab, String id) throws Exception {
        try (ClientSession s = lab.connect(id, null)) {
            CoreModuleProperties.PREFERRED_AUTHS.set(s, "password");
            s.addPasswordIdentity(AttackLab.codeOf(id));
            long start = System.nanoTime();
            s.auth().verify(Duration.ofSeconds(90));
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    @Test
    void refusalsTakeTheSameTimeOnTheRosterOrNotAndNobodyIsLockedOut() throws Exception {
        int rounds = AttackLab.size(2, 6);
        int tries = AttackLab.size(5, 8);
        List<String> roster = new ArrayList<>();
        for (int i = 0; i < rounds; i++) roster.add("r" + (char) ('a' + i));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (AttackLab lab = new AttackLab(state, Limits.defaults(), roster, List.of("kim"))) {
            List<List<Long>> known = new ArrayList<>();
            List<List<Long>> unknown = new ArrayList<>();
            wrongTries(lab, "warm-up", 2); // the JIT's first derivations are slow for everyone alike
            for (int i = 0; i < rounds; i++) {
                // An id on the roster and one not, one after the other (each try a new connection), taking turns to
                // go first: side by side, the second's check would wait behind the first's.
                String id = roster.get(i);
                String stranger = "u" + id.substring(1);
                if (i % 2 == 0) {
                    known.add(wrongTries(lab, id, tries));
                    unknown.add(wrongTries(lab, stranger, tries));
                } else {
                    unknown.add(wrongTries(lab, stranger, tries));
                    known.add(wrongTries(lab, id, tries));
                }
            }
            long floor = LoginGuard.REFUSAL_TIME.toMillis();
            for (int stage = 0; stage < tries; stage++) {
                long hold = stage < LoginGuard.FREE ? 0 : Math.min(LoginGuard.MAX.toMillis(), 1000L << (stage - LoginGuard.FREE));
                List<Long> k = new ArrayList<>();
                List<Long> u = new ArrayList<>();
                for (List<Long> r : known) k.add(r.get(stage));
                for (List<Long> r : unknown) u.add(r.get(stage));
                long km = Math.round(k.stream().mapToLong(Long::longValue).average().orElseThrow());
                long um = Math.round(u.stream().mapToLong(Long::longValue).average().orElseThrow());
                System.out.printf("attack: wrong code %d (held %d ms): on the roster %s ms, not on it %s ms%n", stage + 1, hold, k, u);
                // Each is answered no sooner than the refusal time (the hold counts from the last failure, so a new
                // connection's key exchange has used part of it).
                for (long t : k) assertTrue(t >= floor - 50, "try " + (stage + 1) + " on the roster took " + t + " ms");
                for (long t : u) assertTrue(t >= floor - 50, "try " + (stage + 1) + " off the roster took " + t + " ms");
                // A refusal that skipped the check or the wait would stand out by the check (hundreds of ms on this
                // machine's loaded cores) or the hold (seconds); what is left is the machine's noise, alike for both.
                assertTrue(Math.abs(km - um) < 300, "try " + (stage + 1) + ": " + km + " ms on the roster on average, " + um + " ms not");
            }
            // Over all stages the noise averages out: the same mean to within a tenth of a second.
            double kAll = known.stream().flatMap(List::stream).mapToLong(Long::longValue).average().orElseThrow();
            double uAll = unknown.stream().flatMap(List::stream).mapToLong(Long::longValue).average().orElseThrow();
            System.out.printf("attack: a wrong code took %.0f ms on the roster, %.0f ms off it, on average%n", kAll, uAll);
            assertTrue(Math.abs(kAll - uAll) < 100, kAll + " ms on the roster, " + uAll + " ms off it, on average");
            // The student whose id was hammered gets in with the right code, held no longer than the stated most.
            long in = rightCode(lab, roster.get(0));
            assertTrue(in <= LoginGuard.MAX.toMillis() + 5_000, "the right code took " + in + " ms");
            if (AttackLab.full()) {
                // Hammered all along by an attacker who tries again the moment each try is refused: still in within MAX.
                Future<List<Long>> hammer = pool.submit(() -> wrongTries(lab, roster.get(1), 12));
                Thread.sleep(20_000);
                long during = rightCode(lab, roster.get(1));
                assertTrue(during <= LoginGuard.MAX.toMillis() + 5_000, "the right code under attack took " + during + " ms");
                hammer.get();
            }
            // A student with a recorded key is never held, however many wrong codes were tried in their name.
            wrongTries(lab, "kim", LoginGuard.FREE + 2);
            try (ClientSession s = lab.connect("kim", null)) {
                s.addPublicKeyIdentity(lab.keyOf("kim"));
                long start = System.nanoTime();
                s.auth().verify(Duration.ofSeconds(30));
                long byKey = (System.nanoTime() - start) / 1_000_000;
                assertTrue(byKey < 2_000, "a recorded key is not held: " + byKey + " ms");
            }
            assertEquals(0, lab.server.strangers());
        } finally {
            pool.shutdownNow();
        }
    }
}
