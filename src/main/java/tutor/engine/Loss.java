package tutor.engine;

import java.util.Locale;

/**
 * A loss over the outputs. Each output contributes a term; the total is their sum (or mean).
 * The derivative is with respect to one output's activation, the ∂L/∂ŷ of the documents.
 */
public enum Loss {
    HALF_SSE("half_sse", "½Σ(y − ŷ)²") {
        @Override public double term(double t, double y, int n) { return 0.5 * (t - y) * (t - y); }
        @Override public double derivative(double t, double y, int n) { return y - t; }
        @Override public String termSymbolic(String t, String y, int n) { return "½(" + t + " − " + y + ")²"; }
        @Override public String derivativeSymbolic(String t, String y, int n) { return y + " − " + t; }
    },
    SSE("sse", "Σ(y − ŷ)²") {
        @Override public double term(double t, double y, int n) { return (t - y) * (t - y); }
        @Override public double derivative(double t, double y, int n) { return -2.0 * (t - y); }
        @Override public String termSymbolic(String t, String y, int n) { return "(" + t + " − " + y + ")²"; }
        @Override public String derivativeSymbolic(String t, String y, int n) { return "−2(" + t + " − " + y + ")"; }
    },
    MSE("mse", "(1/n)Σ(y − ŷ)²") {
        @Override public double term(double t, double y, int n) { return (t - y) * (t - y) / n; }
        @Override public double derivative(double t, double y, int n) { return -2.0 * (t - y) / n; }
        @Override public String termSymbolic(String t, String y, int n) {
            return n == 1 ? "(" + t + " − " + y + ")²" : "(" + t + " − " + y + ")²/" + n;
        }
        @Override public String derivativeSymbolic(String t, String y, int n) {
            return n == 1 ? "−2(" + t + " − " + y + ")" : "−2(" + t + " − " + y + ")/" + n;
        }
    },
    BINARY_CROSS_ENTROPY("bce", "−Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]") {
        @Override public double term(double t, double y, int n) {
            return -(xlogy(t, y) + xlogy(1.0 - t, 1.0 - y));
        }
        @Override public double derivative(double t, double y, int n) { return (y - t) / (y * (1.0 - y)); }
        @Override public String termSymbolic(String t, String y, int n) {
            return "−[" + t + "·ln " + y + " + (1 − " + t + ")·ln(1 − " + y + ")]";
        }
        @Override public String derivativeSymbolic(String t, String y, int n) {
            return "(" + y + " − " + t + ") / (" + y + "·(1 − " + y + "))";
        }
    };

    private final String id;
    private final String formula;

    Loss(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    /** One output's share of the loss; n is the number of outputs (for the mean). */
    public abstract double term(double t, double y, int n);

    /** ∂L/∂y for one output. */
    public abstract double derivative(double t, double y, int n);

    public abstract String termSymbolic(String t, String y, int n);

    public abstract String derivativeSymbolic(String t, String y, int n);

    public String id() { return id; }

    public String formula() { return formula; }

    /** x·ln(y) with the convention 0·ln(0) = 0, so a target of exactly 0 or 1 is no problem. */
    private static double xlogy(double x, double y) {
        return x == 0.0 ? 0.0 : x * Math.log(y);
    }

    public static Loss fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Loss l : values()) if (l.id.equals(wanted)) return l;
        return null;
    }

    public static String knownIds() {
        StringBuilder sb = new StringBuilder();
        for (Loss l : values()) sb.append(sb.length() == 0 ? "" : ", ").append(l.id);
        return sb.toString();
    }
}
