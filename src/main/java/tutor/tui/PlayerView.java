package tutor.tui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Notation;
import tutor.engine.Quantity;
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
 * tables, errata, the question), the answer field, and the status line.
 */
final class PlayerView {
    private PlayerView() {}

    /** A line of the text pane and its role. */
    record Line(String text, Role role) {}

    static void draw(Canvas c, App app) {
        Player p = app.player();
        Notation n = p.lesson().notation(app.settings().ascii());
        View.bar(c, 0, View.glyphs(app, p.lesson().title()), "Step " + (p.step() + 1) + "/" + p.steps().size(), Role.TITLE);

        int[] min = Diagram.minimumSize(p.lesson().network());
        int diagramHeight = Math.min(Math.max(min[1], 4), c.height() - 14);
        if (c.height() >= 30 && diagramHeight + 2 <= c.height() - 14) diagramHeight += 2;
        Canvas diagram = Diagram.draw(new Diagram.Input(p.trace(), n, View.glyphSet(app), p::shows, focus(p)), c.width(),
                diagramHeight);
        c.blit(diagram, 0, 1);
        int y = 1 + diagramHeight;
        sections(c, app, y);

        boolean field = p.editing() || p.currentItem() instanceof QuizItem.Fill;
        int paneTop = y + 1;
        int paneBottom = c.height() - (field ? 3 : 2); // inclusive
        List<Line> lines = pane(app, c.width() - 2);
        int height = paneBottom - paneTop + 1;
        int maxScroll = Math.max(0, lines.size() - height);
        int scroll = Math.min(p.scroll(), maxScroll);
        for (int i = 0; i < height && scroll + i < lines.size(); i++) {
            Line line = lines.get(scroll + i);
            c.put(1, paneTop + i, line.text(), line.role());
        }
        if (scroll < maxScroll) {
            String more = View.glyphs(app, " ↓ more ");
            c.put(c.width() - Text.width(more) - 1, paneBottom, more, Role.KEY);
        }
        if (scroll > 0) {
            String up = View.glyphs(app, " ↑ ");
            c.put(c.width() - Text.width(up) - 1, paneTop, up, Role.KEY);
        }
        if (field) answerField(c, app, c.height() - 2);
        status(c, app);
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
            String ex = " " + p.trace().example().name() + " ";
            c.put(c.width() - Text.width(ex) - 2, y, ex, Role.KEY);
        }
    }

    /** The pane's content: narration, formulas, tables, errata, then the question. */
    static List<Line> pane(App app, int width) {
        Player p = app.player();
        Lesson lesson = p.lesson();
        Step step = p.current();
        Trace t = p.trace();
        Notation n = lesson.notation(app.settings().ascii());
        List<Line> out = new ArrayList<>();
        add(out, Narration.fill(step.title(), t, n), Role.TITLE, width);
        add(out, Narration.fill(step.text(), t, n, key -> !p.shows(key) && isAsked(p, key)), Role.NORMAL, width);
        List<Line> formulas = new ArrayList<>();
        for (String key : step.show()) {
            if (p.shows(key)) {
                for (String line : Formulas.lines(t.get(key), n, t.precision())) add(formulas, line, Role.VALUE, width);
            } else {
                add(formulas, blankLine(t.get(key), n, hintsFor(p, key)), Role.VALUE, width);
            }
        }
        if (step.table() == Step.Table.FORWARD) for (String l : Tables.forward(t, n, p::shows)) add(formulas, l, Role.VALUE, width);
        if (step.table() == Step.Table.UPDATE) for (String l : Tables.update(t, n, p::shows)) add(formulas, l, Role.VALUE, width);
        if (!formulas.isEmpty()) {
            out.add(new Line("", Role.NORMAL));
            out.addAll(formulas);
        }
        for (Lesson.Erratum e : Errata.forStep(lesson, step)) {
            if (t.has(e.key()) && !p.shows(e.key())) continue;
            add(out, (app.settings().ascii() ? "! " : "⚠ ") + Errata.text(e, p.exactTrace(), n), Role.ERRATUM, width);
        }
        question(out, app, width);
        return out;
    }

    private static boolean isAsked(Player p, String key) {
        for (QuizItem q : p.current().quiz()) if (q instanceof QuizItem.Fill f && f.key().equals(key)) return true;
        return false;
    }

    private static int hintsFor(Player p, String key) {
        List<QuizItem> quiz = p.current().quiz();
        for (int i = 0; i < quiz.size(); i++) {
            if (quiz.get(i) instanceof QuizItem.Fill f && f.key().equals(key)) {
                return p.progress().item(p.itemKey(p.step(), i)).hints();
            }
        }
        return 0;
    }

    /** A quantity still to be answered: its name, then (with hints) its formula in symbols and in numbers, then a blank. */
    static String blankLine(Quantity q, Notation n, int hints) {
        return q.working(n, hints) + " = " + Narration.BLANK;
    }

    private static void question(List<Line> out, App app, int width) {
        Player p = app.player();
        Trace t = p.trace();
        Notation n = p.lesson().notation(app.settings().ascii());
        QuizItem item = p.currentItem();
        int total = p.current().quiz().size();
        if (item != null) {
            out.add(new Line("", Role.NORMAL));
            String count = total > 1 ? " (" + (p.item() + 1) + " of " + total + ")" : "";
            Progress.Item record = p.progress().item(p.itemKey(p.step(), p.item()));
            if (item instanceof QuizItem.Fill f) {
                String prompt = f.prompt() != null ? Narration.fill(f.prompt(), t, n) : "What is " + n.render(t.get(f.key()).symbol()) + "?";
                add(out, "Your turn" + count + ": " + prompt, Role.KEY, width);
                if (record.hints() == 0) add(out, "Type the number and press Enter; t gives a hint.", Role.DIM, width);
                else add(out, "Hint: " + blankLine(t.get(f.key()), n, record.hints()), Role.DIM, width);
            } else if (item instanceof QuizItem.Choice c) {
                add(out, "Question" + count + ": " + Narration.fill(c.question(), t, n), Role.KEY, width);
                for (int i = 0; i < c.choices().size(); i++) {
                    add(out, "  " + (i + 1) + ") " + Narration.fill(c.choices().get(i), t, n), Role.NORMAL, width);
                }
                if (record.hints() > 0) add(out, "Hint: reread the narration above; the numbers in it decide.", Role.DIM, width);
                add(out, "Press the number of your choice.", Role.DIM, width);
            }
        } else if (total > 0) {
            out.add(new Line("", Role.NORMAL));
            add(out, "All questions of this step are done. Space or " + (app.settings().ascii() ? "->" : "→") + " moves on.",
                    Role.GOOD, width);
        }
        if (p.feedback() != null) {
            add(out, Narration.fill(p.feedback().text(), t, n), p.feedback().good() ? Role.GOOD : Role.BAD, width);
        }
    }

    private static void add(List<Line> out, String text, Role role, int width) {
        for (String line : Text.wrap(text, width)) out.add(new Line(line, role));
    }

    private static void answerField(Canvas c, App app, int y) {
        Player p = app.player();
        String prompt = View.glyphs(app, "answer ▸ ");
        c.put(1, y, prompt, Role.KEY);
        int x = 1 + Text.width(prompt);
        String shown = p.input();
        int room = c.width() - x - 2;
        if (Text.width(shown) > room) shown = shown.substring(shown.length() - room);
        c.put(x, y, Text.padRight(shown + (p.editing() ? "_" : ""), room), Role.INPUT);
    }

    private static void status(Canvas c, App app) {
        Player p = app.player();
        String left = "Step " + (p.step() + 1) + "/" + p.steps().size() + " " + View.glyphSet(app).section() + " "
                + p.section().title() + (app.autoplay() ? " " + View.glyphSet(app).section() + " auto "
                + String.format("%.1fs", app.delayMs() / 1000.0) : "");
        String keys = p.editing() ? "Enter check · Esc leave · Backspace erase"
                : p.hasOpenQuiz() ? "type the answer · t hint · r reveal · → skip"
                : "→ next ← back ] section a auto Esc menu ? help";
        View.bar(c, c.height() - 1, left, View.glyphs(app, keys), Role.STATUS);
    }
}
