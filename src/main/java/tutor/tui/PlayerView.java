package tutor.tui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Notation;
import tutor.engine.Section;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.Narration;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.progress.Progress;
import tutor.render.Canvas;
import tutor.render.Diagram;
import tutor.render.Errata;
import tutor.render.Formulas;
import tutor.render.Role;
import tutor.render.Tables;
import tutor.render.Text;

/**
 * One step on screen: title bar, the network diagram, the sections bar, a scrolling pane (narration, formulas,
 * tables, errata), then, fixed above the status line so it never scrolls away, the question, its hint, the verdict
 * and the answer field.
 */
final class PlayerView {
    private PlayerView() {}

    /** Text keeps a readable width however wide the terminal is. */
    static final int MAX_TEXT = 100;

    /** Rows the scrolling pane keeps however much the question needs. */
    private static final int MIN_PANE = 3;

    /** A line of text and its role. */
    record Line(String text, Role role) {}

    /** From this width on, the formulas stand beside the narration instead of below it. */
    static final int SIDE_BY_SIDE = 140;

    static void draw(Canvas c, App app) {
        Player p = app.player();
        Notation n = p.lesson().notation(app.settings().ascii());
        View.bar(c, 0, View.glyphs(app, p.lesson().title()), "Step " + (p.step() + 1) + "/" + p.steps().size(), Role.TITLE);

        boolean split = c.width() >= SIDE_BY_SIDE;
        int textWidth = split ? Math.min(MAX_TEXT, (c.width() - 6) / 2) : Math.min(c.width() - 4, MAX_TEXT);
        List<Line> fixed = Question.lines(app, textWidth);
        boolean field = p.currentItem() instanceof QuizItem.Fill;
        int bottomRows = fixed.size() + (field ? 1 : 0);

        int[] min = Diagram.minimumSize(p.lesson().network());
        int room = c.height() - 3 - bottomRows - MIN_PANE;
        // A tall terminal gives the diagram a third of its rows.
        int wanted = Math.max(Math.max(min[1], 4) + (c.height() >= 30 ? 2 : 0), c.height() >= 40 ? c.height() / 3 : 0);
        int diagramHeight = Math.max(0, Math.min(wanted, room));
        if (diagramHeight > 0) {
            Canvas diagram = Diagram.draw(new Diagram.Input(p.trace(), n, View.glyphSet(app), p::shows, focus(p)), c.width(),
                    diagramHeight);
            c.blit(diagram, 0, 1);
        }
        int y = 1 + diagramHeight;
        sections(c, app, y);

        int paneTop = y + 1;
        int paneBottom = c.height() - 2 - bottomRows; // inclusive
        int height = paneBottom - paneTop + 1;
        List<Line> left = narration(app, textWidth);
        List<Line> right = new ArrayList<>();
        int rightWidth = c.width() - textWidth - 7;
        List<Line> formulas = formulas(app, split ? rightWidth : textWidth);
        if (split) {
            right.addAll(formulas);
        } else if (!formulas.isEmpty()) {
            left.add(new Line("", Role.NORMAL));
            left.addAll(formulas);
        }
        errata(left, app, textWidth);
        int maxScroll = Math.max(0, Math.max(left.size(), right.size()) - height);
        int scroll = Math.min(p.scroll(), maxScroll);
        for (int i = 0; i < height; i++) {
            if (scroll + i < left.size()) c.put(1, paneTop + i, left.get(scroll + i).text(), left.get(scroll + i).role());
            if (scroll + i < right.size()) c.put(textWidth + 4, paneTop + i, right.get(scroll + i).text(), right.get(scroll + i).role());
        }
        scrollMarks(c, app, paneTop, paneBottom, scroll, maxScroll);
        int row = paneBottom + 1;
        for (Line line : fixed) c.put(1, row++, line.text(), line.role());
        if (field) answerField(c, app, row, Math.min(c.width() - 3, textWidth + 1));
        status(c, app);
    }

    /** ↑ and ↓ in a column of their own at the right edge, never over a letter of the text. */
    static void scrollMarks(Canvas c, App app, int top, int bottom, int scroll, int maxScroll) {
        int x = c.width() - 1;
        if (scroll > 0) c.set(x, top, View.glyphSet(app).ascii() ? '^' : '↑', Role.KEY);
        if (scroll < maxScroll) c.set(x, bottom, View.glyphSet(app).ascii() ? 'v' : '↓', Role.KEY);
    }

    private static Set<String> focus(Player p) {
        return new HashSet<>(p.current().focus());
    }

    /** The sections of the lesson as a bar, the current one stressed; the example's name when there are several. */
    private static void sections(Canvas c, App app, int y) {
        Player p = app.player();
        char h = View.glyphSet(app).h();
        c.put(0, y, String.valueOf(h).repeat(c.width()), Role.DIM);
        int x = 2;
        for (Section s : Section.values()) {
            String name = " " + s.title() + " ";
            boolean here = s == p.section();
            c.put(x, y, name, here ? Role.SELECTED : Role.DIM);
            x += Text.width(name) + 2;
        }
        if (p.lesson().examples().size() > 1) {
            String ex = " " + View.glyphs(app, p.trace().example().name()) + " ";
            if (x + Text.width(ex) + 2 <= c.width()) c.put(c.width() - Text.width(ex) - 2, y, ex, Role.KEY);
        }
    }

    /** The step's title and narration, and what follows its answers once they are given. */
    static List<Line> narration(App app, int width) {
        Player p = app.player();
        Step step = p.current();
        Trace t = p.trace();
        Notation n = p.lesson().notation(app.settings().ascii());
        List<Line> out = new ArrayList<>();
        add(out, Narration.fill(step.title(), t, n, p::hides), Role.TITLE, width);
        add(out, Narration.fill(step.text(), t, n, p::hides), Role.NORMAL, width);
        if (step.after() != null && p.stepDone()) add(out, Narration.fill(step.after(), t, n, p::hides), Role.NORMAL, width);
        return out;
    }

    /** The formulas the step shows (a blank for what may not be shown yet) and its table. */
    static List<Line> formulas(App app, int width) {
        Player p = app.player();
        Step step = p.current();
        Trace t = p.trace();
        Notation n = p.lesson().notation(app.settings().ascii());
        List<Line> out = new ArrayList<>();
        for (String key : step.show()) {
            if (p.shows(key)) {
                for (String line : Formulas.lines(t.get(key), n, t.precision())) add(out, line, Role.VALUE, width, hangOf(line));
            } else {
                add(out, blankLine(p, key, n, hintsFor(p, key)), Role.VALUE, width);
            }
        }
        if (step.table() == Step.Table.FORWARD) for (String l : Tables.forward(t, n, p::shows)) add(out, l, Role.VALUE, width);
        if (step.table() == Step.Table.UPDATE) for (String l : Tables.update(t, n, p::shows)) add(out, l, Role.VALUE, width);
        return out;
    }

    /** One line saying how many errata the step has; all of them, when opened with e. */
    static void errata(List<Line> out, App app, int width) {
        Player p = app.player();
        Notation n = p.lesson().notation(app.settings().ascii());
        List<Lesson.Erratum> all = Errata.forStep(p.lesson(), p.current());
        List<Lesson.Erratum> shown = new ArrayList<>();
        for (Lesson.Erratum e : all) {
            if (!Narration.mentions(e.key(), p::hides) && !Giveaways.inText(p, Errata.text(e, p.exactTrace(), n))) shown.add(e);
        }
        if (all.isEmpty()) return;
        String mark = app.settings().ascii() ? "! " : "⚠ ";
        out.add(new Line("", Role.NORMAL));
        if (shown.isEmpty()) {
            String verb = all.size() == 1 ? " opens once this is answered (it quotes the answer)." : " open once this is answered (they quote the answer).";
            add(out, mark + count(all.size()) + " on this step" + verb, Role.ERRATUM, width);
            return;
        }
        String count = count(shown.size());
        if (!p.errataOpen()) {
            String what = shown.size() == 1 ? "got a figure wrong" : "got figures wrong";
            add(out, mark + count + " on this step: the source document " + what + ". e to read", Role.ERRATUM, width);
            return;
        }
        add(out, mark + count + " on this step (e to close):", Role.ERRATUM, width);
        for (Lesson.Erratum e : shown) add(out, "  " + Errata.text(e, p.exactTrace(), n), Role.ERRATUM, width);
    }

    private static String count(int errata) {
        return errata == 1 ? "1 erratum" : errata + " errata";
    }

    private static int hintsFor(Player p, String key) {
        List<QuizItem> quiz = p.current().quiz();
        for (int i = 0; i < quiz.size(); i++) {
            if (quiz.get(i) instanceof QuizItem.Fill f && f.key().equals(key)) {
                Progress.Item it = p.progress().item(p.itemKey(p.step(), i));
                return Math.max(1, it.hints());
            }
        }
        return 1;
    }

    /**
     * A quantity not to be shown yet: its name and its formula in symbols (with hints, in numbers too, but never a
     * number that is not to be shown), then a blank.
     */
    static String blankLine(Player p, String key, Notation n, int depth) {
        return p.trace().working(key, n, depth, k -> !inWorking(p, k)) + " = " + Narration.BLANK;
    }

    /**
     * Whether a number may stand in a blank's working: one shown on screen, or a step of arithmetic between shown
     * numbers that no lesson step names (the e^(−z) inside a sigmoid, η·∂L/∂w inside an update); never one the open
     * question hides.
     */
    private static boolean inWorking(Player p, String key) {
        if (p.hides(key)) return false;
        if (p.shows(key)) return true;
        java.util.Set<String> inputs = p.trace().get(key).dependsOn();
        if (inputs.isEmpty()) return false;
        for (String d : inputs) if (p.hides(d) || !p.shows(d)) return false;
        return true;
    }

    static void add(List<Line> out, String text, Role role, int width) {
        for (String line : Text.wrap(text, width)) out.add(new Line(line, role));
    }

    /** Wrapped, with every line after the first indented (a choice, a bullet, a formula's continuation). */
    static void add(List<Line> out, String text, Role role, int width, int hang) {
        if (hang <= 0 || hang >= width / 2 || Text.width(text) <= width) {
            add(out, text, role, width);
            return;
        }
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') lead++;
        List<String> lines = Text.wrap(text.substring(lead), width - hang);
        for (int i = 0; i < lines.size(); i++) out.add(new Line(" ".repeat(i == 0 ? lead : hang) + lines.get(i), role));
    }

    /** How far a formula line's continuation is indented: past its own leading spaces, then two more. */
    private static int hangOf(String formula) {
        int lead = 0;
        while (lead < formula.length() && formula.charAt(lead) == ' ') lead++;
        return lead + 2;
    }

    private static void answerField(Canvas c, App app, int y, int end) {
        Player p = app.player();
        String prompt = View.glyphs(app, "answer ▸ ");
        c.put(1, y, prompt, Role.KEY);
        int x = 1 + Text.width(prompt);
        String shown = p.input();
        int room = end - x;
        if (Text.width(shown) + 1 > room) shown = shown.substring(shown.length() - room + 1);
        String text = p.editing() ? shown + "_" : shown.isEmpty() ? "type the number" : shown;
        c.put(x, y, Text.padRight(text, room), p.editing() || !shown.isEmpty() ? Role.INPUT : Role.DIM);
    }

    /** The status line: where the learner is, and only the keys that do something here. */
    private static void status(Canvas c, App app) {
        Player p = app.player();
        String sep = " " + View.glyphSet(app).section() + " ";
        String auto = !app.autoplay() ? "" : sep + (p.hasOpenQuiz() ? "auto: waiting for your answer"
                : "auto " + String.format("%.1fs", app.delayMs() / 1000.0));
        String left = "Step " + (p.step() + 1) + "/" + p.steps().size() + sep + p.section().title() + auto;
        List<String> keys = new ArrayList<>();
        QuizItem item = p.currentItem();
        int hints = item == null ? 0 : p.progress().item(p.itemKey(p.step(), p.item())).hints();
        boolean moreHints = item != null && hints < Quiz.hintsOf(item);
        if (p.editing()) {
            keys.add("Enter check");
            keys.add(moreHints ? "t hint" : "r reveal");
            keys.add("Esc leave");
        } else if (item instanceof QuizItem.Fill) {
            keys.add("type the answer");
            keys.add(moreHints ? "t hint" : "r reveal");
            keys.add("→ skip");
        } else if (item instanceof QuizItem.Choice choice) {
            keys.add("1-" + choice.choices().size() + " choose");
            keys.add(moreHints ? "t hint" : "r reveal");
            keys.add("→ skip");
        } else {
            keys.add(p.step() == p.steps().size() - 1 ? "→ finish" : "→ next");
            if (p.step() > 0) keys.add("← back");
            if (p.step() < p.steps().size() - 1) keys.add("a auto");
        }
        if (!p.editing()) keys.add("Esc menu");
        keys.add("? help");
        // On a narrow screen the least needed keys give way first (the menu, then back), never "? help": it leads to
        // all the others.
        String right = View.glyphs(app, String.join(" · ", keys));
        while (keys.size() > 2 && Text.width(left) + Text.width(right) + 4 > c.width()) {
            keys.remove(keys.size() - 2);
            right = View.glyphs(app, String.join(" · ", keys));
        }
        View.bar(c, c.height() - 1, left, right, Role.STATUS);
    }
}
