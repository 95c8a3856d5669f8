package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.KeyStroke;
import org.junit.jupiter.api.Test;

/** Keys the launcher turns from signals into keys: Ctrl-C and Ctrl-\ quit, Ctrl-Z suspends. */
class KeysTest {

    private static Msg ctrl(char c) {
        return Keys.toMsg(new KeyStroke(c, true, false));
    }

    @Test
    void ctrlBackslashQuitsLikeCtrlC() {
        assertEquals(Msg.Command.QUIT, ctrl('c'));
        assertEquals(Msg.Command.QUIT, ctrl('\\'));
    }

    @Test
    void ctrlZSuspendsAndUpdateLeavesTheStateAlone() {
        assertEquals(Msg.Command.SUSPEND, ctrl('z'));
        assertEquals(Msg.Command.CLEAR_INPUT, ctrl('u'));
        App app = Fixtures.app(false);
        assertEquals(app, Update.update(app, Msg.Command.SUSPEND), "the loop handles it; to the state it is nothing");
        App open = Fixtures.opened(0, false);
        assertEquals(open.player().step(), Update.update(open, Msg.Command.SUSPEND).player().step());
    }

    @Test
    void otherControlKeysAreIgnored() {
        assertEquals(null, ctrl('s'));
        assertEquals(null, Keys.toMsg(KeyStroke.fromString("\u0001")));
    }
}
