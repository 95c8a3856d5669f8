package tutor.engine;

import java.util.Locale;

/** An activation function with its local derivative written beside it (as micrograd does). */
public enum Activation {
    SIGMOID("sigmoid", "σ") {
        @Override public double apply(double z) {
            // Two branches so that exp never overflows for large |z|.
            if (z >= 0) return 1.0 / (1.0 + Math.exp(-z));
            double e = Math.exp(z);
            return e / (1.0 + e);
        }
        @Override public double derivative(double z, double a) { return a * (1.0 - a); }
        @Override public String derivativeSymbolic(String a) { return a + "·(1 − " + a + ")"; }
    },
    TANH("tanh", "tanh") {
        @Override public double apply(double z) { return Math.tanh(z); }
        @Override public double derivative(double z, double a) { return 1.0 - a * a; }
        @Override public String derivativeSymbolic(String a) { return "1 − " + a + "²"; }
    },
    RELU("relu", "ReLU") {
        @Override public double apply(double z) { return z > 0 ? z : 0.0; }
        @Override public double derivative(double z, double a) { return z > 0 ? 1.0 : 0.0; }
        @Override public String derivativeSymbolic(String a) { return "(1 if z > 0, else 0)"; }
    },
    LEAKY_RELU("leaky_relu", "LReLU") {
        @Override public double apply(double z) { return z > 0 ? z : LEAK * z; }
        @Override public double derivative(double z, double a) { return z > 0 ? 1.0 : LEAK; }
        @Override public String derivativeSymbolic(String a) { return "(1 if z > 0, else 0.01)"; }
    },
    IDENTITY("identity", "id") {
        @Override public double apply(double z) { return z; }
        @Override public double derivative(double z, double a) { return 1.0; }
        @Override public String derivativeSymbolic(String a) { return "1"; }
    };

    /** Slope of leaky ReLU for negative inputs. */
    public static final double LEAK = 0.01;

    private final String id;
    private final String symbol;

    Activation(String id, String symbol) {
        this.id = id;
        this.symbol = symbol;
    }

    public abstract double apply(double z);

    /** f'(z), given z and the activation a = f(z) that a person would reuse on paper. */
    public abstract double derivative(double z, double a);

    /** The derivative in symbols, in terms of the activation's label. */
    public abstract String derivativeSymbolic(String a);

    /** The name used in lesson files: sigmoid, tanh, relu, leaky_relu, identity. */
    public String id() { return id; }

    /** How the function is written in a formula: σ, tanh, ReLU. */
    public String symbol() { return symbol; }

    public static Activation fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Activation a : values()) if (a.id.equals(wanted)) return a;
        return null;
    }

    public static String knownIds() {
        StringBuilder sb = new StringBuilder();
        for (Activation a : values()) sb.append(sb.length() == 0 ? "" : ", ").append(a.id);
        return sb.toString();
    }
}
