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
        assertTrue(app.player().atEnd(), "past the last step is the end of the lesson");
        App back = Fixtures.send(app, Msg.Command.PREV);
        assertEquals(8, back.player().step());
        assertEquals(0, Fixtures.send(back, Msg.Command.FIRST).player().step());
        assertTrue(Fixtures.send(app, Msg.Command.NEXT).player().atEnd(), "→ at the end opens nothing");
        App next = Fixtures.type(app, "o");
        assertEquals("six-weights", next.player().lesson().id(), "from the end, o opens the next lesson");
        assertTrue(Fixtures.send(app, Msg.Command.BACK).inMenu());
        assertTrue(Fixtures.send(app, Msg.Command.BACK).menu().get(0).lesson().id().equals("tiny"));
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
    void autoPlayAdvancesOnTicksWaitsAtAQuestionAndGoesOnAfterIt() {
        App app = Fixtures.opened(0, false);
        app = Fixtures.type(app, "a");
        assertTrue(app.autoplay());
        assertTrue(app.ticking());
        app = Fixtures.send(app, new Msg.Tick());
        assertEquals(1, app.player().step());
        assertTrue(app.autoplay(), "auto-play stays on");
        assertFalse(app.ticking(), "step 2 asks a question: auto-play waits for the answer (and no timer runs)");
        app = Fixtures.send(app, new Msg.Tick());
        assertEquals(1, app.player().step());
        app = Fixtures.send(Fixtures.type(app, "0.750"), Msg.Command.ENTER);
        assertTrue(app.ticking(), "answered: it goes on");
        app = Fixtures.send(app, new Msg.Tick());
        assertEquals(2, app.player().step());
        app = Fixtures.send(app, Msg.Command.LAST, new Msg.Tick());
        assertFalse(app.autoplay(), "it stops at the last step");
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
        assertEquals("Right: {a:h} = 0.750.", app.player().feedback().text());
        assertTrue(View.render(app).toString().contains("Right: h = 0.750."), "in the lesson's notation on screen");
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
        assertEquals("Not yet. That is z, before the activation; the activation is what the function makes of z.",
                app.player().feedback().text());
        assertTrue(app.player().editing(), "the learner can correct the answer");
        app = Fixtures.send(app, Msg.Command.BACK);
        assertFalse(app.player().editing());
        app = Fixtures.type(app, "r");
        assertEquals("Take the hints first (t); then r reveals the answer.", app.player().feedback().text());
        app = Fixtures.type(app, "tt");
        assertEquals(2, app.progress().lesson("tiny").item("fill:0:a:h").hints());
        app = Fixtures.type(app, "r");
        assertEquals("The answer is {a:h} = 0.750.", app.player().feedback().text());
        Progress.Item item = app.progress().lesson("tiny").item("fill:0:a:h");
        assertEquals(new Progress.Item(1, false, 2, true, false), item);
        assertEquals(0, app.progress().lesson("tiny").score(), "a revealed answer scores nothing");
    }

    @Test
    void functionsAreTypedAsTheReadmeSays() {
        App step2 = Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT);
        App sigmoid = Fixtures.send(Fixtures.type(step2, "sigmoid(1.1)"), Msg.Command.ENTER);
        assertEquals("Right: {a:h} = 0.750.", sigmoid.player().feedback().text(), "s starts an answer at once");
        App exp = Fixtures.send(Fixtures.type(Fixtures.send(step2, Msg.Command.ENTER), "1/(1+exp(-1.1))"), Msg.Command.ENTER);
        assertEquals("Right: {a:h} = 0.750.", exp.player().feedback().text(), "exp after Enter opens the field");
        App errata = Fixtures.type(step2, "e");
        assertFalse(errata.player().editing(), "e outside the field is the errata key");
    }

    @Test
    void ctrlUClearsTheAnswerAndALongAnswerIsToldItsLimit() {
        App app = Fixtures.type(Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT), "0.7777");
        app = Fixtures.send(app, Msg.Command.CLEAR_INPUT);
        assertEquals("", app.player().input());
        assertTrue(app.player().editing(), "still typing");
        app = Fixtures.type(app, "1".repeat(tutor.quiz.Answer.MAX_LENGTH + 5));
        assertEquals(tutor.quiz.Answer.MAX_LENGTH, app.player().input().length());
        assertEquals("An answer is at most 200 characters; Ctrl-U clears it.", app.player().feedback().text());
        assertTrue(View.render(app).toString().contains("An answer is at most 200 characters; Ctrl-U clears it."));
    }

    @Test
    void whatWasTypedIsThereAfterSteppingAwayAndBack() {
        App app = Fixtures.type(Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT), "0.74");
        app = Fixtures.send(app, Msg.Command.BACK, Msg.Command.PREV);
        assertEquals("", app.player().input(), "a step without the question has no answer field");
        app = Fixtures.send(app, Msg.Command.NEXT);
        assertEquals("0.74", app.player().input(), "kept for its question");
        app = Fixtures.type(app, "97");
        assertEquals("0.7497", app.player().input(), "and typing goes on where it was");
        app = Fixtures.send(app, Msg.Command.BACK, Msg.Command.NEXT);
        assertEquals("", app.player().input(), "another question's field starts empty");
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
        int[] order = app.player().course().choiceOrder(app.player().step(), app.player().item());
        int right = 0;
        while (order[right] != 0) right++;
        int wrong = right == 0 ? 1 : 0;
        app = Fixtures.type(app, String.valueOf(wrong + 1));
        assertTrue(app.player().feedback().text().startsWith("Not " + (wrong + 1) + ". "), app.player().feedback().text());
        assertFalse(app.player().feedback().text().contains("Think again"), "each wrong choice says why it is wrong");
        app = Fixtures.type(app, String.valueOf(right + 1));
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
        App editing = Fixtures.type(Fixtures.send(app, Msg.Command.NEXT), "0.7");
        assertEquals("0.7", editing.player().input());
        App sqrt = Fixtures.type(editing, "*sqrt(");
        assertEquals("0.7*sqrt(", sqrt.player().input(), "letters that spell a function are part of an answer");
        assertEquals("0.7e", Fixtures.type(editing, "e").player().input(), "an exponent's e too");
        assertEquals(1, Fixtures.type(editing, "t").progress().lesson("tiny").item("fill:0:a:h").hints(),
                "t asks for a hint while typing, and the answer stays");
        assertEquals("0.7", Fixtures.type(editing, "t").player().input());
        assertTrue(Fixtures.type(editing, "?").help(), "? opens help while typing");
        assertFalse(Fixtures.type(editing, "q").quit(), "q does not quit from inside the field: a slip of the finger loses no place");
        App left = Fixtures.send(editing, Msg.Command.BACK);
        assertFalse(left.player().editing());
        assertEquals("0.7", left.player().input(), "Esc leaves the field and keeps what was typed");
        assertEquals("0.75", Fixtures.type(left, "5").player().input(), "typing goes on where it was left");
        assertTrue(Fixtures.send(left, Msg.Command.BACK).inMenu(), "Esc with no field open goes back to the menu");
        assertTrue(Fixtures.send(editing, Msg.Command.QUIT).quit(), "Ctrl-C always quits");
    }

    @Test
    void onAScreenTooSmallKeysDoNothingUnseen() {
        App small = Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT, new Msg.Resize(60, 20));
        App typed = Fixtures.type(small, "0.5?");
        assertEquals("", typed.player().input(), "nothing typed into a field that cannot be seen");
        assertFalse(typed.help());
        assertEquals(1, Fixtures.send(small, Msg.Command.NEXT).player().step());
        assertTrue(Fixtures.type(small, "q").quit(), "q still quits");
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
