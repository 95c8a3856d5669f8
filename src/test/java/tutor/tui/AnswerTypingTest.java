package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Typing an answer: an x between numbers is times, any other stray letter gets a message; the first hint says why. */
class AnswerTypingTest {

    /** tiny, step 2: "What does the hidden neuron output?" (h = 0.750). */
    private static App atTheFirstQuestion() {
        App app = Fixtures.opened(0, false);
        return Fixtures.send(app, Msg.Command.NEXT);
    }

    @Test
    void anXBetweenNumbersIsPartOfTheAnswer() {
        App app = Fixtures.type(atTheFirstQuestion(), "0.3 x 2.5");
        assertEquals("0.3 x 2.5", app.player().input());
        app = Fixtures.send(app, Msg.Command.ENTER);
        assertTrue(app.player().feedback().good(), app.player().feedback().text());
    }

    @Test
    void aStrayLetterGetsAMessageAndIsNotDropped() {
        App app = Fixtures.type(atTheFirstQuestion(), "0.3y");
        assertEquals("0.3", app.player().input(), "the letter is not typed into the answer");
        assertEquals("\"y\" is no part of a number: write ×, * or x for times; t gives a hint, Esc leaves the answer.",
                app.player().feedback().text());
        // x before any number is no times sign either
        app = Fixtures.type(Fixtures.send(atTheFirstQuestion()), "-x");
        assertEquals("-", app.player().input());
        assertFalse(app.player().feedback().good());
        // t is still the hint while typing
        app = Fixtures.type(atTheFirstQuestion(), "0.3t");
        assertEquals(1, app.player().progress().item(app.player().itemKey(app.player().step(), app.player().item())).hints());
    }

    @Test
    void theFirstHintSaysWhyAndTheSecondWorksTheNumbers() {
        App app = Fixtures.send(atTheFirstQuestion(), Msg.Command.HINT);
        String screen = View.render(app).toString();
        assertTrue(screen.contains("Hint: h is the neuron's output, what it passes on: the sigmoid squashes its"), screen);
        assertTrue(screen.contains("It is worked from z_h = 1.100."), screen);
        app = Fixtures.send(app, Msg.Command.HINT);
        screen = View.render(app).toString();
        assertTrue(screen.contains("Hint: h = σ(z_h) = 1 / (1 + e^(−z_h)) = 1 / (1 + 0.333) = ____"), screen);
    }
}
