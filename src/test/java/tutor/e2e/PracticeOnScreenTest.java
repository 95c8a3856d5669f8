package tutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.Main;
import tutor.engine.Backprop;
import tutor.engine.Numbers;
import tutor.engine.Trace;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.quiz.Practice;

/**
 * A practice sheet as a learner meets it in the real program at 80×24: its numbers and its biases on the diagram,
 * a right answer, and the result in ./tutor progress --csv afterwards; and plain ASCII under LANG=C.
 */
class PracticeOnScreenTest {

    @BeforeAll
    static void needTmux() {
        boolean present = TmuxEndToEndTest.run(List.of("tmux", "-V")) == 0;
        if (System.getenv("CI") != null && !present) fail("tmux is missing; .ci/run installs it");
        Assumptions.assumeTrue(present, "tmux is not installed on this machine (CI installs it and fails without it)");
    }

    @Test
    void aPracticeSheetShowsItsNumbersAndBiasesAndItsResultIsKept(@TempDir Path state) throws Exception {
        Lesson sheet = Practice.of(Catalog.find("shared-bias", Path.of("lessons")).lesson(), 3);
        Trace t = Backprop.trace(sheet.network(), sheet.parameters(), sheet.examples().get(0), sheet.precision());
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(state, List.of("LANG=C.UTF-8"),
                List.of("--practice", "shared-bias", "--seed", "3"))) {
            String first = s.await("(practice seed 3)");
            assertTrue(first.contains("(b₁ " + Numbers.given(sheet.parameters().get("b1")) + ")"), "the shared bias's node:\n" + first);
            assertTrue(first.contains("+b₂ " + Numbers.given(sheet.parameters().get("b2"))), "the output's own bias:\n" + first);
            assertTrue(first.contains("│" + Numbers.given(sheet.examples().get(0).inputs().get("x1"))), "the drawn input:\n" + first);
            s.keys("Right");
            s.await("Your turn");
            s.literally(t.get("z:h1").result());
            s.keys("Enter");
            s.await("Right");
            s.keys("q");
            s.awaitExit();
        }
        System.setProperty("tutor.state", state.resolve("backprop-tutor").toString());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = Main.run(new String[] {"progress", "--csv"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, code);
            String csv = out.toString(StandardCharsets.UTF_8);
            String me = System.getProperty("user.name");
            assertTrue(csv.contains("\n" + me + ",shared-bias-practice-3,\"Biases: one shared by the hidden layer, one at the output (practice seed 3)\",11,2,2,"),
                    csv);
            assertTrue(csv.contains("\n" + me + ",shared-bias,\"Biases: one shared by the hidden layer, one at the output\",11,0,0,"),
                    "the lesson's own row is apart:\n" + csv);
        } finally {
            System.clearProperty("tutor.state");
        }
    }

    @Test
    void underLangCThePracticeScreenIsAscii(@TempDir Path state) {
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(state, List.of("LANG=C", "LC_ALL="),
                List.of("--practice", "two-outputs", "--seed", "5"))) {
            String screen = s.await("(practice seed 5)");
            assertTrue(screen.chars().allMatch(c -> c < 128), screen);
            assertTrue(screen.contains("+b1 ") && screen.contains("(b3 "), "biases in ASCII:\n" + screen);
        }
    }
}
