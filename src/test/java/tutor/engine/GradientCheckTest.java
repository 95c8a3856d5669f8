package tutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's gradients against central finite differences on a few hundred random networks. */
class GradientCheckTest {

    private static final double RELATIVE = 1e-6;

    @Test
    void gradientsAgreeWithFiniteDifferencesOnRandomNetworks() {
        Random random = new Random(20261122);
        int checked = 0;
        int kinks = 0;
        int saturated = 0;
        for (int n = 0; n < 300; n++) {
            int hidden = n < 2 ? 3 : random.nextInt(4);
            int[] sizes = new int[hidden + 1];
            Activation[] acts = new Activation[hidden + 1];
            Layer.BiasMode[] biases = new Layer.BiasMode[hidden + 1];
            for (int l = 0; l < sizes.length; l++) {
                sizes[l] = n < 2 && l < hidden ? 8 : 1 + random.nextInt(l == hidden ? 3 : 5);
                acts[l] = Activation.values()[random.nextInt(Activation.values().length)];
                biases[l] = Layer.BiasMode.values()[random.nextInt(3)];
            }
            Loss loss = Loss.values()[random.nextInt(Loss.values().length)];
            if (loss == Loss.BINARY_CROSS_ENTROPY) acts[hidden] = Activation.SIGMOID;
            Network net = Network.dense(1 + random.nextInt(4), sizes, acts, biases, loss, 0.1);
            Map<String, Double> params = new LinkedHashMap<>();
            for (String id : net.parameterIds()) params.put(id, random.nextGaussian());
            Map<String, Double> inputs = new LinkedHashMap<>();
            for (String id : net.inputs()) inputs.put(id, random.nextDouble() * 4 - 2);
            Map<String, Double> targets = new LinkedHashMap<>();
            for (String id : net.outputs()) targets.put(id, random.nextDouble());
            Example ex = new Example("random", inputs, targets);

            Trace trace;
            try {
                trace = Backprop.trace(net, params, ex, Precision.EXACT);
            } catch (EngineException e) {
                // Cross-entropy of an output saturated at exactly 0 or 1 is infinite; the engine says so.
                assertTrue(e.getMessage().contains("infinite"), e.getMessage());
                saturated++;
                continue;
            }
            double lossValue = trace.value("loss");
            for (String p : net.parameterIds()) {
                double analytic = trace.value("grad:" + p);
                double numeric = finiteDifference(net, params, ex, p, trace);
                if (Double.isNaN(numeric)) {
                    kinks++;
                    continue;
                }
                assertAgree(analytic, numeric, lossValue, "network " + n + " (" + net.shape() + ", " + loss.id()
                        + ") parameter " + p);
                checked++;
            }
        }
        assertTrue(checked > 3000, "checked only " + checked + " gradients");
        assertTrue(saturated < 15, saturated + " of 300 networks saturated");
        assertTrue(kinks < checked / 50, kinks + " of " + checked + " gradients sat on a ReLU kink");
    }

    @Test
    void threeHiddenLayersOfEightAreChecked() {
        Network net = Network.dense(3, new int[] {8, 8, 8, 2},
                new Activation[] {Activation.TANH, Activation.LEAKY_RELU, Activation.SIGMOID, Activation.IDENTITY},
                new Layer.BiasMode[] {Layer.BiasMode.SHARED, Layer.BiasMode.PER_NEURON, Layer.BiasMode.NONE,
                    Layer.BiasMode.PER_NEURON}, Loss.MSE, 0.5);
        Random random = new Random(7);
        Map<String, Double> params = new LinkedHashMap<>();
        for (String id : net.parameterIds()) params.put(id, random.nextGaussian() * 0.5);
        Example ex = new Example("deep", Map.of("x1", 0.3, "x2", -0.7, "x3", 1.1), Map.of("L4n1", 0.2, "L4n2", -0.4));
        Trace trace = Backprop.trace(net, params, ex, Precision.EXACT);
        assertEquals(8 * 3 + 1 + 8 * 8 + 8 + 8 * 8 + 2 * 8 + 2, net.parameterIds().size());
        for (String p : net.parameterIds()) {
            double numeric = finiteDifference(net, params, ex, p, trace);
            if (!Double.isNaN(numeric)) assertAgree(trace.value("grad:" + p), numeric, trace.value("loss"), p);
        }
    }

    private static double step(Map<String, Double> params, String p) {
        return 1e-3 * Math.max(1.0, Math.abs(params.get(p)));
    }

    /** A fourth-order central difference, or NaN when it straddles a ReLU kink. */
    static double finiteDifference(Network net, Map<String, Double> params, Example ex, String p, Trace base) {
        double h = step(params, p);
        Trace f1 = moved(net, params, ex, p, h);
        Trace fm1 = moved(net, params, ex, p, -h);
        Trace f2 = moved(net, params, ex, p, 2 * h);
        Trace fm2 = moved(net, params, ex, p, -2 * h);
        if (crossesKink(net, base, f2) || crossesKink(net, base, fm2)) return Double.NaN;
        return (8 * (f1.value("loss") - fm1.value("loss")) - (f2.value("loss") - fm2.value("loss"))) / (12 * h);
    }

    /**
     * Whether moving a parameter flipped some ReLU's input across zero. There the loss has a corner and a
     * finite difference measures neither side's slope, so that parameter is not compared.
     */
    static boolean crossesKink(Network net, Trace base, Trace moved) {
        for (Layer layer : net.layers()) {
            if (layer.activation() != Activation.RELU && layer.activation() != Activation.LEAKY_RELU) continue;
            for (String n : layer.neurons()) {
                if ((moved.value("z:" + n) > 0) != (base.value("z:" + n) > 0)) return true;
            }
        }
        return false;
    }

    private static Trace moved(Network net, Map<String, Double> params, Example ex, String p, double shift) {
        Map<String, Double> moved = new LinkedHashMap<>(params);
        moved.put(p, params.get(p) + shift);
        return Backprop.forward(net, moved, ex, Precision.EXACT);
    }

    /**
     * Relative agreement to 1e-6. A gradient far below the loss's own size is at the floor of what double
     * differences can resolve (round-off of about 1e-16·L/h), so there both must agree absolutely instead.
     */
    private static void assertAgree(double analytic, double numeric, double loss, String what) {
        double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
        double floor = 1e-9 * (1 + Math.abs(loss));
        if (scale < floor * 1e3) {
            if (Math.abs(analytic - numeric) > floor) fail(what + ": analytic " + analytic + " vs numeric " + numeric);
            return;
        }
        double rel = Math.abs(analytic - numeric) / scale;
        if (rel > RELATIVE) fail(what + ": analytic " + analytic + " vs numeric " + numeric + " (relative " + rel + ")");
    }

    @Test
    void reluKinkIsTakenAsZeroSlope() {
        Network net = Network.dense(1, new int[] {1}, new Activation[] {Activation.RELU},
                new Layer.BiasMode[] {Layer.BiasMode.NONE}, Loss.HALF_SSE, 0.1);
        Trace t = Backprop.trace(net, Map.of("w1_1_1", 0.0), new Example("kink", Map.of("x1", 1.0), Map.of("L1n1", 1.0)),
                Precision.EXACT);
        assertEquals(0.0, t.value("grad:w1_1_1"));
        assertEquals(List.of("w1_1_1"), net.parameterIds());
    }
}
