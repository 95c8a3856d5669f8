package tutor.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import tutor.engine.Interval;

/**
 * When an answer is right: it is what a learner gets working from the numbers on screen. A typed number stands
 * for a range (± half a unit of its last typed digit); it is right when that range meets the range the numbers
 * shown allow (Expected), with at least 3 significant figures (fewer only when nothing is lost: 1.1 for exactly
 * 1.1). An expression is right when its value is in that range, give or take half a unit in the third significant
 * figure. Typed zeros buy no precision: −0.1620 counts only if the shown numbers can give it. An update answer
 * that is the old value at the precision typed is not right: at that precision the parameter has not moved. A
 * lesson may state its own tolerance instead: then |answer − value| ≤ tolerance.
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
        if (e.moves() && sameAt(a, e.old())) return Verdict.NOT_MOVED;
        if (a.expression()) return Verdict.RIGHT;
        boolean lossless = Math.abs(a.value() - e.exact()) < 1e-12 || Math.abs(a.value() - e.shown()) < 1e-12;
        if (lossless || a.significant() >= MIN_SIGNIFICANT) return Verdict.RIGHT;
        // A zero stands for nothing close to a value that is not zero (0 for 0.26 is no rounding, it is a guess).
        return a.significant() == 0 ? Verdict.WRONG : Verdict.TOO_COARSE;
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
