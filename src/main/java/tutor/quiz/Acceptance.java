package tutor.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import tutor.engine.Interval;

/**
 * When an answer is right: it is what a learner gets working from the numbers on screen. A typed number stands
 * for a range (± half a unit of its last typed digit); it is right when that range meets the range the numbers
 * shown allow (Expected). A number that is the exact value, the shown value, or what a way of working gives over the
 * shown numbers exactly (0.8 for 0.800, 0.0078 for 0.039 × 0.2) is right as typed; any other needs 3 significant
 * figures, or 2 where that is all the numbers on screen carry and the 2 are what a way of working over them
 * rounds to (−0.049 for −0.708 × 0.229 × 0.8 × 0.188 × 2 = −0.04876, beside −0.024 × 2). An expression is right when
 * its value is in that range, give or take half a unit in the third significant figure. Typed zeros buy no
 * precision: −0.1620 counts only if the shown numbers can give it. An update answer that is the old value at the
 * precision typed is not right: at that precision the parameter has not moved. A lesson may state its own tolerance
 * instead: then |answer − value| ≤ tolerance.
 */
public final class Acceptance {
    private Acceptance() {}

    public static final int MIN_SIGNIFICANT = 3;

    public enum Verdict { RIGHT, TOO_COARSE, NOT_MOVED, WRONG }

    public static Verdict judge(Answer a, Expected e) {
        if (e.tolerance() != null) {
            return Math.abs(a.value() - e.exact()) <= e.tolerance() || Math.abs(a.value() - e.shown()) <= e.tolerance()
                    ? Verdict.RIGHT : Verdict.WRONG;
        }
        if (!fits(a, e.reach(), e.exact())) return Verdict.WRONG;
        // The value itself comes first: no rule about precision may refuse the very number asked for.
        if (lossless(a, e)) return Verdict.RIGHT;
        if (e.moves() && sameAt(a, e.old())) return Verdict.NOT_MOVED;
        if (a.expression() || a.significant() >= MIN_SIGNIFICANT) return Verdict.RIGHT;
        // Fewer figures only where the numbers on screen carry no more, and only as a way of working rounds.
        if (a.significant() >= e.significantNeeded() && roundsTo(a, e)) return Verdict.RIGHT;
        // A zero stands for nothing close to a value that is not zero (0 for 0.26 is no rounding, it is a guess).
        return a.significant() == 0 ? Verdict.WRONG : Verdict.TOO_COARSE;
    }

    /** The exact value, the shown value, or a way of working's value over the shown numbers, as typed. */
    private static boolean lossless(Answer a, Expected e) {
        if (same(a.value(), e.exact()) || same(a.value(), e.shown())) return true;
        if (a.expression()) return false;
        for (double w : e.worked()) if (same(a.value(), w)) return true;
        return false;
    }

    /**
     * Whether the shown value or a way of working's value over the shown numbers, rounded as typed, is the answer (not
     * the exact value: two figures of it may be more than the screen gives, and another number on screen besides).
     */
    private static boolean roundsTo(Answer a, Expected e) {
        java.util.List<Double> values = new java.util.ArrayList<>(e.worked());
        values.add(e.shown());
        for (double v : values) if (sameAt(a, v)) return true;
        return false;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    }

    /** Whether the answer could stand for a value in the range (for right answers and for slips alike). */
    static boolean fits(Answer a, Interval range, double scale) {
        if (a.expression()) {
            double slack = halfUnitAtThirdFigure(scale);
            return a.value() >= range.lo() - slack && a.value() <= range.hi() + slack;
        }
        return typed(a).intersects(range);
    }

    /** What a typed number stands for: ± half a unit of its last digit. */
    static Interval typed(Answer a) {
        // A hair wider than half a unit, so a decimal on the very edge is not lost to binary rounding.
        return Interval.around(a.value(), Math.pow(10, -a.decimals()) * (1 + 1e-9));
    }

    /** The old value written at the answer's precision is the answer (an expression: exactly the old value). */
    private static boolean sameAt(Answer a, double old) {
        if (a.expression()) return Math.abs(a.value() - old) < 1e-12;
        BigDecimal rounded = BigDecimal.valueOf(old).setScale(a.decimals(), RoundingMode.HALF_UP);
        return rounded.compareTo(BigDecimal.valueOf(a.value()).setScale(a.decimals(), RoundingMode.HALF_UP)) == 0;
    }

    private static double halfUnitAtThirdFigure(double v) {
        if (v == 0 || !Double.isFinite(v)) return 1e-12;
        return 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - (MIN_SIGNIFICANT - 1));
    }
}
