package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tutor.progress.Progress;

/** The lab shows every value of a lesson: opening it marks the lesson's open questions as seen, never the answered. */
class LabSeenTest {
    @Test
    void openingTheLabFromTheMenuMarksEveryOpenQuestionSeen() {
        App menu = Fixtures.app(false);
        App lab = Fixtures.send(Fixtures.type(menu, "x"));
        assertTrue(lab.lab() != null, "the lab is open");
        Progress.LessonProgress tiny = lab.progress().lesson("tiny");
        assertEquals(9, tiny.items().size(), "every fill-in of tiny");
        for (Progress.Item i : tiny.items().values()) assertTrue(i.seen(), i.toString());
    }

    @Test
    void aQuestionAnsweredBeforeTheLabStaysTheLearnersOwn() {
        App app = Fixtures.opened(0, false);
        app = Fixtures.send(app, Msg.Command.NEXT);
        String value = app.player().trace().get("a:h").result().replace('−', '-');
        app = Fixtures.send(Fixtures.type(app, value), Msg.Command.ENTER);
        App lab = Fixtures.send(Fixtures.type(app, "x"));
        Progress.LessonProgress tiny = lab.progress().lesson("tiny");
        assertFalse(tiny.item("fill:0:a:h").seen(), "answered first: still a first try");
        assertEquals(1, tiny.tally().firstTime());
        assertTrue(tiny.item("fill:0:z:o").seen());
    }
}
