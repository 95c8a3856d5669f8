package tutor.render;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Precision;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.Narration;

/** The lines that open a handout: source, network, given numbers and assumptions. */
final class Overview {
    private Overview() {}

    private static String describe(Precision p) {
        return p.isExact() ? "exact, shown to 4 decimals (values below 0.01 to 4 significant figures)"
                : "paper mode, every intermediate rounded to " + p.decimals() + " decimals, half away from zero";
    }

    /** hidden: the values to leave blank (on a student's sheet, every computed one). */
    static List<String> lines(Lesson lesson, Trace t, Notation n, Precision precision, java.util.function.Predicate<String> hidden) {
        List<String> out = new ArrayList<>();
        if (lesson.source() != null) out.add("Source document: " + n.render(lesson.source()));
        out.add("Network: " + lesson.network().shape() + ", loss " + n.render(lesson.network().loss().formula())
                + ", " + n.render("η") + " = " + Numbers.given(lesson.network().learningRate()));
        String numbers = "Numbers: " + describe(precision);
        if (!precision.equals(lesson.precision())) {
            Precision own = lesson.precision();
            numbers += " (the lesson itself uses " + (own.isExact() ? "exact arithmetic" : "paper mode to " + own.decimals() + " decimals") + ")";
        }
        out.addAll(Text.wrap(numbers, Handout.WIDTH));
        for (var ex : lesson.examples()) {
            List<String> parts = new ArrayList<>();
            ex.inputs().forEach((k, v) -> parts.add(n.label(null, k) + " = " + n.render(Numbers.given(v))));
            ex.targets().forEach((k, v) -> parts.add(n.label("t", k) + " = " + n.render(Numbers.given(v))));
            out.add((lesson.examples().size() > 1 ? n.render(ex.name()) + ": " : "Example: ") + String.join(", ", parts));
        }
        List<String> params = new ArrayList<>();
        for (String p : lesson.network().parameterIds()) {
            params.add(n.label(null, p) + " = " + n.render(Numbers.given(lesson.parameters().get(p))));
        }
        for (String line : Text.wrap("Parameters: " + String.join(", ", params), Handout.WIDTH)) out.add(line);
        for (String a : lesson.assumptions()) {
            for (String line : Text.wrap("Assumed: " + Narration.fill(a, t, n, hidden), Handout.WIDTH)) out.add(line);
        }
        return out;
    }
}
