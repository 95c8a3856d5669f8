package tutor.lesson;

import tutor.engine.Precision;
import tutor.engine.Trace;
import tutor.expr.Expression;

/**
 * When a figure printed in a document counts as reproduced: the engine's value, rounded to the figure's
 * printed decimals, is the figure. In paper mode the comparison is at the coarser of the two precisions,
 * since a document may print 0.1875 for 0.750 × 0.250 where paper mode to 3 decimals keeps 0.188.
 */
public final class Figures {
    private Figures() {}

    /**
     * The engine's value for a figure: a traced quantity or given value by key, or an expression of them
     * (2 * loss:Y1, 1 - a:Y1) for figures the documents print between two quantities. Null if unknown.
     */
    public static Double value(String keyOrExpression, Trace trace) {
        if (trace.has(keyOrExpression)) return trace.value(keyOrExpression);
        try {
            return Expression.evaluate(keyOrExpression, name -> trace.has(name) ? Double.valueOf(trace.value(name)) : trace.given(name));
        } catch (Expression.Invalid e) {
            return null;
        }
    }

    public static int decimals(String stated) {
        int dot = stated.indexOf('.');
        return dot < 0 ? 0 : stated.length() - dot - 1;
    }

    public static boolean matches(String stated, double value, Precision mode) {
        int d = decimals(stated);
        if (!mode.isExact()) d = Math.min(d, mode.decimals());
        return Precision.roundTo(Double.parseDouble(stated), d) == Precision.roundTo(value, d);
    }
}
