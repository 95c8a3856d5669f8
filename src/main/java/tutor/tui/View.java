package tutor.tui;

import tutor.engine.Ascii;
import tutor.render.Canvas;
import tutor.render.Glyphs;
import tutor.render.Role;
import tutor.render.Text;

/** view(state) → canvas: what the screen shows, as characters and roles. Pure: no terminal here. */
public final class View {
    private View() {}

    public static final int MIN_WIDTH = 80;
    public static final int MIN_HEIGHT = 24;

    public static Canvas render(App app) {
        Canvas c = new Canvas(app.width(), app.height());
        if (app.width() < MIN_WIDTH || app.height() < MIN_HEIGHT) {
            tooSmall(c, app);
            return c;
        }
        if (app.lab() != null) return LabHook.render(app);
        if (app.inMenu()) MenuView.draw(c, app);
        else if (app.player().atEnd()) EndScreen.draw(c, app);
        else PlayerView.draw(c, app);
        if (app.help()) HelpView.draw(c, app);
        return c;
    }

    private static void tooSmall(Canvas c, App app) {
        String text = "backprop-tutor needs a terminal of at least " + MIN_WIDTH + "x" + MIN_HEIGHT + "; this one is "
                + app.width() + "x" + app.height() + ". Make the window larger, or press q to quit. Nothing is lost.";
        var lines = Text.wrap(text, Math.max(1, c.width() - 2));
        int y = Math.max(0, (c.height() - lines.size()) / 2);
        for (String line : lines) {
            if (y >= c.height()) break;
            c.put(Math.max(0, (c.width() - Text.width(line)) / 2), y++, line, Role.WARNING);
        }
    }

    /** Text in the chosen glyph set. */
    static String glyphs(App app, String text) {
        return app.settings().ascii() ? Ascii.transliterate(text) : text;
    }

    static Glyphs glyphSet(App app) {
        return Glyphs.of(app.settings().ascii());
    }

    /**
     * A full-width bar: text on the left, and on the right as many of its items (" · " between them) as fit whole;
     * a cut item ("Step>") would say nothing.
     */
    static void bar(Canvas c, int y, String left, String right, Role role) {
        c.put(0, y, " ".repeat(c.width()), role);
        boolean ascii = (left + (right == null ? "" : right)).chars().allMatch(ch -> ch < 128); // ASCII text is cut in ASCII
        String l = Text.clip(left, Math.max(0, c.width() - 2), ascii);
        c.put(1, y, l, role);
        if (right == null || right.isEmpty()) return;
        int room = c.width() - Text.width(l) - 4;
        if (room < 5) return;
        String r = right;
        String separator = right.contains(" · ") ? " · " : " * ";
        while (Text.width(r) > room) {
            int cut = r.lastIndexOf(separator);
            if (cut < 0) return;
            r = r.substring(0, cut);
        }
        c.put(c.width() - Text.width(r) - 1, y, r, role);
    }
}
