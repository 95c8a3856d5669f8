package tutor.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Backprop;
import tutor.engine.Notation;
import tutor.engine.Numbers;
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
        for (var ex : lesson.examples()) traces.add(Backprop.trace(lesson.network(), lesson.parameters(), ex, precision));
        List<String> out = new ArrayList<>();
        out.add(n.render(lesson.title()));
        out.add((ascii ? "=" : "═").repeat(Math.min(WIDTH, Text.width(n.render(lesson.title())))));
        out.addAll(Overview.lines(lesson, traces.get(0), n, precision));
        List<Step> steps = Walkthrough.stepsOf(lesson);
        Set<String> erratumShown = new HashSet<>();
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
            out.add((i + 1) + ". " + n.render(step.title()) + exampleNote);
            for (String line : Text.wrap(Narration.fill(step.text(), t, n), WIDTH - 3)) out.add("   " + line);
            List<String> formulas = new ArrayList<>();
            for (String key : step.show()) {
                for (String line : Formulas.lines(t.get(key), n, precision)) formulas.add(line);
            }
            if (step.table() == Step.Table.FORWARD) formulas.addAll(Tables.forward(t, n));
            if (step.table() == Step.Table.UPDATE) formulas.addAll(Tables.update(t, n));
            if (!formulas.isEmpty()) out.add("");
            for (String f : formulas) for (String line : Text.wrap(f, WIDTH - 3)) out.add("   " + line);
            for (Lesson.Erratum e : Errata.forStep(lesson, step)) {
                erratumShown.add(e.key() + "@" + e.example());
                for (String line : Text.wrap(Errata.text(e, lesson, n), WIDTH - 5)) out.add("   " + (ascii ? "! " : "⚠ ") + line);
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
                List<String> wrapped = Text.wrap(Errata.text(e, lesson, n), WIDTH - 2);
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
            out.add("   Exercise: " + n.render(prompt) + "   Answer: " + t.get(f.key()).result());
        } else if (q instanceof QuizItem.Choice c) {
            out.add("   Question: " + n.render(c.question()));
            for (int i = 0; i < c.choices().size(); i++) {
                out.add("     " + (char) ('a' + i) + ") " + n.render(c.choices().get(i)) + (i == c.answer() ? "  <- right" : ""));
            }
            if (!c.explanation().isEmpty()) {
                for (String line : Text.wrap(n.render(c.explanation()), WIDTH - 5)) out.add("     " + line);
            }
        }
        return out;
    }

    static String given(double v) {
        return Numbers.given(v);
    }
}
