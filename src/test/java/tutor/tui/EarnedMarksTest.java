package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.progress.Progress;

/**
 * A mark is earned once and finished means answered, as state plus message: a question skipped, its value seen on a
 * later step, then answered, is right "after seeing" (not scored); the end with questions open says how many and
 * leads to the first; the menu's ✓ waits for every question.
 */
class EarnedMarksTest {

    private static final String DELTA_H = "fill:0:delta:h";

    /** tiny at step 7 (index 6), where δ_h is asked, every earlier question answered right. */
    private static App atStepSeven() {
        App app = Fixtures.opened(0, false);
        while (app.player().step() < 6) {
            while (app.player().currentItem() instanceof tutor.lesson.QuizItem.Fill f) {
                app = Fixtures.send(Fixtures.type(app, app.player().trace().get(f.key()).result().replace('−', '-')), Msg.Command.ENTER);
            }
            app = Fixtures.send(app, Msg.Command.NEXT);
        }
        return app;
    }

    private static String deltaH(App app) {
        return app.player().trace().get("delta:h").result().replace('−', '-');
    }

    @Test
    void skipPeekComeBackIsRightAfterSeeingNeverFirstTry() {
        App app = atStepSeven();
        assertEquals(6, app.player().step());
        assertTrue(app.player().currentItem() instanceof tutor.lesson.QuizItem.Fill f && f.key().equals("delta:h"));
        String value = deltaH(app);

        App skipped = Fixtures.send(app, Msg.Command.NEXT);
        assertEquals(7, skipped.player().step(), "moving past an open question is allowed");
        String step8 = View.render(skipped).toString();
        assertTrue(step8.contains("δ" + value.replace('-', '−')), "step 8 shows δ_h on the diagram\n" + step8);
        Progress.Item item = skipped.progress().lesson("tiny").item(DELTA_H);
        assertTrue(item.seen(), "its value reached the screen while it was open");
        assertFalse(item.right());

        App back = Fixtures.send(skipped, Msg.Command.PREV);
        assertEquals(6, back.player().step());
        App answered = Fixtures.send(Fixtures.type(back, value), Msg.Command.ENTER);
        String verdict = View.render(answered).toString();
        assertTrue(verdict.contains("Right:"), "it can still be answered");
        assertTrue(verdict.replaceAll("\\s+", " ").contains("Its value was on screen before you worked it, so it counts as seen, not "
                + "scored."), "and the verdict says how it counts:\n" + verdict);
        Progress.LessonProgress lp = answered.progress().lesson("tiny");
        assertTrue(lp.item(DELTA_H).right());
        assertTrue(lp.item(DELTA_H).seen());
        Progress.LessonProgress.Tally t = lp.tally();
        assertEquals(1, t.seen(), "recorded as after seeing");
        assertEquals(6, t.firstTime(), "the six questions before it, and not this one");
        assertEquals(0, t.later());
        assertEquals(6, lp.score(), "a seen answer is not scored");
    }

    @Test
    void aQuestionAnsweredBeforeItsValueIsShownStaysFirstTry() {
        App app = atStepSeven();
        app = Fixtures.send(Fixtures.type(app, deltaH(app)), Msg.Command.ENTER, Msg.Command.NEXT, Msg.Command.PREV, Msg.Command.NEXT);
        Progress.Item item = app.progress().lesson("tiny").item(DELTA_H);
        assertTrue(item.right() && item.firstTryRight());
        assertFalse(item.seen(), "seen after it was answered is no peek");
        assertEquals(7, app.progress().lesson("tiny").tally().firstTime());
    }

    @Test
    void aSkippedQuestionIsSeenOnlyWhereALaterStepShowsItsValue() {
        // Step 6 asks ∂L/∂w₃ and w₃'s update; step 7 draws w₃'s new value on the diagram but writes no ∂L/∂w₃.
        App app = Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.NEXT,
                Msg.Command.NEXT, Msg.Command.NEXT);
        assertEquals(5, app.player().step());
        app = Fixtures.send(app, Msg.Command.NEXT);
        String step7 = View.render(app).toString();
        assertTrue(step7.contains("0.8→" + app.player().trace().get("new:w3").result()), step7);
        Progress.LessonProgress lp = app.progress().lesson("tiny");
        assertTrue(lp.item("fill:0:new:w3").seen(), "its new value is on the diagram");
        assertFalse(lp.item("fill:0:grad:w3").seen(), "skipped, and nowhere on screen: only skipped");
        // Step 9's update table shows both of step 8's answers.
        app = Fixtures.send(app, Msg.Command.NEXT, Msg.Command.NEXT);
        assertEquals(8, app.player().step());
        assertTrue(app.progress().lesson("tiny").item("fill:0:grad:w2").seen());
        assertTrue(app.progress().lesson("tiny").item("fill:0:new:w1").seen());
        assertTrue(app.progress().lesson("tiny").item("fill:0:grad:w3").seen(), "in the table too");
    }

    @Test
    void endThenNextWithQuestionsOpenIsNotFinished() {
        App app = Fixtures.send(Fixtures.opened(0, false), Msg.Command.LAST, Msg.Command.NEXT);
        assertTrue(app.player().atEnd());
        EndScreen.Score score = EndScreen.Score.of(app.player());
        assertEquals(9, score.questions());
        assertEquals(9, score.open());
        String end = View.render(app).toString();
        assertTrue(end.contains("You have reached the end with 9 of 9 questions still open"), end);
        assertFalse(end.contains("worked through every step"), end);
        assertTrue(end.contains("g first open"), "the status line names the way to the first open question\n" + end);

        String menu = View.render(Fixtures.send(app, Msg.Command.BACK)).toString();
        assertFalse(menu.contains("✓"), "reaching the end is not finishing\n" + menu);
        assertTrue(menu.contains("at the end, 9 open"), menu);

        App first = Fixtures.type(app, "g");
        assertEquals(1, first.player().step(), "g goes to the first open question, on step 2");
        assertTrue(first.player().hasOpenQuiz());
    }

    @Test
    void revealedCountsAsAnsweredForFinishing() {
        App app = Fixtures.opened(0, false);
        while (!app.player().atEnd()) {
            while (app.player().hasOpenQuiz()) app = Fixtures.type(app, "ttr");
            app = Fixtures.send(app, Msg.Command.NEXT);
        }
        Progress.LessonProgress.Tally t = app.progress().lesson("tiny").tally();
        assertEquals(9, t.revealed());
        assertEquals(9, t.answered());
        assertEquals(0, EndScreen.Score.of(app.player()).open());
        String end = View.render(app).toString();
        assertTrue(end.contains("You have worked through every step and every question."), end);
        assertTrue(end.contains("0 of 9 right at the first try"), end);
        String menu = View.render(Fixtures.send(app, Msg.Command.BACK)).toString();
        assertTrue(menu.contains("✓ finished, score 0/9"), menu);
    }

    @Test
    void theEndScreenScrollsWithTheUsualKeysAndItsOwnLetters() {
        App app = Fixtures.send(Fixtures.opened(3, false), Msg.Command.LAST, Msg.Command.NEXT);
        Player p = app.player();
        for (String slip : List.of("The sign is flipped.", "That is δ alone; multiply it by the value the weight carries.",
                "The slope of the activation is missing from the chain: δ includes ∂a/∂z.", "The learning rate η is missing: new = old − η·gradient."))
            p = p.withSlip(new Player.Slip("∂E_total/∂w₅", "0.1", slip));
        app = app.withPlayer(p);
        assertTrue(EndScreen.lines(app, 78).size() > 20, "the end of two-outputs with slips and every question open is longer than the screen");
        App down = Fixtures.send(app, Msg.Command.PAGE_DOWN);
        assertTrue(down.player().atEnd(), "PgDn scrolls, it does not leave");
        assertTrue(down.player().scroll() > 0, "PgDn scrolls down");
        App end = Fixtures.send(app, Msg.Command.LAST);
        assertTrue(end.player().atEnd(), "End scrolls to the bottom, it does not go back to the last step");
        String bottom = View.render(end).toString();
        assertTrue(bottom.contains("the menu"), "the last line of the text is in view at the bottom\n" + bottom);
        App up = Fixtures.send(end, Msg.Command.SCROLL_UP);
        assertEquals(end.player().scroll() - 1, up.player().scroll(), "↑ after End moves at once");
        assertEquals(0, Fixtures.send(end, Msg.Command.FIRST).player().scroll(), "Home scrolls to the top");
        assertEquals(0, Fixtures.send(app, Msg.Command.PAGE_UP).player().scroll());
        assertTrue(Fixtures.type(app, "q").inMenu(), "q: the menu");
        assertFalse(Fixtures.type(app, "q").quit());
        assertTrue(Fixtures.send(app, Msg.Command.BACK).inMenu(), "Esc: the menu");
        assertEquals(app.player().steps().size() - 1, Fixtures.type(app, "p").player().step(), "p: back to the last step, as everywhere");
        assertTrue(Fixtures.type(app, "n").player().atEnd(), "n opens nothing here");
        assertTrue(Fixtures.send(app, Msg.Command.ENTER).player().atEnd(), "Enter opens nothing here");
        App fresh = Fixtures.type(app, "f");
        assertTrue(fresh.player().lesson().id().startsWith("two-outputs-practice-"), "f: the same lesson with fresh numbers");
    }

    @Test
    void theSlipsAreListedOnceEachAsAFactAboutWhatWasTyped() {
        List<Player.Slip> slips = List.of(new Player.Slip("z_o", "-0.3775", "The sign is flipped."),
                new Player.Slip("z_o", "-0.378", "The sign is flipped."),
                new Player.Slip("∂L/∂w₂", "0.02", "The sign is flipped."),
                new Player.Slip("∂L/∂w₂", "-0.04", "That is δ alone; multiply it by the value the weight carries."));
        assertEquals(List.of("For z_o (you typed −0.3775) and ∂L/∂w₂ (you typed 0.02): the sign is flipped.",
                "For ∂L/∂w₂ you typed −0.04: that is δ alone; multiply it by the value the weight carries."),
                EndScreen.slipLines(slips));
    }

    @Test
    void aSlipOnTheWayIsOnTheEndScreenOnce() {
        App app = Fixtures.opened(0, false);
        while (!app.player().atEnd()) {
            while (app.player().currentItem() instanceof tutor.lesson.QuizItem.Fill f) {
                String right = app.player().trace().get(f.key()).result().replace('−', '-');
                if (right.startsWith("-")) { // the sign flipped, twice on the same question
                    app = Fixtures.send(Fixtures.type(app, right.substring(1)), Msg.Command.ENTER, Msg.Command.ENTER);
                    app = Fixtures.send(app, Msg.Command.CLEAR_INPUT);
                }
                app = Fixtures.send(Fixtures.type(app, right), Msg.Command.ENTER);
            }
            app = Fixtures.send(app, Msg.Command.NEXT);
        }
        String end = View.render(app).toString();
        assertEquals(1, end.split("the sign is flipped", -1).length - 1, end);
        assertNull(app.notice());
    }
}
