package tutor.render;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Notation;
import tutor.engine.Trace;
import tutor.lesson.Figures;
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
            if (step.show().contains(e.key()) || asked || inTable(step.table(), e.key())) out.add(e);
        }
        return out;
    }

    /** Whether a step's table shows the quantity. */
    private static boolean inTable(Step.Table table, String key) {
        return switch (table) {
            case FORWARD -> key.startsWith("z:") || key.startsWith("a:") || key.equals("loss");
            case UPDATE -> key.startsWith("grad:") || key.startsWith("step:") || key.startsWith("new:") || key.startsWith("change:");
            case NONE -> false;
        };
    }

    /**
     * The correct value to as many decimals as the document printed, so the two compare digit by digit, and
     * at least 3 significant figures, so a small value is not shown as 0.0004.
     */
    static String atPrecisionOf(double value, String stated) {
        int decimals = Figures.decimals(stated);
        if (value != 0) decimals = Math.max(decimals, 2 - (int) Math.floor(Math.log10(Math.abs(value))));
        return tutor.engine.Numbers.like(java.math.BigDecimal.valueOf(value), "0." + "0".repeat(Math.max(0, decimals)))
                .replaceFirst("\\.$", "");
    }

    /** The erratum's text, given the exact trace of its example. */
    public static String text(Lesson.Erratum e, Trace exact, Notation n) {
        double value = Figures.value(e.key(), exact);
        String what = e.label() != null ? e.label() : exact.has(e.key()) ? exact.get(e.key()).symbol() : e.key();
        return n.render("Erratum: the document gives " + what + " = " + e.stated().replace('-', '−') + "; correct is "
                + atPrecisionOf(value, e.stated()) + ". ") + n.render(e.note());
    }
}
