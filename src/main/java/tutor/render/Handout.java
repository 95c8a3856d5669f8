package tutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tutor.engine.Ascii;
import tutor.engine.Backprop;
import tutor.engine.Notation;
import tutor.engine.Precision;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.Narration;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;

/**
 * A lesson as plain text a teacher can print: the worked solution, the student's sheet (every computed value a
 * blank, so no answer is anywhere on it), or the answer key alone. In ASCII every character is plain ASCII.
 */
public final class Handout {
    private Handout() {}

    static final int WIDTH = 78;

    /** Which sheet: the whole worked solution, the student's version, or the answers only. */
    public enum Kind { WORKED, BLANK, KEY }

    public static String print(Lesson lesson, boolean ascii, Precision precision) {
        return print(lesson, ascii, precision, Kind.WORKED);
    }

    public static String print(Lesson lesson, boolean ascii, Precision precision, Kind kind) {
        Notation n = lesson.notation(ascii);
        List<Trace> traces = new ArrayList<>();
        List<Trace> exact = new ArrayList<>();
        for (var ex : lesson.examples()) {
            traces.add(Backprop.trace(lesson.network(), lesson.parameters(), ex, precision));
            exact.add(Backprop.trace(lesson.network(), lesson.parameters(), ex, Precision.EXACT));
        }
        List<String> out = new ArrayList<>();
        out.add(n.render(lesson.title()));
        out.add((ascii ? "=" : "═").repeat(Math.min(WIDTH, Text.width(n.render(lesson.title())))));
        if (kind == Kind.BLANK) out.add("Student sheet: work out every blank (" + Narration.BLANK + ") by hand.");
        if (kind == Kind.KEY) out.add("Answer key: the answer to every question, in the order of the sheet.");
        if (kind != Kind.KEY) {
            Trace first = traces.get(0);
            out.addAll(Overview.lines(lesson, first, n, precision, key -> kind == Kind.BLANK && computed(first, key)));
            out.add("");
            out.addAll(diagram(traces.get(0), n, ascii));
        }
        // On the student's sheet every computed value is a blank: a later formula would give an earlier answer away.
        Predicate<String> hidden = kind == Kind.BLANK ? key -> true : key -> false;
        List<Step> steps = Walkthrough.stepsOf(lesson);
        tutor.engine.Section section = null;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Trace t = traces.get(step.example());
            if (kind == Kind.KEY && step.quiz().isEmpty()) continue;
            if (step.section() != section) {
                section = step.section();
                out.add("");
                String rule = ascii ? "--" : "──";
                out.add(rule + " " + section.title() + " " + rule);
            }
            out.add("");
            String exampleNote = lesson.examples().size() > 1 ? " [" + n.render(t.example().name()) + "]" : "";
            out.add((i + 1) + ". " + Narration.fill(step.title(), t, n) + exampleNote);
            if (kind == Kind.KEY) {
                for (QuizItem q : step.quiz()) out.addAll(keyLines(q, t, n, sheetOrder(lesson, i, q)));
                continue;
            }
            indent(out, Narration.fill(step.text(), t, n, key -> kind == Kind.BLANK && computed(t, key)), "   ", "   ");
            List<String> formulas = new ArrayList<>();
            for (String key : step.show()) {
                if (kind == Kind.BLANK) formulas.add(blankLine(t.get(key), n));
                else formulas.addAll(Formulas.lines(t.get(key), n, precision));
            }
            Predicate<String> shows = kind == Kind.BLANK ? key -> false : key -> true;
            if (step.table() == Step.Table.FORWARD) formulas.addAll(Tables.forward(t, n, shows));
            if (step.table() == Step.Table.UPDATE) formulas.addAll(Tables.update(t, n, shows));
            if (!formulas.isEmpty()) out.add("");
            for (String f : formulas) for (String line : Text.wrap(f, WIDTH - 3)) out.add("   " + line);
            if (kind == Kind.WORKED) {
                for (Lesson.Erratum e : Errata.forStep(lesson, step)) {
                    List<String> wrapped = Text.wrap(Errata.text(e, exact.get(e.example()), n), WIDTH - 5);
                    for (int k = 0; k < wrapped.size(); k++) out.add("   " + (k > 0 ? "  " : ascii ? "! " : "⚠ ") + wrapped.get(k));
                }
            }
            for (QuizItem q : step.quiz()) out.addAll(quizLines(q, t, n, kind == Kind.BLANK, sheetOrder(lesson, i, q)));
            // What follows the answers would give them away on the student's sheet.
            if (kind == Kind.WORKED && step.after() != null) indent(out, Narration.fill(step.after(), t, n), "   ", "   ");
        }
        if (lesson.summary() != null && kind != Kind.KEY) {
            out.add("");
            out.add((ascii ? "-- " : "── ") + "Summary" + (ascii ? " --" : " ──"));
            Trace t = traces.get(0);
            for (String line : Text.wrap(Narration.fill(lesson.summary(), t, n, key -> kind == Kind.BLANK && computed(t, key)), WIDTH)) {
                out.add(line);
            }
        }
        if (!lesson.errata().isEmpty() && kind == Kind.WORKED) {
            out.add("");
            out.add((ascii ? "-- " : "── ") + "Errata: where the source document is wrong" + (ascii ? " --" : " ──"));
            for (Lesson.Erratum e : lesson.errata()) {
                List<String> wrapped = Text.wrap(Errata.text(e, exact.get(e.example()), n), WIDTH - 2);
                for (int k = 0; k < wrapped.size(); k++) out.add((k == 0 ? "- " : "  ") + wrapped.get(k));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String line : out) sb.append(line.stripTrailing()).append('\n');
        // Whatever a lesson's text holds, an ASCII handout is ASCII: the last word goes to the transliteration.
        return ascii ? Ascii.transliterate(sb.toString()) : sb.toString();
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(:[A-Za-z0-9_]+)?");

    /** A value the engine computes (rather than one the lesson gives), or an expression naming one. */
    private static boolean computed(Trace t, String key) {
        if (t.has(key)) return true;
        if (t.given(key) != null) return false;
        java.util.regex.Matcher m = NAME.matcher(key);
        while (m.find()) if (t.has(m.group())) return true;
        return false;
    }

    /** The network with its given numbers, as on the first screen of the lesson. */
    private static List<String> diagram(Trace t, Notation n, boolean ascii) {
        int[] min = Diagram.minimumSize(t.network());
        Canvas c = Diagram.draw(new Diagram.Input(t, n, Glyphs.of(ascii), key -> false, Set.of()), WIDTH, min[1]);
        List<String> out = new ArrayList<>();
        for (String line : c.toString().split("\n")) out.add(line);
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
        while (!out.isEmpty() && out.get(0).isBlank()) out.remove(0);
        return out;
    }

    /** A quantity to work out on the student's sheet: its symbols, then a blank. */
    private static String blankLine(Quantity q, Notation n) {
        return q.working(n, 1) + " = " + Narration.BLANK;
    }

    private static String prompt(QuizItem.Fill f, Trace t, Notation n, boolean blank) {
        String prompt = f.prompt() == null ? "What is " + n.render(t.get(f.key()).symbol()) + "?" : f.prompt();
        return Narration.fill(prompt, t, n, key -> blank && computed(t, key));
    }

    /**
     * The order of a question's choices on paper: shuffled by the lesson and the question, the same on the sheet and
     * its key, so the right answer is not always a).
     */
    private static int[] sheetOrder(Lesson lesson, int step, QuizItem q) {
        if (!(q instanceof QuizItem.Choice c)) return new int[0];
        return c.order("sheet/" + lesson.id() + "/" + step + "/" + c.question());
    }

    private static List<String> quizLines(QuizItem q, Trace t, Notation n, boolean blank, int[] order) {
        List<String> out = new ArrayList<>();
        if (q instanceof QuizItem.Fill f) {
            if (blank) {
                indent(out, "Exercise: " + prompt(f, t, n, true), "   ", "     ");
                out.add("     Answer: ________");
            } else {
                indent(out, "Exercise: " + prompt(f, t, n, false) + "  Answer: " + n.render(t.get(f.key()).result()), "   ", "     ");
            }
        } else if (q instanceof QuizItem.Choice c) {
            Predicate<String> hide = key -> blank && computed(t, key);
            indent(out, "Question: " + Narration.fill(c.question(), t, n, hide), "   ", "     ");
            for (int i = 0; i < order.length; i++) {
                String mark = order[i] == c.answer() && !blank ? (n.ascii() ? "  <- right" : "  ← right") : "";
                indent(out, (char) ('a' + i) + ") " + Narration.fill(c.choices().get(order[i]), t, n, hide) + mark, "     ", "        ");
            }
            if (!c.explanation().isEmpty() && !blank) indent(out, Narration.fill(c.explanation(), t, n), "     ", "     ");
        }
        return out;
    }

    /** The answer key's lines for one question: what is asked and its answer. */
    private static List<String> keyLines(QuizItem q, Trace t, Notation n, int[] order) {
        List<String> out = new ArrayList<>();
        if (q instanceof QuizItem.Fill f) {
            indent(out, n.render(t.get(f.key()).symbol()) + " = " + t.get(f.key()).result() + "   (" + prompt(f, t, n, false) + ")",
                    "   ", "     ");
        } else if (q instanceof QuizItem.Choice c) {
            int at = 0;
            while (order[at] != c.answer()) at++;
            indent(out, Narration.fill(c.question(), t, n) + "  Answer: " + (char) ('a' + at) + ") "
                    + Narration.fill(c.choices().get(c.answer()), t, n), "   ", "     ");
        }
        return out;
    }

    /** Wraps text with one indent for the first line and another for the rest. */
    private static void indent(List<String> out, String text, String first, String rest) {
        List<String> lines = Text.wrap(text, WIDTH - rest.length());
        for (int i = 0; i < lines.size(); i++) out.add((i == 0 ? first : rest) + lines.get(i));
    }
}
