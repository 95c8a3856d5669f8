package tutor.render;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Precision;
import tutor.engine.Trace;
import tutor.lesson.Lesson;

/** The lines that open a handout: source, network, given numbers and assumptions. */
final class Overview {
    private Overview() {}

    static List<String> lines(Lesson lesson, Trace t, Notation n, Precision precision) {
        List<String> out = new ArrayList<>();
        if (lesson.source() != null) out.add("Source document: " + n.render(lesson.source()));
        out.add("Network: " + lesson.network().shape() + ", loss " + n.render(lesson.network().loss().formula())
                + ", " + n.render("η") + " = " + Numbers.given(lesson.network().learningRate()));
        out.add("Numbers: " + (precision.isExact() ? "exact, shown to 4 decimals"
                : "paper mode, every intermediate rounded to " + precision.decimals() + " decimals"));
        for (var ex : lesson.examples()) {
            List<String> parts = new ArrayList<>();
            ex.inputs().forEach((k, v) -> parts.add(n.label(null, k) + " = " + Numbers.given(v)));
            ex.targets().forEach((k, v) -> parts.add(n.label("t", k) + " = " + Numbers.given(v)));
            out.add((lesson.examples().size() > 1 ? ex.name() + ": " : "Example: ") + String.join(", ", parts));
        }
        List<String> params = new ArrayList<>();
        for (String p : lesson.network().parameterIds()) {
            params.add(n.label(null, p) + " = " + Numbers.given(lesson.parameters().get(p)));
        }
        for (String line : Text.wrap("Parameters: " + String.join(", ", params), Handout.WIDTH)) out.add(line);
        for (String a : lesson.assumptions()) {
            for (String line : Text.wrap("Assumed: " + n.render(a), Handout.WIDTH)) out.add(line);
        }
        return out;
    }
}
