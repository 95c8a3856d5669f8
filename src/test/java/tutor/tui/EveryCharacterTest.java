package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import org.junit.jupiter.api.Test;
import tutor.render.Role;
import tutor.text.Cells;

/**
 * Every character of the BMP, as a canvas cell shows it, is one Lanterna can draw and draws one cell wide: no
 * lesson, answer or message can make the painter throw (as a title's newline did) or shift the screen.
 */
class EveryCharacterTest {

    @Test
    void everyCharacterAsShownIsOneDrawableCell() {
        Palette palette = new Palette(true);
        for (int i = 0; i <= 0xFFFF; i++) {
            char shown = Cells.shown((char) i);
            String hex = Integer.toHexString(i);
            assertFalse(TerminalTextUtils.isControlCharacter(shown), hex);
            assertFalse(TerminalTextUtils.isCharDoubleWidth(shown), "Lanterna draws U+" + hex + " two cells wide");
            TextCharacter drawn = palette.character(shown, Role.NORMAL);
            assertEquals(1, drawn.getCharacterString().length(), hex);
        }
    }
}
