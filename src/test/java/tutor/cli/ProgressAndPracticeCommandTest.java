package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.progress.Progress;
import tutor.store.ProgressFile;

/** ./tutor progress (table, CSV, reset after confirmation) and practice sheets from a seed. */
class ProgressAndPracticeCommandTest {

    @TempDir Path state;

    @BeforeEach
    void ownState() throws Exception {
        System.setProperty("tutor.state", state.toString());
        Progress p = Progress.empty().with("tiny", Progress.LessonProgress.NEW.atStep(4)
                .withItem("fill:0:a:h", Progress.Item.NEW.answered(true).at(java.time.Instant.parse("2026-03-02T10:15:30Z")))
                .withItem("fill:0:loss", Progress.Item.NEW.answered(false).hinted().hinted().shown()))
                .with("relu", Progress.LessonProgress.NEW.atStep(1));
        new ProgressFile(state).save(p, java.util.List.of());
    }

    @AfterEach
    void clear() {
        System.clearProperty("tutor.state");
    }

    record Run(int exit, String out, String err) {}

    static Run run(String input, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.dispatchWithInput(Args.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theTableShowsScoresAndCompletion() throws Exception {
        Run r = run("", "progress");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("lesson          reached  answered   score  first try  seen  hints revealed"), r.out());
        assertTrue(r.out().contains("tiny                5/9       2/9     1/9          1     0      2        1"), r.out());
        assertTrue(r.out().contains("six-weights           -      0/12    0/12"), r.out());
    }

    @Test
    void csvForAGradebook() throws Exception {
        Run r = run("", "progress", "--csv");
        String[] lines = r.out().split("\n");
        String me = System.getProperty("user.name");
        assertEquals("learner,lesson,title,steps,current_step,furthest_step,questions,answered,right,first_try_right,seen,"
                + "hints,revealed,score,last_answer", lines[0]);
        assertEquals(me + ",tiny,One hidden neuron: the smallest backprop,9,5,5,9,2,1,1,0,2,1,1,2026-03-02T10:15:30Z", lines[1]);
        assertEquals(me + ",shared-bias,\"Biases: one shared by the hidden layer, one at the output\",11,0,0,12,0,0,0,0,0,0,0,", lines[3]);
        assertEquals(6, lines.length);
    }

    @Test
    void practiceResultsAreRowsOfTheirOwnKeyedByLessonAndSeed() throws Exception {
        tutor.store.ProgressFile store = new tutor.store.ProgressFile(state);
        Progress p = store.load().progress().with("relu-practice-7", Progress.LessonProgress.NEW.atStep(11)
                .withItem("fill:1:z:H1", Progress.Item.NEW.answered(true))
                .withItem("fill:9:a:H1", Progress.Item.NEW.answered(false).answered(true)));
        store.save(p, java.util.List.of());
        String[] lines = run("", "progress", "--csv").out().split("\n");
        String me = System.getProperty("user.name");
        assertEquals(7, lines.length);
        assertEquals(me + ",relu,\"ReLU hidden layer: trace it, then trace a new example\",12,2,2,18,0,0,0,0,0,0,0,", lines[5],
                "the lesson's own row is untouched");
        assertTrue(lines[6].startsWith(me + ",relu-practice-7,\"ReLU hidden layer: trace it, then trace a new example (practice seed 7)\","
                + "12,12,12,14,2,2,1,0,0,0,2,"), lines[6]);
        assertTrue(run("", "progress").out().contains("relu-practice-7    12/12      2/14    2/14          1     0      0        0"),
                run("", "progress").out());
    }

    @Test
    void resetAsksFirstAndOnlyYesErases() throws Exception {
        Run no = run("no\n", "progress", "--reset", "tiny");
        assertEquals(1, no.exit());
        assertTrue(no.out().contains("This erases your progress in tiny. Type yes to go on: Nothing was changed."), no.out());
        assertEquals(4, new ProgressFile(state).load().progress().lesson("tiny").step());
        Run yes = run("yes\n", "progress", "--reset", "tiny");
        assertEquals(0, yes.exit());
        Progress after = new ProgressFile(state).load().progress();
        assertEquals(Progress.LessonProgress.NEW, after.lesson("tiny"));
        assertEquals(1, after.lesson("relu").step(), "other lessons are kept");
        Run all = run("", "progress", "--reset", "--yes");
        assertEquals(0, all.exit());
        assertEquals(Progress.empty(), new ProgressFile(state).load().progress());
        assertEquals(2, run("", "progress", "--reset", "nosuch", "--yes").exit());
    }

    @Test
    void aSeedGivesTheSameSheetAndAnotherSeedAnother() throws Exception {
        String a = run("", "print", "two-outputs", "--seed", "4711").out();
        String b = run("", "print", "two-outputs", "--seed", "4711").out();
        String c = run("", "print", "two-outputs", "--seed", "4712").out();
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertTrue(a.contains("(practice seed 4711)"), a);
        assertTrue(a.replace("\n", " ").contains("./tutor --practice two-outputs --seed 4711 gives the same ones"), a);
        assertTrue(a.contains("Exercise: What is ∂E_total/∂w₁?"), a);
    }
}
