package tutor.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab in the real program at 80×24, with LANG=C and NO_COLOR, as a learner over SSH meets it. */
class LabTmuxTest {

    @BeforeAll
    static void needTmux() {
        TmuxEndToEndTest.needTmux();
    }

    @Test
    void fromTheMenuEditANumberNudgeItAndComeBack(@TempDir Path state) {
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(state, "LANG=C", "NO_COLOR=1")) {
            s.await("1  One hidden neuron: the smallest backprop");
            s.keys("x");
            s.await("Lab * One hidden neuron: the smallest backprop");
            s.await("tiny sandbox: L 0.125, the lesson's numbers");
            s.literally("0.6");
            s.await("New value for w1: 0.6_");
            s.keys("Enter");
            String edited = s.await("The last edit moved 11 values:");
            assertTrue(edited.contains("z_h 1.100 -> 1.200"), edited);
            assertTrue(edited.contains("tiny sandbox: L 0.125 -> 0.123 after 1 edit"), edited);
            s.keys("d");
            String nudge = s.await("Nudge w1 by eps = 1e-4, exactly:");
            assertTrue(nudge.contains("agree to"), nudge);
            s.keys("Left", "Left", "Left");
            s.await("Nudge w1 by eps = 1e-1, exactly:");
            s.await("They differ in digit");
            s.keys("d", "u");
            s.await("tiny sandbox: L 0.125, the lesson's numbers");
            s.keys("q");
            String menu = s.await("Lessons");
            assertFalse(menu.contains("Lab *"), menu);
        }
    }

    @Test
    void aTrainingRunPlaysPausesAndRewinds(@TempDir Path state) {
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(state, "LANG=C", "NO_COLOR=1")) {
            s.await("5  ReLU hidden layer");
            s.keys("5", "x");
            s.await("Lab * ReLU hidden layer");
            s.keys("t");
            s.await("relu training: loss 0.1913 at the start");
            s.keys("g");
            s.await("Training on the task's 36 points.");
            s.keys("Space");
            s.await("playing", screen -> screen.contains("playing, 10 a frame") || screen.contains("steps"));
            s.keys("Space");
            String paused = s.await("paused");
            assertTrue(paused.contains("of the task's 36 points are on the right side of 0.5."), paused);
            assertTrue(paused.contains("|*") || paused.contains("| *") || paused.contains("*"), paused);
            s.keys("r");
            s.await("Back to step 0: the same start, the same run.");
            s.keys("Escape");
            s.await("relu sandbox");
        }
    }

    @Test
    void fromAStepButNotWhileAQuestionIsOpen(@TempDir Path state) {
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(state, "LANG=C", "NO_COLOR=1")) {
            s.await("1  One hidden neuron: the smallest backprop");
            s.keys("Enter");
            s.await("Step 1/9");
            s.keys("x");
            s.await("Lab * One hidden neuron");
            s.keys("Escape");
            s.await("Step 1/9");
            s.keys("Right");
            s.await("Your turn: What does the hidden neuron output?");
            s.keys("x");
            String refused = s.awaitWrapped("The lab shows every number: answer this question (or reveal it with r) first");
            assertFalse(refused.contains("Lab *"), refused);
            assertFalse(refused.contains("0.750"), "the answer is not shown\n" + refused);
        }
    }
}
