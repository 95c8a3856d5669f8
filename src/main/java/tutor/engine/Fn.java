package tutor.engine;

import java.util.List;

/**
 * The functions a formula applies, each with its value, how it is written in symbols and with numbers, and how it
 * maps an interval of arguments (for the range a learner may reach from shown numbers).
 */
public enum Fn {
    EXP_NEG {
        @Override double apply(double[] x) { return Math.exp(-x[0]); }
        @Override String write(List<String> a, boolean numbers) {
            return "e^(" + (numbers ? Numbers.negated(a.get(0)) : "−" + a.get(0)) + ")";
        }
        @Override Interval range(List<Interval> x) { return x.get(0).map(v -> Math.exp(-v)); }
    },
    SIGMOID {
        @Override double apply(double[] x) { return Activation.SIGMOID.apply(x[0]); }
        @Override String write(List<String> a, boolean numbers) { return "σ(" + a.get(0) + ")"; }
        @Override Interval range(List<Interval> x) { return x.get(0).map(Activation.SIGMOID::apply); }
    },
    TANH {
        @Override double apply(double[] x) { return Math.tanh(x[0]); }
        @Override String write(List<String> a, boolean numbers) { return "tanh(" + a.get(0) + ")"; }
        @Override Interval range(List<Interval> x) { return x.get(0).map(Math::tanh); }
    },
    RELU {
        @Override double apply(double[] x) { return x[0] > 0 ? x[0] : 0.0; }
        @Override String write(List<String> a, boolean numbers) {
            return numbers ? "max(0, " + a.get(0) + ")" : "ReLU(" + a.get(0) + ")";
        }
        @Override Interval range(List<Interval> x) { return x.get(0).map(v -> v > 0 ? v : 0.0); }
    },
    LEAKY_RELU {
        @Override double apply(double[] x) { return Activation.LEAKY_RELU.apply(x[0]); }
        @Override String write(List<String> a, boolean numbers) {
            if (!numbers) return "LReLU(" + a.get(0) + ")";
            return Numbers.isNegative(a.get(0)) ? "0.01 × " + Numbers.factor(a.get(0)) : a.get(0);
        }
        @Override Interval range(List<Interval> x) { return x.get(0).map(Activation.LEAKY_RELU::apply); }
    },
    RELU_SLOPE {
        @Override double apply(double[] x) { return x[0] > 0 ? 1.0 : 0.0; }
        @Override String write(List<String> a, boolean numbers) { return "(1 if " + a.get(0) + " > 0, else 0)"; }
        @Override Interval range(List<Interval> x) { return x.get(0).map(v -> v > 0 ? 1.0 : 0.0); }
    },
    LEAKY_SLOPE {
        @Override double apply(double[] x) { return x[0] > 0 ? 1.0 : Activation.LEAK; }
        @Override String write(List<String> a, boolean numbers) { return "(1 if " + a.get(0) + " > 0, else 0.01)"; }
        @Override Interval range(List<Interval> x) { return x.get(0).map(v -> v > 0 ? 1.0 : Activation.LEAK); }
    },
    /** Cross-entropy of a sigmoid output, args (t, ŷ, z): written with ŷ, computed from z so it stays exact when ŷ rounds to 0 or 1. */
    BCE_FROM_Z {
        @Override double apply(double[] x) {
            double t = x[0];
            double z = x[2];
            return t * softplus(-z) + (1 - t) * softplus(z);
        }
        @Override String write(List<String> a, boolean numbers) {
            return numbers && saturated(a.get(1)) ? crossEntropyFromZ(a.get(0), a.get(2)) : crossEntropy(a);
        }
        @Override Interval range(List<Interval> x) { return crossEntropyRange(x.get(0), x.get(1)); }
        @Override double applyAsWritten(double[] x) { return saturated(x[1]) ? apply(x) : BCE.apply(x); }
    },
    /** Cross-entropy from ŷ alone, args (t, ŷ): for an output that is not a sigmoid. */
    BCE {
        @Override double apply(double[] x) { return -(xlogy(x[0], x[1]) + xlogy(1 - x[0], 1 - x[1])); }
        @Override String write(List<String> a, boolean numbers) { return crossEntropy(a); }
        @Override Interval range(List<Interval> x) { return crossEntropyRange(x.get(0), x.get(1)); }
    },
    /** ∂L/∂ŷ of cross-entropy, args (t, ŷ, z), computed from z: (σ(z) − t) / (σ(z)·σ(−z)). */
    BCE_SLOPE_FROM_Z {
        @Override double apply(double[] x) {
            double z = x[2];
            return missFromZ(x[0], z) / (Activation.SIGMOID.apply(z) * Activation.SIGMOID.apply(-z));
        }
        @Override String write(List<String> a, boolean numbers) {
            return numbers && saturated(a.get(1)) ? crossEntropySlopeFromZ(a.get(0), a.get(2)) : crossEntropySlope(a);
        }
        @Override Interval range(List<Interval> x) { return crossEntropySlopeRange(x.get(0), x.get(1)); }
        @Override double applyAsWritten(double[] x) { return saturated(x[1]) ? apply(x) : BCE_SLOPE.apply(x); }
    },
    /** δ of a sigmoid output under cross-entropy, args (t, ŷ, z): written ŷ − y, computed σ(z) − t from z. */
    BCE_DELTA_FROM_Z {
        @Override double apply(double[] x) { return missFromZ(x[0], x[2]); }
        @Override double applyAsWritten(double[] x) { return x[1] - x[0]; }
        @Override String write(List<String> a, boolean numbers) { return a.get(1) + " − " + (Numbers.isNegative(a.get(0)) ? "(" + a.get(0) + ")" : a.get(0)); }
        @Override Interval range(List<Interval> x) { return x.get(1).minus(x.get(0)); }
    },
    BCE_SLOPE {
        @Override double apply(double[] x) { return (x[1] - x[0]) / (x[1] * (1 - x[1])); }
        @Override String write(List<String> a, boolean numbers) { return crossEntropySlope(a); }
        @Override Interval range(List<Interval> x) { return crossEntropySlopeRange(x.get(0), x.get(1)); }
    };

    abstract double apply(double[] args);

    /**
     * The value its numbers form gives, over the numbers as written: the same as apply, except where a function is
     * computed from z but written with ŷ (cross-entropy), so a line whose rounded ŷ does not give the result says ≈.
     */
    double applyAsWritten(double[] args) {
        return apply(args);
    }

    /** The call written with its arguments already written: in symbols (numbers false) or with numbers. */
    abstract String write(List<String> args, boolean numbers);

    abstract Interval range(List<Interval> args);

    private static String crossEntropy(List<String> a) {
        return "−[" + a.get(0) + "·ln " + a.get(1) + " + (1 − " + a.get(0) + ")·ln(1 − " + a.get(1) + ")]";
    }

    /** A prediction shown as 0 or 1: its ln would be ln 0 and its slope 0/0, so the working is written from z. */
    private static boolean saturated(String written) {
        java.math.BigDecimal d = Numbers.parse(written);
        return d != null && (d.signum() == 0 || d.compareTo(java.math.BigDecimal.ONE) == 0);
    }

    private static boolean saturated(double y) {
        return y == 0.0 || y == 1.0;
    }

    /** t·ln(1 + e^(−z)) + (1 − t)·ln(1 + e^(z)), the cross-entropy of σ(z); one term when t is 0 or 1. */
    private static String crossEntropyFromZ(String t, String z) {
        String up = "ln(1 + e^(" + Numbers.negated(z) + "))";
        String down = "ln(1 + e^(" + z + "))";
        return fromZ(t, up, down, false);
    }

    /** −t·(1 + e^(−z)) + (1 − t)·(1 + e^(z)), which is −t/ŷ + (1 − t)/(1 − ŷ) with ŷ = σ(z). */
    private static String crossEntropySlopeFromZ(String t, String z) {
        String up = "(1 + e^(" + Numbers.negated(z) + "))";
        String down = "(1 + e^(" + z + "))";
        return fromZ(t, up, down, true);
    }

    private static String fromZ(String t, String up, String down, boolean slope) {
        java.math.BigDecimal target = Numbers.parse(t);
        if (target != null && target.compareTo(java.math.BigDecimal.ONE) == 0) return slope ? "−" + up : up;
        if (target != null && target.signum() == 0) return slope ? down.substring(1, down.length() - 1) : down;
        return (slope ? "−" : "") + t + "·" + up + " + (1 − " + t + ")·" + down;
    }

    private static String crossEntropySlope(List<String> a) {
        return "(" + a.get(1) + " − " + a.get(0) + ") / (" + a.get(1) + "·(1 − " + a.get(1) + "))";
    }

    private static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** −[t ln y + (1 − t) ln(1 − y)] over y: convex with its minimum at y = t, so ends and t bound it. */
    private static Interval crossEntropyRange(Interval t, Interval y) {
        if (t.width() > 0 || y.lo() <= 0 || y.hi() >= 1) return ALL;
        double target = t.lo();
        double a = BCE.apply(new double[] {target, y.lo()});
        double b = BCE.apply(new double[] {target, y.hi()});
        double lo = y.contains(target) ? BCE.apply(new double[] {target, target}) : Math.min(a, b);
        return new Interval(lo, Math.max(a, b));
    }

    /** (y − t)/(y(1 − y)) is increasing in y on (0, 1) for t in [0, 1]. */
    private static Interval crossEntropySlopeRange(Interval t, Interval y) {
        if (t.width() > 0 || y.lo() <= 0 || y.hi() >= 1) return ALL;
        double target = t.lo();
        return y.map(v -> (v - target) / (v * (1 - v)));
    }

    /** σ(z) − t, exact when σ(z) is within a rounding error of t = 1 (then it is −σ(−z)). */
    private static double missFromZ(double t, double z) {
        return t == 1.0 ? -Activation.SIGMOID.apply(-z) : Activation.SIGMOID.apply(z) - t;
    }

    /** log(1 + e^x) without overflow. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** x·ln(y) with 0·ln(0) = 0, so a target of exactly 0 or 1 is no problem. */
    private static double xlogy(double x, double y) {
        return x == 0.0 ? 0.0 : x * Math.log(y);
    }
}
