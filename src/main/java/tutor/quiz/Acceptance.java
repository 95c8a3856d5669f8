package tutor.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When an answer is right. A typed number is right when the engine's exact value, or its paper-mode value,
 * rounds to it at the precision the learner typed, and it has at least 3 significant figures (fewer only when
 * nothing is lost: 1.1 for exactly 1.1). An expression is right when it agrees with either value to 3
 * significant figures. A lesson may state its own tolerance instead: then |answer − value| ≤ tolerance.
 */
public final class Acceptance {
    private Acceptance() {}

    public static final int MIN_SIGNIFICANT = 3;

    public enum Verdict { RIGHT, TOO_COARSE, WRONG }

    public static Verdict judge(Answer a, double exact, double paper, Double tolerance) {
        if (tolerance != null) {
            return Math.abs(a.value() - exact) <= tolerance || Math.abs(a.value() - paper) <= tolerance
                    ? Verdict.RIGHT : Verdict.WRONG;
        }
        if (a.expression()) {
            return agrees(a.value(), exact, MIN_SIGNIFICANT) || agrees(a.value(), paper, MIN_SIGNIFICANT)
                    ? Verdict.RIGHT : Verdict.WRONG;
        }
        boolean rounds = roundsTo(exact, a) || roundsTo(paper, a);
        if (!rounds) return Verdict.WRONG;
        boolean lossless = Math.abs(a.value() - exact) < 1e-12 || Math.abs(a.value() - paper) < 1e-12;
        if (a.significant() < MIN_SIGNIFICANT && !lossless) return Verdict.TOO_COARSE;
        return Verdict.RIGHT;
    }

    /** Whether the value, rounded half away from zero to the answer's typed decimals, is the answer. */
    static boolean roundsTo(double value, Answer a) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(a.decimals(), RoundingMode.HALF_UP);
        return rounded.compareTo(BigDecimal.valueOf(a.value()).setScale(a.decimals(), RoundingMode.HALF_UP)) == 0;
    }

    /** Agreement to n significant figures of the target (zero only with zero). */
    static boolean agrees(double value, double target, int n) {
        if (target == 0) return Math.abs(value) < 1e-12;
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(target))) - (n - 1));
        return Math.abs(value - target) <= 0.5 * unit + 1e-15;
    }

    /** The same value at the same precision as typed: how a slip's value is matched to an answer (2 figures at least). */
    public static boolean matchesSlip(Answer a, double slip) {
        if (!Double.isFinite(slip)) return false;
        if (a.expression() || a.significant() < 2) return agrees(a.value(), slip, 3);
        return roundsTo(slip, a);
    }
}
