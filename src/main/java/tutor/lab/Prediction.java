package tutor.lab;

/**
 * Predict, then see: the learner's guess at ΔL for an edit of one parameter, against the first-order estimate the
 * gradient on screen gives (ΔL ≈ ∂L/∂w · Δw) and the real change, named as quizzes name slips.
 */
public record Prediction(double guess, double gradient, double delta, double real, boolean kink, Verdict verdict) {

    public enum Verdict {
        /** Right sign and within a quarter of the estimate (or of the real change). */
        CLOSE,
        /** Right sign, wrong size. */
        SIZE,
        /** The gradient's sign read backwards: about −∂L/∂w·Δw. */
        SIGN_BACKWARDS,
        /** About ∂L/∂w itself: Δw was not multiplied in. */
        FORGOT_DELTA,
        /** The wrong way, and not one of the named slips. */
        WRONG_WAY
    }

    /** Within a quarter, relative to b. */
    private static boolean near(double a, double b) {
        return b == 0 ? Math.abs(a) < 1e-9 : Math.abs(a - b) <= 0.25 * Math.abs(b);
    }

    public double estimate() { return gradient * delta; }

    public static Prediction judge(double guess, double gradient, double delta, double real, boolean kink) {
        double estimate = gradient * delta;
        Verdict v;
        if (near(guess, estimate) || near(guess, real) && Math.signum(guess) == Math.signum(real)) v = Verdict.CLOSE;
        else if (Math.abs(delta) != 1 && near(guess, gradient) && !near(gradient, estimate)) v = Verdict.FORGOT_DELTA;
        else if (near(guess, -estimate)) v = Verdict.SIGN_BACKWARDS;
        else if (Math.signum(guess) == Math.signum(estimate) && estimate != 0) v = Verdict.SIZE;
        else v = Verdict.WRONG_WAY;
        return new Prediction(guess, gradient, delta, real, kink, v);
    }

    /** What the lab says, in one or two sentences, with the numbers. */
    public String say(String w) {
        String est = LabNumbers.significant(estimate(), 3);
        String realText = LabNumbers.significant(real, 3);
        String head = "You said ΔL ≈ " + LabNumbers.significant(guess, 3) + "; ∂L/∂" + w + "·Δ" + w + " = "
                + LabNumbers.significant(gradient, 3) + " × " + LabNumbers.significant(delta, 3) + " = " + est + "; the loss really moved "
                + realText + ". ";
        String tail = switch (verdict) {
            case CLOSE -> "Right: the gradient told you.";
            case SIZE -> "Right direction, but the size is off: multiply the gradient by the change.";
            case SIGN_BACKWARDS -> "The sign of the gradient read backwards: a positive ∂L/∂" + w + " means the loss rises as " + w + " rises.";
            case FORGOT_DELTA -> "That is ∂L/∂" + w + " itself: it forgot to multiply by Δ" + w + ".";
            case WRONG_WAY -> "The wrong way: the loss moves as the gradient's sign times the change's.";
        };
        if (kink) tail += " A ReLU switched on or off on the way: past a kink the gradient cannot see, so the estimate misses.";
        else if (!near(estimate(), real)) tail += " The estimate is first-order: for a change this large the loss curves away from it.";
        return head + tail;
    }
}
