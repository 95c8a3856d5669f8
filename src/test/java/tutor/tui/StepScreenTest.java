package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The step screen as the reproductions met it: what is asked stays off it, the verdict stays on it. */
class StepScreenTest {

    static App at(int lesson, int step) {
        App app = Fixtures.opened(lesson, false);
        for (int s = 1; s < step; s++) app = Update.update(app, Msg.Command.NEXT);
        return app;
    }

    static String screen(App app) {
        return View.render(app).toString();
    }

    @Test
    void theAskedValueAndWhatFollowsFromItAreOffTheScreen() {
        // tiny step 3 asks z_out; ŷ = σ(0.600) used to stand two lines below the blank
        String s = screen(at(0, 3));
        assertFalse(s.contains("0.600"), s);
        assertFalse(s.contains("0.646"), s);
        assertTrue(s.contains("z_out = w₃·h = ____"), s);
        // relu step 3 asks H2's activation: its sum is that same number, so it waits too
        s = screen(at(4, 3));
        assertFalse(s.contains("0.260"), s);
        // shared-bias step 7 asks δ_h1; ∂L/∂w₂ = δ_h1·x₂ used to show it
        s = screen(at(2, 7));
        assertFalse(s.contains("0.0134"), s);
    }

    @Test
    void anErratumThatQuotesTheAnswerWaitsUntilItIsGiven() {
        // two-outputs step 4 asks ŷ₁; the erratum on net_Y₁ mentions ŷ₁ = 0.757
        App app = Fixtures.type(at(3, 4), "e");
        assertFalse(screen(app).contains("0.757"), screen(app));
        app = Fixtures.type(app, "0.7569");
        app = Fixtures.send(app, Msg.Command.ENTER);
        assertTrue(screen(app).contains("Right: ŷ₁ = 0.7569."), screen(app));
        App scrolled = Fixtures.send(app, Msg.Command.PAGE_DOWN, Msg.Command.PAGE_DOWN);
        assertTrue(screen(scrolled).contains("0.757"), "after the answer the erratum opens: " + screen(scrolled));
    }

    @Test
    void theVerdictIsOnScreenRightAboveTheField() {
        App app = Fixtures.type(at(0, 5), "0.162");
        app = Fixtures.send(app, Msg.Command.ENTER);
        List<String> rows = List.of(screen(app).split("\n"));
        assertEquals(" Not yet. The sign is flipped.", rows.get(21));
        assertTrue(rows.get(22).startsWith(" answer ▸ 0.162_"), rows.get(22));
    }

    @Test
    void scrollMarksTakeTheirOwnColumn() {
        App app = at(1, 10); // six-weights step 10: long enough to scroll
        String[] rows = screen(app).split("\n");
        boolean marked = false;
        for (String row : rows) {
            if (row.endsWith("↓")) {
                marked = true;
                int[] cells = row.codePoints().toArray();
                assertEquals(80, cells.length, "the mark is in the last column: " + row);
                assertEquals(' ', cells[78], "a blank column keeps it off the text: " + row);
            }
        }
        assertTrue(marked, String.join("\n", rows));
    }

    @Test
    void aLongTitleKeepsItsPracticeSeedAndTheBarNeverShowsAHalfItem() {
        for (int seed : new int[] {3, 5, 7}) {
            for (MenuEntry e : Fixtures.menu()) {
                tutor.lesson.Lesson sheet = tutor.quiz.Practice.of(e.lesson(), seed);
                App app = Update.update(App.start(List.of(new MenuEntry(e.file(), sheet, List.of())), new Settings(false, true),
                        tutor.progress.Progress.empty(), null, 80, 24), Msg.Command.ENTER);
                String title = View.render(app).toString().lines().findFirst().orElseThrow();
                String steps = "Step 1/" + app.player().steps().size();
                assertTrue(title.contains("(practice seed " + seed + ")"), title);
                assertTrue(!title.contains("Step") || title.contains(steps), "a whole step count or none: " + title);
            }
        }
    }

    @Test
    void theSecondHintIsInNumbersAndNeverFallsBackToLetters() {
        App step2 = Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT, Msg.Command.HINT, Msg.Command.HINT);
        assertTrue(View.render(step2).toString().contains("Hint: h = σ(z_h) = 1 / (1 + e^(−z_h)) = 1 / (1 + 0.333) = ____"),
                View.render(step2).toString());
        App step6 = Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT, Msg.Command.REVEAL, Msg.Command.NEXT,
                Msg.Command.REVEAL, Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.NEXT);
        while (!(step6.player().currentItem() instanceof tutor.lesson.QuizItem.Fill f && f.key().equals("new:w3"))) {
            step6 = Fixtures.send(step6, Msg.Command.HINT, Msg.Command.HINT, Msg.Command.REVEAL);
            if (!step6.player().hasOpenQuiz()) step6 = Fixtures.send(step6, Msg.Command.NEXT);
        }
        step6 = Fixtures.send(step6, Msg.Command.HINT, Msg.Command.HINT);
        String screen = View.render(step6).toString();
        assertTrue(screen.contains("Hint: w₃_new = w₃ − η·∂L/∂w₃ = 0.8 − 0.1 × (−0.122) = ____"), screen);
    }
}
