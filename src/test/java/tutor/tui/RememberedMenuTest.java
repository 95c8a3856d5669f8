package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.render.Canvas;

/**
 * The first frame may be drawn from the cards remembered from the last start: it must be the very frame the
 * lessons themselves draw, at every cursor position, in both glyph sets, sizes and with progress in it.
 */
class RememberedMenuTest {

    private static List<MenuEntry> remembered(List<MenuEntry> menu) {
        List<MenuEntry> out = new ArrayList<>();
        for (MenuEntry e : menu) out.add(MenuEntry.remembered(e.file(), MenuCard.of(e.lesson())));
        return out;
    }

    @Test
    void theRememberedMenuDrawsTheSameFrameAsTheLessons() {
        for (boolean ascii : new boolean[] {false, true}) {
            App afterTiny = Fixtures.send(GoldenScreensTest.finishedFirstLesson(ascii), Msg.Command.BACK);
            App midway = Fixtures.send(Fixtures.opened(3, ascii), Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.BACK);
            for (App real : List.of(Fixtures.app(ascii), afterTiny, midway)) {
                for (int[] size : new int[][] {{80, 24}, {120, 40}, {60, 20}}) {
                    for (int cursor = 0; cursor < real.menu().size(); cursor++) {
                        App shown = real.withCursor(cursor).withSize(size[0], size[1]);
                        App fromCards = shown.withMenu(remembered(shown.menu()));
                        Canvas expected = View.render(shown);
                        Canvas actual = View.render(fromCards);
                        assertEquals(expected.toString(), actual.toString(), "cursor " + cursor + " at " + size[0] + "x" + size[1]);
                        for (int y = 0; y < expected.height(); y++) {
                            for (int x = 0; x < expected.width(); x++) {
                                assertEquals(expected.roleAt(x, y), actual.roleAt(x, y), "role at " + x + "," + y);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aRememberedEntryIsNeverOpened() {
        MenuEntry e = Fixtures.menu().get(0);
        assertFalse(MenuEntry.remembered(e.file(), MenuCard.of(e.lesson())).ok());
        assertFalse(MenuEntry.remembered(e.file(), MenuCard.of(e.lesson())).checked());
    }
}
