package tutor.tui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.engine.Notation;
import tutor.lesson.Lesson;
import tutor.lesson.Narration;
import tutor.progress.Progress;
import tutor.quiz.Practice;
import tutor.render.Canvas;
import tutor.render.Role;
import tutor.render.Text;

/**
 * After the last step: how many questions are still open (and a key to the first), the score (right first time,
 * right after hints or tries, right after seeing the value, revealed, skipped), the slips named on the way, what the
 * lesson covered, and the ways on. It scrolls with the keys every screen scrolls with; its own choices are letters
 * that mean nothing else in a lesson (g the first open question, o the next lesson, f fresh numbers).
 */
final class EndScreen {
    private EndScreen() {}

    /** Rows of the end screen above and below its text: the title bar and a blank line, the status line and one more. */
    private static final int FRAME = 4;

    static App update(App app, Msg msg) {
        Player p = app.player();
        if (msg instanceof Msg.Typed t) {
            return switch (t.c()) {
                case 'g' -> firstOpen(app);
                case 'o' -> next(app) >= 0 ? nextLesson(app) : app;
                case 'f' -> practice(app);
                case 'q' -> app.withPlayer(null);
                case 'h', 'p' -> Update.go(app, p.steps().size() - 1);
                case 'j' -> scrollTo(app, p.scroll() + 1);
                case 'k' -> scrollTo(app, p.scroll() - 1);
                default -> app;
            };
        }
        int page = Math.max(1, app.height() / 2);
        return switch ((Msg.Command) msg) {
            case PREV -> Update.go(app, p.steps().size() - 1);
            case BACK -> app.withPlayer(null);
            case SCROLL_DOWN -> scrollTo(app, p.scroll() + 1);
            case SCROLL_UP -> scrollTo(app, p.scroll() - 1);
            case PAGE_DOWN -> scrollTo(app, p.scroll() + page);
            case PAGE_UP -> scrollTo(app, p.scroll() - page);
            case FIRST -> scrollTo(app, 0);
            case LAST -> scrollTo(app, Integer.MAX_VALUE);
            default -> app;
        };
    }

    /** Scrolls the text, within what there is to scroll. */
    private static App scrollTo(App app, int scroll) {
        int max = Math.max(0, lines(app, width(app.width())).size() - (app.height() - FRAME));
        return app.withPlayer(app.player().withScroll(Math.max(0, Math.min(scroll, max))));
    }

    private static int width(int screen) {
        return Math.min(screen - 2, PlayerView.MAX_TEXT);
    }

    /** The first step with a question neither answered nor revealed, at that question. */
    private static App firstOpen(App app) {
        int step = firstOpenStep(app.player());
        return step < 0 ? app : Update.go(app, step);
    }

    /** The first step with an open question, or −1. */
    static int firstOpenStep(Player p) {
        for (int s = 0; s < p.steps().size(); s++) {
            for (int i = 0; i < p.steps().get(s).quiz().size(); i++) if (!p.done(s, i)) return s;
        }
        return -1;
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
        List<PlayerView.Line> lines = lines(app, width(c.width()));
        int top = 2;
        int bottom = c.height() - 2;
        int room = bottom - top;
        int scroll = Math.max(0, Math.min(p.scroll(), lines.size() - room));
        for (int i = 0; i < room && scroll + i < lines.size(); i++) {
            PlayerView.Line l = lines.get(scroll + i);
            c.put(1, top + i, l.text(), l.role());
        }
        PlayerView.scrollMarks(c, app, top, top + room - 1, scroll, lines.size() - room);
        List<String> keys = new ArrayList<>();
        if (Score.of(p).open() > 0) keys.add("g first open");
        if (next(app) >= 0) keys.add("o next lesson");
        keys.add("f new numbers");
        keys.add("q menu");
        keys.add("← back");
        keys.add("? help");
        String left = "The end";
        String right = View.glyphs(app, String.join(" · ", keys));
        // The least needed ways give way first on a narrow screen (the text lists them all): back, then new numbers.
        for (String drop : List.of("← back", "f new numbers")) {
            if (Text.width(left) + Text.width(right) + 4 <= c.width()) break;
            keys.remove(drop);
            right = View.glyphs(app, String.join(" · ", keys));
        }
        View.bar(c, c.height() - 1, left, right, Role.STATUS);
    }

    static List<PlayerView.Line> lines(App app, int width) {
        Player p = app.player();
        Notation n = p.lesson().notation(app.settings().ascii());
        Score s = Score.of(p);
        List<PlayerView.Line> out = new ArrayList<>();
        if (s.open() == 0) {
            PlayerView.add(out, s.questions() == 0 ? "You have worked through every step."
                    : "You have worked through every step and every question.", Role.GOOD, width);
        } else {
            PlayerView.add(out, "You have reached the end with " + s.open() + " of " + s.questions() + " questions still open"
                    + " (the lesson is finished when every one is answered): g goes to the first, on step "
                    + (firstOpenStep(p) + 1) + ".", Role.WARNING, width);
        }
        out.add(new PlayerView.Line("", Role.NORMAL));
        if (s.questions() > 0) {
            PlayerView.add(out, "Score: " + s.firstTime() + " of " + s.questions() + " right at the first try, " + s.later()
                    + " right after a hint or another try, "
                    + (s.seen() > 0 ? s.seen() + " right after seeing the answer (not scored), " : "")
                    + s.revealed() + " revealed" + (s.open() > 0 ? ", " + s.open() + " skipped" : "") + ".", Role.TITLE, width);
        }
        if (!p.slips().isEmpty()) {
            PlayerView.add(out, "Slips named on the way:", Role.NORMAL, width);
            for (String slip : slipLines(p.slips())) PlayerView.add(out, View.glyphs(app, "  • ") + n.render(slip), Role.DIM, width, 4);
        }
        if (p.lesson().summary() != null) {
            out.add(new PlayerView.Line("", Role.NORMAL));
            PlayerView.add(out, "What this lesson covered:", Role.NORMAL, width);
            PlayerView.add(out, Narration.fill(p.lesson().summary(), p.course().traces().get(0), n), Role.NORMAL, width);
        }
        out.add(new PlayerView.Line("", Role.NORMAL));
        PlayerView.add(out, "Where next:", Role.NORMAL, width);
        List<String[]> ways = new ArrayList<>();
        if (s.open() > 0) ways.add(new String[] {"g", "the first open question (step " + (firstOpenStep(p) + 1) + ")"});
        if (next(app) >= 0) ways.add(new String[] {"o", "open the next lesson"});
        ways.add(new String[] {"f", "this lesson again, with fresh numbers"});
        ways.add(new String[] {"←", "back to the last step"});
        ways.add(new String[] {"q Esc", next(app) >= 0 ? "the menu" : "the menu (this was the last lesson)"});
        for (String[] way : ways) PlayerView.add(out, "  " + Text.padRight(View.glyphs(app, way[0]), 6) + way[1], Role.KEY, width);
        return out;
    }

    /**
     * Each slip once, as a fact about what was typed (true after the lesson as during it): "For ∂L/∂w₂ you typed
     * −0.04: that is δ alone; …", the questions it was made on together.
     */
    static List<String> slipLines(List<Player.Slip> slips) {
        Map<String, List<Player.Slip>> byWhat = new LinkedHashMap<>();
        for (Player.Slip s : slips) {
            List<Player.Slip> same = byWhat.computeIfAbsent(s.what(), k -> new ArrayList<>());
            if (same.stream().noneMatch(o -> o.asked().equals(s.asked()))) same.add(s);
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Player.Slip>> e : byWhat.entrySet()) {
            List<Player.Slip> on = e.getValue();
            String where;
            if (on.size() == 1) {
                where = "For " + on.get(0).asked() + " you typed " + typed(on.get(0));
            } else {
                List<String> parts = new ArrayList<>();
                for (Player.Slip s : on) parts.add(s.asked() + " (you typed " + typed(s) + ")");
                where = "For " + String.join(parts.size() == 2 ? " and " : ", ", parts);
            }
            out.add(where + ": " + lowerFirst(e.getKey()));
        }
        return out;
    }

    private static String typed(Player.Slip s) {
        return s.typed().replace('-', '−');
    }

    /** A sentence going on after a colon: "The sign is flipped." becomes "the sign is flipped." (a symbol stays). */
    private static String lowerFirst(String sentence) {
        if (sentence.length() < 2 || !Character.isUpperCase(sentence.charAt(0)) || !Character.isLowerCase(sentence.charAt(1))) return sentence;
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /**
     * The tally of a lesson's questions: Progress counts how each went (one count for every view of the record), the
     * lesson knows how many there are and which are still open.
     */
    record Score(int questions, int firstTime, int later, int seen, int revealed, int open) {
        static Score of(Player p) {
            int questions = 0;
            int open = 0;
            for (int s = 0; s < p.steps().size(); s++) {
                for (int i = 0; i < p.steps().get(s).quiz().size(); i++) {
                    questions++;
                    if (!p.done(s, i)) open++;
                }
            }
            Progress.LessonProgress.Tally t = p.progress().tally();
            return new Score(questions, t.firstTime(), t.later(), t.seen(), t.revealed(), open);
        }
    }
}
