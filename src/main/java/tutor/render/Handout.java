package tutor.render;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Backprop;
import tutor.engine.Notation;
import tutor.engine.Precision;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.Narration;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;

/** The whole worked solution of a lesson as plain text, paper style: a handout a teacher can print. */
public final class Handout {
    private Handout() {}

    static final int WIDTH = 78;

    public static String print(Lesson lesson, boolean ascii, Precision precision) {
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
        out.addAll(Overview.lines(lesson, traces.get(0), n, precision));
        List<Step> steps = Walkthrough.stepsOf(lesson);
        tutor.engine.Section section = null;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Trace t = traces.get(step.example());
            if (step.section() != section) {
                section = step.section();
                out.add("");
                out.add(n.render("── " + section.title() + " ──"));
            }
            out.add("");
            String exampleNote = lesson.examples().size() > 1 ? " [" + t.example().name() + "]" : "";
            out.add((i + 1) + ". " + Narration.fill(step.title(), t, n) + exampleNote);
            indent(out, Narration.fill(step.text(), t, n), "   ", "   ");
            List<String> formulas = new ArrayList<>();
            for (String key : step.show()) {
                for (String line : Formulas.lines(t.get(key), n, precision)) formulas.add(line);
            }
            if (step.table() == Step.Table.FORWARD) formulas.addAll(Tables.forward(t, n));
            if (step.table() == Step.Table.UPDATE) formulas.addAll(Tables.update(t, n));
            if (!formulas.isEmpty()) out.add("");
            for (String f : formulas) for (String line : Text.wrap(f, WIDTH - 3)) out.add("   " + line);
            for (Lesson.Erratum e : Errata.forStep(lesson, step)) {
                List<String> wrapped = Text.wrap(Errata.text(e, exact.get(e.example()), n), WIDTH - 5);
                for (int k = 0; k < wrapped.size(); k++) out.add("   " + (k > 0 ? "  " : ascii ? "! " : "⚠ ") + wrapped.get(k));
            }
            for (QuizItem q : step.quiz()) out.addAll(quizLines(q, t, n));
        }
        if (lesson.summary() != null) {
            out.add("");
            out.add(n.render("── Summary ──"));
            for (String line : Text.wrap(Narration.fill(lesson.summary(), traces.get(0), n), WIDTH)) out.add(line);
        }
        if (!lesson.errata().isEmpty()) {
            out.add("");
            out.add(n.render("── Errata: where the source document is wrong ──"));
            for (Lesson.Erratum e : lesson.errata()) {
                List<String> wrapped = Text.wrap(Errata.text(e, exact.get(e.example()), n), WIDTH - 2);
                for (int k = 0; k < wrapped.size(); k++) out.add((k == 0 ? "- " : "  ") + wrapped.get(k));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String line : out) sb.append(line.stripTrailing()).append('\n');
        return sb.toString();
    }

    private static List<String> quizLines(QuizItem q, Trace t, Notation n) {
        List<String> out = new ArrayList<>();
        if (q instanceof QuizItem.Fill f) {
            String prompt = f.prompt() == null ? "What is " + t.get(f.key()).symbol() + "?" : f.prompt();
            indent(out, "Exercise: " + Narration.fill(prompt, t, n) + "  Answer: " + t.get(f.key()).result(), "   ", "     ");
        } else if (q instanceof QuizItem.Choice c) {
            indent(out, "Question: " + Narration.fill(c.question(), t, n), "   ", "     ");
            for (int i = 0; i < c.choices().size(); i++) {
                String mark = i == c.answer() ? (n.ascii() ? "  <- right" : "  ← right") : "";
                indent(out, (char) ('a' + i) + ") " + Narration.fill(c.choices().get(i), t, n) + mark, "     ", "        ");
            }
            if (!c.explanation().isEmpty()) indent(out, Narration.fill(c.explanation(), t, n), "     ", "     ");
        }
        return out;
    }

    /** Wraps text with one indent for the first line and another for the rest. */
    private static void indent(List<String> out, String text, String first, String rest) {
        List<String> lines = Text.wrap(text, WIDTH - rest.length());
        for (int i = 0; i < lines.size(); i++) out.add((i == 0 ? first : rest) + lines.get(i));
    }
}
