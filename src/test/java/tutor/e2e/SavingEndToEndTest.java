package tutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.testing.Tmux;

/**
 * Saving that cannot fail silently, as the learner meets it in the real program: where progress cannot be written
 * the last line says where and why at once, and quitting says it again below the screen; progress --reset says so too.
 */
class SavingEndToEndTest {
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @BeforeAll
    static void needTmux() {
        boolean present = Tmux.present("tmux", "-V");
        if (System.getenv("CI") != null && !present) fail("tmux is missing; .ci/run installs it");
        Assumptions.assumeTrue(present, "tmux is not installed on this machine (CI installs it and fails without it)");
    }

    static List<String> tutor(Path stateHome, String... args) {
        List<String> cmd = new ArrayList<>(List.of("env", "XDG_STATE_HOME=" + stateHome, "TERM=xterm-256color", "LANG=C.UTF-8",
                JAVA, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Dtutor.lessons=" + Path.of("lessons").toAbsolutePath(), "tutor.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void progressThatCannotBeWrittenIsSaidAtOnceWhereAndWhy(@TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("state");
        Files.writeString(notAFolder, "a file where the state folder should be");
        try (Tmux t = new Tmux(tutor(notAFolder))) {
            t.await("1  One hidden neuron");
            t.keys("Enter");
            String s = t.await("Progress not saved");
            assertTrue(s.contains("/state: is a file, not a folder."), s);
            t.keys("Right");
            t.await("Your turn");
            t.literally("0.750");
            t.keys("Enter");
            s = t.await("Right: h = 0.750.");
            assertTrue(s.contains("Progress not saved"), "still said after the answer:\n" + s);
            t.keys("q");
            s = t.await("backprop-tutor: this session's progress could not be saved: " + notAFolder + ": is a file, not a folder.");
            t.awaitExit();
        }
    }

    @Test
    void resetWhereNothingCanBeWrittenSaysSo(@TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("state");
        Files.writeString(notAFolder, "x");
        ProcessBuilder pb = new ProcessBuilder(tutor(notAFolder, "progress", "--reset", "--yes")).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(1, p.waitFor());
        // Wrapped on words at 80 columns, as all the commands' text.
        assertTrue(out.replaceAll("\\s+", " ").contains("tutor: nothing was erased: " + notAFolder + ": is a file, not a folder"), out);
    }
}
