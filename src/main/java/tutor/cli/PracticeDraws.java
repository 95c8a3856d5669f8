package tutor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import tutor.lesson.Json;
import tutor.lesson.Lesson;
import tutor.lesson.Problem;
import tutor.quiz.Practice;

/**
 * Whether a lesson's practice rules can be met: a few seeds are drawn as the tutor draws sheets, and a lesson none
 * of whose seeds gives a sheet (a requirement its network can never show, as "a ReLU is off" under a leaky ReLU) is a
 * problem that names the rule most draws failed. Lives in cli: the lesson checker sits below the quiz package.
 */
final class PracticeDraws {
    private PracticeDraws() {}

    static final int SEEDS = 2;

    /** The problem, or null when some seed draws a sheet. */
    static Problem check(Path file, Lesson lesson) {
        String commonest = "";
        Practice.Generator sheets = new Practice.Generator(lesson);
        for (long seed = 1; seed <= SEEDS; seed++) {
            try {
                sheets.sheet(seed);
                return null;
            } catch (Practice.NoSheet e) {
                commonest = e.commonest();
            }
        }
        String path = lesson.practice().requirements().isEmpty() ? "$.practice" : "$.practice.require";
        int[] at = place(file, path);
        return new Problem(file.toString(), at[0], at[1], path, "no practice sheet can be drawn (seeds 1 to " + SEEDS
                + " tried): most draws fail because " + commonest + "; change the rule or the network so that it can hold");
    }

    private static int[] place(Path file, String path) {
        try {
            Map<String, int[]> found = Json.locate(Files.readString(file, StandardCharsets.UTF_8), Set.of(path, "$.practice"));
            return found.getOrDefault(path, found.getOrDefault("$.practice", new int[] {1, 1}));
        } catch (IOException | RuntimeException e) {
            return new int[] {1, 1};
        }
    }
}
