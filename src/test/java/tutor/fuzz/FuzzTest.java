package tutor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A few thousand fuzzed answers and mutated lessons on every mvn test (bench/fuzz runs 100,000 of each): no
 * uncaught exception, no hang, every problem message with its place. The seed changes with -Dfuzz.seed=N.
 */
class FuzzTest {

    @Test
    void answersAndLessonsNeverCrashHangOrLoseTheirPlace() throws Exception {
        long seed = Long.getLong("fuzz.seed", 1);
        int answers = Integer.getInteger("fuzz.answers", 3000);
        int lessons = Integer.getInteger("fuzz.lessons", 300);
        // the limit only tells a hang from slow work on a machine shared by several builds
        Fuzz.Result r = new Fuzz(seed, 20_000, Path.of("lessons")).run(answers, lessons);
        System.out.println("fuzz (seed " + seed + "): " + r);
        assertTrue(r.clean(), r.toString());
        assertTrue(r.accepted() > lessons / 5, "enough mutants open to exercise the player: " + r);
    }
}
