package tutor.lab;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tutor.testing.Golden;

/** The lab's screens as text at 80×24 and 120×40, in Unicode and ASCII: golden files, rewritten only on purpose. */
class LabScreensTest {

    private static final Path DIR = Path.of("src/test/resources/lab");

    private static void golden(String name, Lab lab) throws Exception {
        for (int[] size : new int[][] {{80, 24}, {120, 40}}) {
            for (boolean ascii : new boolean[] {false, true}) {
                String file = name + "-" + size[0] + "x" + size[1] + (ascii ? "-ascii" : "") + ".txt";
                Golden.compare(DIR.resolve(file), LabView.render(lab, size[0], size[1], ascii).toString());
            }
        }
    }

    @Test
    void theSandboxOnOpening() throws Exception {
        golden("sandbox-open", LabFixtures.lab("1-tiny"));
    }

    @Test
    void theSandboxAfterAnEditMarksOldToNew() throws Exception {
        // w1 0.5 → 0.6 by typing, on tiny: everything downstream of w1 moves.
        Lab lab = LabFixtures.keys(LabFixtures.lab("1-tiny"), "0.6", LabMsg.Key.ENTER);
        golden("sandbox-edited", lab);
    }

    @Test
    void theSandboxOfTheLargestLessonScrolls() throws Exception {
        Lab lab = LabFixtures.keys(LabFixtures.lab("4-two-outputs"), LabMsg.Key.END, LabMsg.Key.RIGHT);
        golden("sandbox-two-outputs-loss", lab);
    }

    @Test
    void theNudgeCheck() throws Exception {
        golden("nudge-tiny-w1", LabFixtures.keys(LabFixtures.lab("1-tiny"), "d"));
        golden("nudge-tiny-w1-coarse", LabFixtures.keys(LabFixtures.lab("1-tiny"), "d", LabMsg.Key.LEFT, LabMsg.Key.LEFT,
                LabMsg.Key.LEFT));
    }

    @Test
    void theNudgeCheckAtAReluKink() throws Exception {
        golden("nudge-relu-kink", NudgeInLessonsTest.atKink());
    }
}
