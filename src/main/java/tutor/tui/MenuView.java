package tutor.tui;

import tutor.progress.Progress;
import tutor.render.Canvas;
import tutor.render.Role;
import tutor.render.Text;

/** The lesson menu: title, network shape, length, progress and score of each lesson; broken files marked. */
final class MenuView {
    private MenuView() {}

    static void draw(Canvas c, App app) {
        View.bar(c, 0, "backprop-tutor", "learn backpropagation by hand", Role.TITLE);
        c.put(2, 2, "Lessons", Role.DIM);
        int shown = visible(c.height());
        int first = first(app.cursor(), app.menu().size(), shown);
        int last = Math.min(app.menu().size(), first + shown);
        // More entries than rows: the list scrolls with the cursor (kept in the middle where it can be), and says
        // how many more there are above and below.
        if (first > 0) more(c, 2, View.glyphs(app, "↑ " + first + " more above"));
        if (last < app.menu().size()) more(c, 3 + 2 * shown, View.glyphs(app, "↓ " + (app.menu().size() - last) + " more below"));
        int y = 3;
        for (int i = first; i < last; i++, y += 2) {
            MenuEntry e = app.menu().get(i);
            boolean selected = i == app.cursor();
            String mark = selected ? View.glyphs(app, "▶") : " ";
            if (e.card() != null) {
                MenuCard l = e.card();
                int steps = l.steps();
                Progress.LessonProgress p = app.progress().lesson(l.id());
                // Finished means answered: every step reached and every question answered or revealed.
                int open = Math.max(0, l.questions() - p.tally().answered());
                boolean finished = p.furthest() >= steps && open == 0;
                String score = "score " + p.score() + "/" + l.questions();
                String progress = finished ? View.glyphs(app, "✓ finished, ") + score
                        : p.furthest() == 0 && p.items().isEmpty() ? "not started"
                        : (p.step() >= steps ? "at the end, " + open + " open" : "at step " + (p.step() + 1) + "/" + steps)
                        + ", " + score;
                String number = String.format("%" + Integer.toString(app.menu().size()).length() + "d", i + 1); // 9 and 10 align
                String title = mark + " " + number + "  " + View.glyphs(app, l.title());
                c.put(0, y, Text.padRight(Text.clip(title, c.width(), app.settings().ascii()), c.width()),
                        selected ? Role.SELECTED : Role.TITLE_TEXT);
                String info = "     " + l.shape() + " " + View.glyphSet(app).section() + " " + steps + " steps "
                        + View.glyphSet(app).section() + " " + progress;
                c.put(0, y + 1, info, Role.DIM);
            } else {
                String line = mark + " !  " + fileName(e.file()) + ": broken";
                c.put(0, y, Text.padRight(View.glyphs(app, line), c.width()), selected ? Role.SELECTED : Role.BAD);
                c.put(0, y + 1, Text.clip("     " + View.glyphs(app, e.problems().get(0).message()), c.width(),
                        app.settings().ascii()), Role.BAD);
            }
        }
        if (app.menu().isEmpty()) c.put(2, 4, "No lessons found. Lessons are JSON files in lessons/.", Role.WARNING);
        detail(c, app, c.height() - 5);
        if (app.notice() != null) {
            var lines = Text.wrap(View.glyphs(app, app.notice()), c.width() - 2);
            for (int i = 0; i < lines.size() && i < 2; i++) c.put(1, c.height() - 3 + i, lines.get(i), Role.WARNING);
        }
        View.bar(c, c.height() - 1, View.glyphs(app, "↑↓ choose · Enter open · v screen reader · ? help · q quit"), null, Role.STATUS);
    }

    /** How many entries (two rows each) fit between the heading and the detail lines. */
    static int visible(int height) {
        return Math.max(1, (height - 9) / 2);
    }

    /** The first entry drawn: the cursor in the middle of the window, the window within the list. */
    static int first(int cursor, int entries, int shown) {
        return Math.max(0, Math.min(cursor - shown / 2, entries - shown));
    }

    private static void more(Canvas c, int y, String text) {
        c.put(c.width() - Text.width(text) - 2, y, text, Role.DIM);
    }

    /** A line or two about the selected lesson. */
    private static void detail(Canvas c, App app, int y) {
        if (app.menu().isEmpty()) return;
        MenuEntry e = app.menu().get(app.cursor());
        String text;
        if (e.card() != null) {
            MenuCard l = e.card();
            text = (l.source() == null ? "" : "From " + l.source() + ". ") + l.shape() + " network, loss "
                    + l.loss() + ", " + (l.examples() > 1 ? l.examples() + " examples, " : "")
                    + (l.errata() == 0 ? "" : l.errata() + (l.errata() == 1 ? " erratum" : " errata") + " in the source. ")
                    + (l.decimals() < 0 ? "" : "paper mode: " + l.decimals() + " decimals.");
        } else {
            text = e.problems().size() + " problem(s); the first: " + e.problems().get(0) + ". Run ./tutor check.";
        }
        var lines = Text.wrap(View.glyphs(app, text), c.width() - 4);
        for (int i = 0; i < lines.size() && i < 2; i++) c.put(2, y + i, lines.get(i), Role.DIM);
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
