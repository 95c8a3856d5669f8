package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tutor.engine.Section;
import tutor.progress.Progress;

/** State plus message gives the next state: no terminal at all. */
class UpdateTest {

    @Test
    void theMenuMovesAndOpensALesson() {
        App app = Fixtures.app(false);
        assertTrue(app.inMenu());
        app = Fixtures.send(app, Msg.Command.SCROLL_DOWN, Msg.Command.SCROLL_DOWN, Msg.Command.SCROLL_UP);
        assertEquals(1, app.cursor());
        app = Fixtures.send(app, Msg.Command.SCROLL_UP, Msg.Command.SCROLL_UP);
        assertEquals(0, app.cursor(), "the cursor stops at the top");
        app = Fixtures.type(app, "5");
        assertEquals(4, app.cursor());
        app = Fixtures.send(app, Msg.Command.ENTER);
        assertEquals("relu", app.player().lesson().id());
        assertEquals(0, app.player().step());
    }

    @Test
    void stepsMoveForwardAndBackAndStopAtTheEnds() {
        App app = Fixtures.opened(0, false);
        app = Fixtures.send(app, Msg.Command.PREV);
        assertEquals(0, app.player().step());
        app = Fixtures.send(app, Msg.Command.NEXT, Msg.Command.NEXT);
        assertEquals(2, app.player().step());
        app = Fixtures.type(app, "h");
        assertEquals(1, app.player().step());
        app = Fixtures.send(app, Msg.Command.LAST);
        assertEquals(8, app.player().step());
        app = Fixtures.send(app, Msg.Command.NEXT);
        assertEquals(8, app.player().step());
        app = Fixtures.send(app, Msg.Command.FIRST);
        assertEquals(0, app.player().step());
    }

    @Test
    void sectionKeysJumpBetweenSections() {
        App app = Fixtures.opened(0, false);
        app = Fixtures.send(app, Msg.Command.NEXT_SECTION);
        assertEquals(Section.LOSS, app.player().section());
        assertEquals(3, app.player().step());
        app = Fixtures.type(app, "]");
        assertEquals(Section.BACKWARD, app.player().section());
        app = Fixtures.send(app, Msg.Command.NEXT, Msg.Command.PREV_SECTION);
        assertEquals(4, app.player().step(), "back to the start of this section first");
        app = Fixtures.send(app, Msg.Command.PREV_SECTION);
        assertEquals(3, app.player().step());
    }

    @Test
    void autoPlayAdvancesOnTicksAndStopsAtAQuestion() {
        App app = Fixtures.opened(0, false);
        app = Fixtures.type(app, "a");
        assertTrue(app.autoplay());
        app = Fixtures.send(app, new Msg.Tick());
        assertEquals(1, app.player().step());
        assertFalse(app.autoplay(), "step 2 asks a question, so auto-play stops there");
        app = Fixtures.send(app, new Msg.Tick());
        assertEquals(1, app.player().step());
    }

    @Test
    void speedKeysChangeTheDelayWithinItsRange() {
        App app = Fixtures.opened(0, false);
        int start = app.delayMs();
        app = Fixtures.type(app, "+");
        assertTrue(app.delayMs() < start);
        for (int i = 0; i < 10; i++) app = Fixtures.type(app, "-");
        assertEquals(App.SPEEDS_MS[0], app.delayMs());
    }

    @Test
    void leavingAndReopeningReturnsToTheSameStep() {
        App app = Fixtures.opened(1, false);
        app = Fixtures.send(app, Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.BACK);
        assertTrue(app.inMenu());
        assertEquals(3, app.progress().lesson("six-weights").step());
        app = Fixtures.send(app, Msg.Command.ENTER);
        assertEquals(3, app.player().step());
    }

    @Test
    void aRightAnswerIsRecordedAndTheNextQuestionOpens() {
        App app = Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT);
        assertTrue(app.player().hasOpenQuiz());
        assertFalse(app.player().shows("a:h"), "the answer is not on screen while asked");
        app = Fixtures.type(app, "0.750");
        assertTrue(app.player().editing());
        app = Fixtures.send(app, Msg.Command.ENTER);
        assertTrue(app.player().feedback().good(), app.player().feedback().text());
        assertEquals("Right: h = 0.750.", app.player().feedback().text());
        assertFalse(app.player().hasOpenQuiz());
        assertTrue(app.player().shows("a:h"));
        Progress.Item item = app.progress().lesson("tiny").item("fill:0:a:h");
        assertEquals(new Progress.Item(1, true, 0, false, true), item);
        assertEquals(1, app.progress().lesson("tiny").score());
    }

    @Test
    void aWrongAnswerNamesTheSlipThenHintsThenReveal() {
        App app = Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT);
        app = Fixtures.type(app, "1.1");
        app = Fixtures.send(app, Msg.Command.ENTER);
        assertFalse(app.player().feedback().good());
        assertEquals("Not yet. That is z; the activation is what the activation function makes of z.",
                app.player().feedback().text());
        assertTrue(app.player().editing(), "the learner can correct the answer");
        app = Fixtures.send(app, Msg.Command.BACK);
        assertFalse(app.player().editing());
        app = Fixtures.type(app, "r");
        assertEquals("Take the hints first (t); then r reveals the answer.", app.player().feedback().text());
        app = Fixtures.type(app, "tt");
        assertEquals(2, app.progress().lesson("tiny").item("fill:0:a:h").hints());
        app = Fixtures.type(app, "r");
        assertEquals("The answer is 0.750.", app.player().feedback().text());
        Progress.Item item = app.progress().lesson("tiny").item("fill:0:a:h");
        assertEquals(new Progress.Item(1, false, 2, true, false), item);
        assertEquals(0, app.progress().lesson("tiny").score(), "a revealed answer scores nothing");
    }

    @Test
    void nonsenseIsExplainedAndCostsNoTry() {
        App app = Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT);
        app = Fixtures.type(app, "0.7.5");
        app = Fixtures.send(app, Msg.Command.ENTER);
        assertTrue(app.player().feedback().text().startsWith("I can't read that as a number"), app.player().feedback().text());
        assertEquals(0, app.progress().lesson("tiny").item("fill:0:a:h").attempts());
    }

    @Test
    void multipleChoiceTakesADigit() {
        App app = Fixtures.opened(4, false);
        app = Fixtures.send(app, Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.NEXT);
        assertEquals("The loss", app.player().current().title());
        app = Fixtures.type(app, "0.191");
        app = Fixtures.send(app, Msg.Command.ENTER);
        assertTrue(app.player().currentItem() instanceof tutor.lesson.QuizItem.Choice);
        app = Fixtures.type(app, "2");
        assertEquals("Not that one. Think again, or press t for a hint.", app.player().feedback().text());
        app = Fixtures.type(app, "1");
        assertTrue(app.player().feedback().good());
        assertTrue(app.player().feedback().text().startsWith("Right. The loss only measures"), app.player().feedback().text());
    }

    @Test
    void helpOpensAndAnyKeyClosesIt() {
        App app = Fixtures.type(Fixtures.opened(0, false), "?");
        assertTrue(app.help());
        App closed = Fixtures.send(app, Msg.Command.NEXT);
        assertFalse(closed.help());
        assertEquals(0, closed.player().step(), "the key that closes help does nothing else");
    }

    @Test
    void resizeQuitAndHangup() {
        App app = Fixtures.send(Fixtures.opened(0, false), new Msg.Resize(100, 40));
        assertEquals(100, app.width());
        assertTrue(Fixtures.type(app, "q").quit());
        assertTrue(Fixtures.send(app, new Msg.Hangup()).quit());
        App editing = Fixtures.type(Fixtures.send(app, Msg.Command.NEXT), "0.q");
        assertFalse(editing.quit(), "q is part of an answer while typing one");
        assertEquals("0.q", editing.player().input());
        assertTrue(Fixtures.send(editing, Msg.Command.QUIT).quit(), "Ctrl-C always quits");
    }

    @Test
    void aLessonOpenedBeforeItsCheckCameBackIsCheckedFirst(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("1-bad.json");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(java.nio.file.Path.of("lessons/1-tiny.json"))
                .replace("\"show\": [\"z:h\", \"a:h\"]", "\"show\": [\"z:h\", \"a:hidden\"]"));
        tutor.lesson.LessonLoader.Loaded read = tutor.lesson.LessonLoader.read(file);
        assertTrue(read.ok(), "its structure is fine");
        App app = App.start(java.util.List.of(new MenuEntry(file.toString(), read.lesson(), java.util.List.of(), false)),
                new Settings(false, true), Progress.empty(), null, 80, 24);
        app = Fixtures.send(app, Msg.Command.ENTER);
        assertNull(app.player(), "not opened");
        assertTrue(app.notice().contains("$.steps[1].show: no traced quantity or given value is called \"a:hidden\""), app.notice());
        assertFalse(app.menu().get(0).ok());
        App later = Fixtures.send(app, new Msg.Checked(file.toString(), null, tutor.lesson.LessonLoader.load(file).problems()));
        assertTrue(later.menu().get(0).problems().get(0).line() > 1, "the full check brings line numbers");
    }

    @Test
    void aBrokenLessonIsListedAndExplained() {
        var broken = new MenuEntry("lessons/9-broken.json", null, java.util.List.of(
                new tutor.lesson.Problem("lessons/9-broken.json", 3, 4, "$.title", "expected a string, found a number")));
        App app = App.start(java.util.List.of(broken), new Settings(false, true), Progress.empty(), null, 80, 24);
        app = Fixtures.send(app, Msg.Command.ENTER);
        assertNull(app.player());
        assertNotNull(app.notice());
        assertTrue(app.notice().contains("lessons/9-broken.json:3:4: $.title: expected a string, found a number"), app.notice());
    }
}
