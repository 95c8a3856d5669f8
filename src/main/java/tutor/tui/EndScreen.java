package tutor.tui;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Notation;
import tutor.lesson.Lesson;
import tutor.lesson.Narration;
import tutor.progress.Progress;
import tutor.quiz.Practice;
import tutor.render.Canvas;
import tutor.render.Role;
import tutor.render.Text;

/**
 * After the last step: the score (right first time, right after hints or tries, revealed), the slips named on the
 * way, what the lesson covered, and the ways on: the next lesson, this lesson with new numbers, the menu.
 */
final class EndScreen {
    private EndScreen() {}

    static App update(App app, Msg msg) {
        Player p = app.player();
        if (msg instanceof Msg.Typed t) {
            return switch (t.c()) {
                case 'n' -> nextLesson(app);
                case 'p' -> practice(app);
                case 'm' -> app.withPlayer(null);
                case 'q' -> app.quitting();
                case 'h' -> Update.go(app, p.steps().size() - 1);
                case 'j' -> app.withPlayer(p.withScroll(p.scroll() + 1));
                case 'k' -> app.withPlayer(p.withScroll(p.scroll() - 1));
                default -> app;
            };
        }
        return switch ((Msg.Command) msg) {
            case PREV, LAST -> Update.go(app, p.steps().size() - 1);
            case FIRST -> Update.go(app, 0);
            case BACK -> app.withPlayer(null);
            case ENTER, NEXT -> nextLesson(app);
            case SCROLL_DOWN -> app.withPlayer(p.withScroll(p.scroll() + 1));
            case SCROLL_UP -> app.withPlayer(p.withScroll(p.scroll() - 1));
            default -> app;
        };
    }

    /** The next lesson of the menu that loads; the menu when there is none. */
    private static App nextLesson(App app) {
        int next = next(app);
        return next < 0 ? app.withPlayer(null).withNotice("That was the last lesson. Well done.")
                : Update.open(app.withPlayer(null).withCursor(next));
    }

    /** The menu index of the next lesson that may open, or −1. */
    private static int next(App app) {
        for (int i = app.cursor() + 1; i < app.menu().size(); i++) {
            if (app.menu().get(i).ok() || !app.menu().get(i).checked()) return i;
        }
        return -1;
    }

    /** This lesson on fresh numbers: a new seed each time, the same sequence for the same learner. */
    private static App practice(App app) {
        Lesson lesson = app.player().lesson();
        int earlier = 0;
        for (String id : app.progress().lessons().keySet()) if (id.startsWith(lesson.id() + "-practice-")) earlier++;
        long seed = Math.floorMod((app.settings().learner() + "/" + lesson.id() + "/" + earlier).hashCode(), 100_000);
        try {
            Lesson fresh = Practice.of(lesson, seed);
            return app.withPlayer(Player.open(fresh, app.progress().lesson(fresh.id()), app.settings().learner()));
        } catch (RuntimeException e) {
            return app.withPlayer(null).withNotice("No sheet of new numbers could be drawn for this lesson (" + e.getMessage() + ").");
        }
    }

    // ---- the screen ----------------------------------------------------------------------------

    static void draw(Canvas c, App app) {
        Player p = app.player();
        Lesson lesson = p.lesson();
        View.bar(c, 0, View.glyphs(app, lesson.title()), "the end", Role.TITLE);
        int width = Math.min(c.width() - 2, PlayerView.MAX_TEXT);
        List<PlayerView.Line> lines = lines(app, width);
        int top = 2;
        int bottom = c.height() - 2;
        int room = bottom - top;
        int scroll = Math.max(0, Math.min(p.scroll(), lines.size() - room));
        for (int i = 0; i < room && scroll + i < lines.size(); i++) {
            PlayerView.Line l = lines.get(scroll + i);
            c.put(1, top + i, l.text(), l.role());
        }
        PlayerView.scrollMarks(c, app, top, top + room - 1, scroll, lines.size() - room);
        String keys = (next(app) >= 0 ? "n next lesson · " : "") + "p new numbers · ← back · Esc menu";
        View.bar(c, c.height() - 1, "End of the lesson", View.glyphs(app, keys), Role.STATUS);
    }

    static List<PlayerView.Line> lines(App app, int width) {
        Player p = app.player();
        Notation n = p.lesson().notation(app.settings().ascii());
        Score s = Score.of(p);
        List<PlayerView.Line> out = new ArrayList<>();
        PlayerView.add(out, "You have worked through every step.", Role.GOOD, width);
        out.add(new PlayerView.Line("", Role.NORMAL));
        if (s.questions() > 0) {
            PlayerView.add(out, "Score: " + s.firstTime() + " of " + s.questions() + " right at the first try, " + s.later()
                    + " right after a hint or another try, " + s.revealed() + " revealed"
                    + (s.open() > 0 ? ", " + s.open() + " skipped" : "") + ".", Role.TITLE, width);
        }
        if (!p.slips().isEmpty()) {
            PlayerView.add(out, "Slips named on the way:", Role.NORMAL, width);
            for (String slip : p.slips()) PlayerView.add(out, View.glyphs(app, "  • ") + n.render(slip), Role.DIM, width, 4);
        }
        if (p.lesson().summary() != null) {
            out.add(new PlayerView.Line("", Role.NORMAL));
            PlayerView.add(out, "What this lesson covered:", Role.NORMAL, width);
            PlayerView.add(out, Narration.fill(p.lesson().summary(), p.course().traces().get(0), n), Role.NORMAL, width);
        }
        out.add(new PlayerView.Line("", Role.NORMAL));
        PlayerView.add(out, "Where next:", Role.NORMAL, width);
        List<String[]> ways = new ArrayList<>();
        if (next(app) >= 0) ways.add(new String[] {"n", "the next lesson"});
        ways.add(new String[] {"p", "this lesson again, with new numbers"});
        ways.add(new String[] {"←", "back to the last step"});
        ways.add(new String[] {"Esc", next(app) >= 0 ? "the menu" : "the menu (this was the last lesson)"});
        for (String[] way : ways) PlayerView.add(out, "  " + Text.padRight(View.glyphs(app, way[0]), 4) + way[1], Role.KEY, width);
        return out;
    }

    /** The tally of a lesson's questions: Progress counts them, the lesson knows how many there are. */
    record Score(int questions, int firstTime, int later, int revealed, int open) {
        static Score of(Player p) {
            int questions = 0;
            for (var s : p.steps()) questions += s.quiz().size();
            Progress.LessonProgress.Tally t = p.progress().tally();
            return new Score(questions, t.firstTime(), t.later(), t.revealed(), questions - t.firstTime() - t.later() - t.seen() - t.revealed());
        }
    }
}
