package tutor.render;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Backprop;
import tutor.engine.Notation;
import tutor.engine.Precision;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;

/** Where an erratum shows (the step that shows or asks for its figure) and how it reads. */
public final class Errata {
    private Errata() {}

    public static List<Lesson.Erratum> forStep(Lesson lesson, Step step) {
        List<Lesson.Erratum> out = new ArrayList<>();
        for (Lesson.Erratum e : lesson.errata()) {
            if (e.example() != step.example()) continue;
            boolean asked = step.quiz().stream().anyMatch(q -> q instanceof QuizItem.Fill f && f.key().equals(e.key()));
            if (step.show().contains(e.key()) || asked) out.add(e);
        }
        return out;
    }

    public static String text(Lesson.Erratum e, Lesson lesson, Notation n) {
        Trace exact = Backprop.trace(lesson.network(), lesson.parameters(), lesson.examples().get(e.example()),
                Precision.EXACT);
        var q = exact.get(e.key());
        return "Erratum: the document gives " + n.render(q.symbol()) + " = " + e.stated() + "; the engine gives "
                + q.result() + ". " + n.render(e.note());
    }
}
