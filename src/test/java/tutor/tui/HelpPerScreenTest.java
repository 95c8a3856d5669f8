package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ? shows the keys of the screen it is opened from: the menu's, a lesson's, the end screen's. */
class HelpPerScreenTest {
    static String help(App app) {
        return View.render(Fixtures.send(app, Msg.Command.HELP)).toString();
    }

    @Test
    void theEndScreenListsItsOwnKeys() {
        App end = Fixtures.send(Fixtures.opened(0, false), Msg.Command.LAST, Msg.Command.NEXT);
        assertTrue(end.player().atEnd(), "at the end screen");
        String s = help(end);
        assertTrue(s.contains("go to the first question still open"), s);
        assertTrue(s.contains("this lesson again on fresh numbers"), s);
        assertFalse(s.contains("next and previous section"), s);
    }

    @Test
    void aLessonListsTheLessonsKeysAndTheLab() {
        String s = help(Fixtures.opened(0, false));
        assertTrue(s.contains("next and previous section"), s);
        assertTrue(s.contains("the lab: change any number"), s);
    }

    @Test
    void theMenuListsItsOwnKeys() {
        String s = help(Fixtures.app(false));
        assertTrue(s.contains("choose a lesson"), s);
        assertTrue(s.contains("the screen-reader mode"), s);
        assertFalse(s.contains("next and previous section"), s);
    }
}
