package tutor.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's walk, in the real program at 80×24: tiny, → past the open δ question of step 7, step 8 shows δ, ← and
 * type it: accepted, and `progress` afterwards counts it as right after seeing, not as a first try; the end with
 * questions open is no finish.
 */
class SkipPeekComeBackEndToEndTest {

    @BeforeAll
    static void needTmux() {
        TmuxEndToEndTest.needTmux();
    }

    @Test
    void aValueSeenBeforeItIsAnsweredIsNoFirstTry(@TempDir Path state) throws Exception {
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(state, "LANG=C.UTF-8")) {
            s.await("1  One hidden neuron");
            s.keys("Enter");
            s.await("Step 1/9");
            for (int step = 2; step <= 7; step++) {
                s.keys("Right");
                s.await("Step " + step + "/9");
            }
            String seven = s.await("What is the hidden neuron's δ?");
            assertTrue(!seven.contains("δ−0.024"), "δ_h is hidden while it is asked:\n" + seven);
            s.keys("Right");
            String eight = s.await("Step 8/9");
            assertTrue(eight.contains("δ−0.024"), "step 8 draws δ_h:\n" + eight);
            s.keys("Left");
            s.await("What is the hidden neuron's δ?");
            s.literally("-0.024");
            s.keys("Enter");
            s.await("Right: δ_h = −0.024.");
            s.keys("End", "Right");
            String end = s.await("questions still open");
            assertTrue(end.contains("You have reached the end with 8 of 9 questions still open"), end);
            assertTrue(end.replaceAll("\\s+", " ").contains("0 of 9 right at the first try, 0 right after a hint or another try, 1 right after seeing the answer (not scored)"), end);
            s.keys("Escape");
            String menu = s.await("at the end, 8 open");
            assertTrue(!menu.contains("✓"), "the menu shows no ✓ for a lesson with questions open:\n" + menu);
            s.keys("q");
            s.awaitExit();
        }
        List<String> progress = List.of("env", "XDG_STATE_HOME=" + state, "LANG=C.UTF-8", TmuxEndToEndTest.JAVA, "-cp",
                System.getProperty("java.class.path"), "-Dtutor.lessons=" + Path.of("lessons").toAbsolutePath(), "tutor.Main", "progress");
        try (TmuxEndToEndTest.Session p = new TmuxEndToEndTest.Session(progress)) {
            p.await("Saved in");
            String table = p.history();
            assertTrue(table.contains("lesson          reached  answered   score  first try  seen  hints revealed"), table);
            assertTrue(table.contains("tiny                9/9       1/9     0/9          0     1      0        0"), table);
        }
    }
}
