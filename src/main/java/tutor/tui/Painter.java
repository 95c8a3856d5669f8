package tutor.tui;

import com.googlecode.lanterna.screen.Screen;
import tutor.render.Canvas;

/** Copies a canvas onto a Lanterna screen; the screen's delta refresh then sends only the cells that changed. */
final class Painter {
    private final Palette palette;

    Painter(Palette palette) {
        this.palette = palette;
    }

    void paint(Canvas canvas, Screen screen) {
        int w = Math.min(canvas.width(), screen.getTerminalSize().getColumns());
        int h = Math.min(canvas.height(), screen.getTerminalSize().getRows());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) screen.setCharacter(x, y, palette.character(canvas.charAt(x, y), canvas.roleAt(x, y)));
        }
    }
}
