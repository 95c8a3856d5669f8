package tutor.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The finite-difference check of one gradient: the loss with the parameter moved by ±ε, the central slope
 * (L(w+ε) − L(w−ε)) / 2ε beside the engine's ∂L/∂w, and the change ∂L/∂w·ε predicted against the real
 * L(w+ε) − L(w). Where the check cannot be trusted it says why instead: a ReLU's input crosses 0 within ±ε (the
 * loss has a corner there), or the loss moves by too few float64 steps for the difference to mean anything.
 */
public record Nudge(String parameter, double epsilon, double loss, double lossPlus, double lossMinus, double gradient,
                    Reading reading) {

    public enum Reading {
        /** The slope and the gradient can be compared. */
        COMPARABLE,
        /** Some ReLU's input is 0 or changes sign between w − ε and w + ε. */
        KINK,
        /** The loss moves by so few units in its last place that rounding reaches the sixth digit of the slope. */
        ROUNDING
    }

    /**
     * Rounding is said to dominate when it could reach a millionth of the slope: then the sixth digit of the
     * agreement is rounding, not calculus, and showing it would mislead.
     */
    static final double ROUNDING_SHARE = 1e-6;

    public static final double LARGEST_EPSILON = 1e-1;
    public static final double SMALLEST_EPSILON = 1e-6;

    public double centralSlope() { return (lossPlus - lossMinus) / (2 * epsilon); }

    public double predictedChange() { return gradient * epsilon; }

    public double realChange() { return lossPlus - loss; }

    /** |slope − gradient| relative to the larger of the two (0 when both are 0). */
    public double relativeDifference() {
        double scale = Math.max(Math.abs(centralSlope()), Math.abs(gradient));
        return scale == 0 ? 0 : Math.abs(centralSlope() - gradient) / scale;
    }

    /** The worst the rounding of L(w±ε) can do to the slope: a few units in the last place over 2ε. */
    public double roundingBound() {
        double ulp = Math.max(Math.ulp(lossPlus), Math.max(Math.ulp(lossMinus), Math.ulp(loss)));
        return 4 * ulp / (2 * epsilon);
    }

    /** Checks parameter p of a network on one example, exactly (no paper rounding: it would swamp the difference). */
    public static Nudge of(Network net, Map<String, Double> params, Example ex, String p, double epsilon) {
        if (!(epsilon > 0)) throw new IllegalArgumentException("ε must be positive");
        if (!params.containsKey(p)) throw new IllegalArgumentException("no parameter " + p);
        Trace base = Backprop.trace(net, params, ex, Precision.EXACT);
        Trace plus = Backprop.forward(net, moved(params, p, epsilon), ex, Precision.EXACT);
        Trace minus = Backprop.forward(net, moved(params, p, -epsilon), ex, Precision.EXACT);
        double gradient = base.value("grad:" + p);
        Nudge draft = new Nudge(p, epsilon, base.value("loss"), plus.value("loss"), minus.value("loss"), gradient,
                Reading.COMPARABLE);
        double scale = Math.max(Math.abs(gradient), Math.abs(draft.centralSlope()));
        // Both exactly 0 (a neuron switched off) is an agreement, not rounding.
        Reading reading = nearKink(net, base, plus, minus) ? Reading.KINK
                : scale > 0 && draft.roundingBound() >= ROUNDING_SHARE * scale ? Reading.ROUNDING : Reading.COMPARABLE;
        return new Nudge(p, epsilon, draft.loss, draft.lossPlus, draft.lossMinus, gradient, reading);
    }

    private static Map<String, Double> moved(Map<String, Double> params, String p, double by) {
        Map<String, Double> out = new LinkedHashMap<>(params);
        out.put(p, params.get(p) + by);
        return out;
    }

    /** A ReLU (or leaky ReLU) whose input is exactly 0, or is on different sides of 0 at w − ε, w and w + ε. */
    private static boolean nearKink(Network net, Trace base, Trace plus, Trace minus) {
        for (Layer layer : net.layers()) {
            if (layer.activation() != Activation.RELU && layer.activation() != Activation.LEAKY_RELU) continue;
            for (String n : layer.neurons()) {
                double z = base.value("z:" + n);
                boolean on = z > 0;
                if (z == 0 || (plus.value("z:" + n) > 0) != on || (minus.value("z:" + n) > 0) != on) return true;
            }
        }
        return false;
    }
}
