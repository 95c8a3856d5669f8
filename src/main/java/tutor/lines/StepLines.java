package tutor.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tutor.engine.Notation;
import tutor.engine.Trace;
import tutor.lesson.Narration;
import tutor.lesson.QuizItem;
import tutor.progress.Progress;
import tutor.tui.App;
import tutor.tui.MenuCard;
import tutor.tui.MenuEntry;
import tutor.tui.PlainStep;
import tutor.tui.Player;

/**
 * view(state) for the line mode, and what to print when the state changes: each step once (title, narration, what
 * is in focus, the formulas spoken, the errata line, a multiple choice's choices), a verdict as one line, a hint,
 * the working that a right answer unveils. Pure: text out, words for the formulas (Speech); nothing here prints.
 */
public final class StepLines {
    private StepLines() {}

    /** The lesson menu: one line per lesson with where the learner is, then what to type. */
    public static List<String> menu(App app) {
        List<String> out = new ArrayList<>();
        out.add("Lessons:");
        for (int i = 0; i < app.menu().size(); i++) {
            MenuEntry e = app.menu().get(i);
            MenuCard c = e.card();
            if (c == null) {
                out.add((i + 1) + ". A broken lesson file, " + fileName(e.file()) + ": " + e.problems().get(0).message());
                continue;
            }
            Progress.LessonProgress p = app.progress().lesson(c.id());
            String where = p.furthest() >= c.steps() ? "finished, score " + p.score() + " of " + c.questions()
                    : p.furthest() == 0 && p.items().isEmpty() ? "not started"
                    : "at step " + (p.step() + 1) + " of " + c.steps() + ", score " + p.score() + " of " + c.questions();
            out.add(Speech.of((i + 1) + ". " + c.title() + ". " + c.shape() + " network, " + c.steps() + " steps, " + where + "."));
        }
        if (app.menu().isEmpty()) out.add("No lessons found. Lessons are JSON files in the lessons folder.");
        if (app.notice() != null) out.add(Speech.of(app.notice()));
        out.add("Type a lesson's number to open it, or help, or quit.");
        return out;
    }

    /** A step from its title to its question, as it is first met. */
    public static List<String> step(App app) {
        Player p = app.player();
        if (p.atEnd()) return end(app);
        List<String> out = new ArrayList<>();
        List<String> narration = PlainStep.narration(app);
        String title = narration.isEmpty() ? "" : narration.get(0);
        out.add("Step " + (p.step() + 1) + " of " + p.steps().size() + ", " + p.section().title().toLowerCase(java.util.Locale.ROOT)
                + ". " + Speech.of(title) + (title.endsWith(".") || title.endsWith("?") ? "" : "."));
        for (String line : narration.subList(Math.min(1, narration.size()), narration.size())) if (!line.isBlank()) out.add(Speech.of(line));
        Notation n = p.lesson().notation(false);
        String focus = Focus.describe(p.current().focus(), p.trace(), n, p::shows);
        if (focus != null) out.add(Speech.of(focus));
        List<String> formulas = PlainStep.formulas(app);
        if (!formulas.isEmpty()) {
            out.add("Formulas:");
            out.addAll(spoken(formulas));
        }
        for (String e : PlainStep.errata(app)) out.add(Speech.of(e.replace("⚠ ", "").replace(". e to read", ". Type errata to read")
                .replace("(e to close)", "")));
        out.addAll(question(app));
        return out;
    }

    /** The open question's text for the body (a multiple choice's question and choices), or that the step is done. */
    public static List<String> question(App app) {
        Player p = app.player();
        List<String> out = new ArrayList<>();
        QuizItem item = p.currentItem();
        if (item instanceof QuizItem.Choice c) {
            Trace t = p.trace();
            Notation n = p.lesson().notation(false);
            out.add(Speech.of("Question" + count(p) + ": " + Narration.fill(c.question(), t, n, p::hides)));
            int[] order = PlainStep.choiceOrder(p);
            for (int i = 0; i < order.length; i++) out.add(Speech.of((i + 1) + ") " + Narration.fill(c.choices().get(order[i]), t, n, p::hides)));
        } else if (item == null) {
            out.add(doneLine(p));
        }
        return out;
    }

    /** The words at the prompt, where the cursor waits: the question itself, or what the keys do here. */
    public static String prompt(App app) {
        if (app.inMenu()) return "Lesson number: ";
        Player p = app.player();
        if (p.atEnd()) return "next, practice, menu or quit: ";
        QuizItem item = p.currentItem();
        if (item instanceof QuizItem.Fill f) {
            Trace t = p.trace();
            Notation n = p.lesson().notation(false);
            String q = f.prompt() != null ? Narration.fill(f.prompt(), t, n, p::hides) : "What is " + n.render(t.get(f.key()).symbol()) + "?";
            return Speech.of("Your turn" + count(p) + ": " + q) + " ";
        }
        if (item instanceof QuizItem.Choice c) return "Your choice, 1 to " + c.choices().size() + ": ";
        return "> ";
    }

    /** What changed between two states, to print once: a new step or screen whole, otherwise the news alone. */
    public static List<String> changes(App before, App after) {
        List<String> out = new ArrayList<>();
        if (after.quit()) return out;
        if (after.inMenu()) {
            if (!before.inMenu()) return menu(after);
            if (!Objects.equals(before.notice(), after.notice()) && after.notice() != null) out.add(Speech.of(after.notice()));
            return out;
        }
        Player was = before.player();
        Player is = after.player();
        if (was == null || was.course() != is.course() || was.step() != is.step()) return step(after);
        if (is.feedback() != null && is.feedback() != was.feedback()) out.add(verdict(is));
        String hint = PlainStep.hint(after);
        if (hint != null && !hint.equals(PlainStep.hint(before))) out.add(Speech.of(hint));
        if (is.errataOpen() && !was.errataOpen()) for (String e : PlainStep.errata(after)) out.add(Speech.of(e.replace("⚠ ", "")));
        if (is.item() != was.item() || is.stepDone() != was.stepDone()) {
            List<String> shown = new ArrayList<>(PlainStep.formulas(after));
            shown.removeAll(PlainStep.formulas(before));
            if (!shown.isEmpty()) {
                out.add("Now shown:");
                out.addAll(spoken(shown));
            }
            List<String> narration = PlainStep.narration(after);
            if (!was.stepDone() && is.stepDone() && is.current().after() != null && !narration.isEmpty()) {
                out.add(Speech.of(narration.get(narration.size() - 1))); // what the step says once answered
            }
            out.addAll(question(after));
        }
        return out;
    }

    /** The verdict as one line, the slip first: "Not yet: the sign is flipped." */
    static String verdict(Player p) {
        String text = Narration.fill(p.feedback().text(), p.trace(), p.lesson().notation(false));
        if (text.startsWith("Not yet. ")) text = "Not yet: " + lowerFirst(text.substring("Not yet. ".length()));
        return Speech.of(text.replace(" press t ", " type hint ").replace("(t)", "(hint)").replace(" r reveals ", " reveal shows ")
                .replace(" press r ", " type reveal ").replace("Ctrl-U clears it", "type it again"));
    }

    /** The end of a lesson: the score in words, the slips named, the ways on. */
    static List<String> end(App app) {
        Player p = app.player();
        Progress.LessonProgress.Tally t = p.progress().tally();
        int questions = 0;
        for (var s : p.steps()) questions += s.quiz().size();
        List<String> out = new ArrayList<>();
        out.add(Speech.of("Lesson done: " + p.lesson().title() + "."));
        int open = questions - t.answered();
        out.add("Score " + (t.firstTime() + t.later()) + " of " + questions + ": " + t.firstTime() + " right at the first try, "
                + t.later() + " right later, " + t.seen() + " right after seeing the answer, " + t.revealed() + " revealed"
                + (open > 0 ? ", " + open + " still open" : "") + ".");
        if (!p.slips().isEmpty()) {
            out.add(Speech.of("Slips named on the way: " + String.join(" ", p.slips().stream().map(tutor.tui.Player.Slip::what)
                    .distinct().toList())));
        }
        out.add("Type next for the next lesson, practice for this lesson with new numbers, back for its last step, menu, or quit.");
        return out;
    }

    /** Where the learner is, on asking (where). */
    public static String where(App app) {
        if (app.inMenu()) return "You are in the lesson menu.";
        Player p = app.player();
        int questions = 0;
        for (var s : p.steps()) questions += s.quiz().size();
        String lesson = Speech.of(p.lesson().title());
        if (p.atEnd()) return "You are at the end of the lesson " + lesson + ". Score " + p.progress().score() + " of " + questions + ".";
        return "You are in the lesson " + lesson + ", step " + (p.step() + 1) + " of " + p.steps().size() + ", "
                + p.section().title().toLowerCase(java.util.Locale.ROOT) + (p.hasOpenQuiz() ? ", with a question open" : "")
                + ". Score " + p.progress().score() + " of " + questions + ".";
    }

    private static String doneLine(Player p) {
        boolean last = p.step() == p.steps().size() - 1;
        if (p.current().quiz().isEmpty()) return last ? "Type next, or press Enter, to finish the lesson." : "Type next, or press Enter, for the next step.";
        return p.step() == p.steps().size() - 1 ? "Every question of this step is done. Press Enter to finish the lesson."
                : "Every question of this step is done. Press Enter for the next step.";
    }

    private static String count(Player p) {
        int total = p.current().quiz().size();
        return total > 1 ? " (" + (p.item() + 1) + " of " + total + ")" : "";
    }

    /** Formula lines spoken; a table (a header, a rule, rows) read row by row with its column names. */
    static List<String> spoken(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i + 1 < lines.size() && Tables.isRule(lines.get(i + 1))) {
                int end = i + 2;
                while (end < lines.size() && !lines.get(end).isBlank() && Tables.isRow(lines.get(i + 1), lines.get(end))) end++;
                out.addAll(Tables.read(line, lines.get(i + 1), lines.subList(i + 2, end)));
                i = end - 1;
                continue;
            }
            if (!line.isBlank()) out.add(Speech.of(line));
        }
        return out;
    }

    private static String lowerFirst(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || !Character.isLowerCase(s.charAt(1))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String fileName(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
