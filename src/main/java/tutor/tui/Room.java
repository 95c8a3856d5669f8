package tutor.tui;

import tutor.render.Canvas;
import tutor.render.Role;
import tutor.render.Text;
import tutor.teach.ClassScreen;
import tutor.teach.ClassScreenView;

/**
 * A session's place in a class, beside the tutor's own state: the teacher's last line (on the status line until the
 * next key), whether the class is paused (keys do nothing until it is resumed; quitting still works), and for a
 * teacher the class view and whether it is the screen shown. Alone at home it is {@link #ALONE} and changes nothing.
 * Pure: a message in, the next room, the message the tutor still gets (or none) and an effect for the server.
 */
public record Room(String line, boolean paused, ClassScreen classView, boolean showingClass) {
    public static final Room ALONE = new Room(null, false, null, false);

    public static final String PAUSED = "Your teacher paused the class.";

    /** A teacher's room: the class view shown first. */
    public static Room teacher(ClassScreen view) {
        return new Room(null, false, view, true);
    }

    /** The outcome of a message: the room after it, what the tutor still gets (null: nothing) and the server's part. */
    public record Step(Room room, Msg forward, ClassScreen.Effect effect, String text) {
        static Step keep(Room r, Msg forward) {
            return new Step(r, forward, ClassScreen.Effect.NONE, null);
        }
    }

    public static Step update(Room r, App app, Msg msg) {
        if (msg instanceof Msg.ClassLine l) return Step.keep(new Room(l.text(), r.paused, r.classView, r.showingClass), null);
        if (msg instanceof Msg.ClassPaused p) return Step.keep(new Room(r.line, p.on(), r.classView, r.showingClass), null);
        if (msg instanceof Msg.ClassNews n) {
            return r.classView == null ? Step.keep(r, null) : classView(r, new ClassScreen.Msg.News(n.snap()));
        }
        if (msg instanceof Msg.ClassSaid s) {
            return r.classView == null ? Step.keep(r, null) : classView(r, new ClassScreen.Msg.Said(s.text()));
        }
        boolean key = msg instanceof Msg.Typed || msg instanceof Msg.Command && msg != Msg.Command.REDRAW;
        Room seen = key && r.line != null ? new Room(null, r.paused, r.classView, r.showingClass) : r;
        if (msg instanceof Msg.Resize || msg instanceof Msg.Hangup || msg == Msg.Command.QUIT || msg instanceof Msg.Tick
                || msg instanceof Msg.Checked || msg == Msg.Command.REDRAW) {
            return Step.keep(seen, msg);
        }
        if (r.classView != null && r.showingClass) {
            ClassScreen.Msg m = keyOf(msg);
            return m == null ? Step.keep(seen, null) : classView(seen, m);
        }
        if (r.paused && r.classView == null) return Step.keep(seen, null); // keys wait while the class is paused
        if (r.classView != null && app.inMenu() && msg instanceof Msg.Typed t && t.c() == 't') {
            return Step.keep(new Room(null, r.paused, r.classView, true), null);
        }
        return Step.keep(seen, msg);
    }

    private static Step classView(Room r, ClassScreen.Msg m) {
        ClassScreen.Next next = ClassScreen.update(r.classView, m);
        boolean showing = r.showingClass && next.effect() != ClassScreen.Effect.TUTOR;
        Room after = new Room(r.line, r.paused, next.screen(), showing);
        if (next.effect() == ClassScreen.Effect.QUIT) return new Step(after, Msg.Command.QUIT, ClassScreen.Effect.NONE, null);
        return new Step(after, null, next.effect(), next.text());
    }

    /** The tutor's keys as the class view knows them. */
    static ClassScreen.Msg keyOf(Msg msg) {
        if (msg instanceof Msg.Typed t) return new ClassScreen.Msg.Typed(t.c());
        if (!(msg instanceof Msg.Command c)) return null;
        return switch (c) {
            case SCROLL_UP -> ClassScreen.Msg.Key.UP;
            case SCROLL_DOWN -> ClassScreen.Msg.Key.DOWN;
            case PAGE_UP -> ClassScreen.Msg.Key.PAGE_UP;
            case PAGE_DOWN -> ClassScreen.Msg.Key.PAGE_DOWN;
            case FIRST -> ClassScreen.Msg.Key.HOME;
            case LAST -> ClassScreen.Msg.Key.END;
            case ENTER -> ClassScreen.Msg.Key.ENTER;
            case BACK -> ClassScreen.Msg.Key.ESCAPE;
            case NEXT_SECTION, PREV_SECTION -> ClassScreen.Msg.Key.TAB;
            case BACKSPACE -> ClassScreen.Msg.Key.BACKSPACE;
            case HELP -> new ClassScreen.Msg.Typed('?');
            default -> null;
        };
    }

    /** The frame: the class view when it is shown, else the tutor's with the teacher's line or the pause over it. */
    public static Canvas render(Room r, App app, Canvas tutor) {
        if (r.classView != null && r.showingClass) return ClassScreenView.render(r.classView, app.width(), app.height());
        boolean ascii = app.settings().ascii();
        if (r.classView != null && app.inMenu() && r.line == null) {
            String back = " t class view ";
            tutor.put(tutor.width() - back.length() - 1, tutor.height() - 1, back, Role.KEY);
        }
        if (r.paused && r.classView == null) {
            int w = Math.min(tutor.width() - 4, 50);
            int x = (tutor.width() - w) / 2;
            int y = tutor.height() / 2 - 2;
            String[] box = {"", PAUSED, "Keys do nothing until they resume it.", ""};
            for (int i = 0; i < box.length; i++) {
                int pad = Math.max(0, (w - box[i].length()) / 2);
                tutor.put(x, y + i, Text.padRight(" ".repeat(pad) + box[i], w), Role.SELECTED);
            }
        }
        if (r.line != null) bottom(tutor, "Teacher: " + r.line, Role.WARNING, ascii);
        return tutor;
    }

    private static void bottom(Canvas c, String text, Role role, boolean ascii) {
        int y = c.height() - 1;
        c.put(0, y, " ".repeat(c.width()), role);
        c.put(1, y, Text.clip(ascii ? tutor.engine.Ascii.transliterate(text) : text, c.width() - 2, ascii), role);
    }
}
