package tutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The nudge check: the central slope meets the gradient, and where it cannot, it says why. */
class NudgeTest {

    @Test
    void centralSlopeAgreesWithTheGradientOnRandomNetworks() {
        Random random = new Random(1804);
        int networks = 0;
        int compared = 0;
        int kinks = 0;
        int rounded = 0;
        while (networks < 100) {
            RandomNetworks.Case c = RandomNetworks.draw(random);
            try {
                Backprop.trace(c.network(), c.parameters(), c.example(), Precision.EXACT);
            } catch (EngineException saturated) {
                continue;
            }
            networks++;
            for (String p : c.network().parameterIds()) {
                Nudge nudge = Nudge.of(c.network(), c.parameters(), c.example(), p, 1e-4);
                switch (nudge.reading()) {
                    case KINK -> kinks++;
                    case ROUNDING -> {
                        // What disagreement there is, rounding (with the ε² error of the slope) accounts for.
                        double scale = Math.max(Math.abs(nudge.gradient()), Math.abs(nudge.centralSlope()));
                        assertTrue(Math.abs(nudge.centralSlope() - nudge.gradient()) <= nudge.roundingBound() + 1e-6 * scale,
                                "rounding claimed for " + nudge);
                        rounded++;
                    }
                    case COMPARABLE -> {
                        assertTrue(nudge.relativeDifference() < 1e-6, "network " + networks + " " + p + ": " + nudge);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 800, "compared " + compared);
        assertTrue(kinks < compared / 20, kinks + " kinks");
        assertTrue(rounded < compared / 20, rounded + " said to be rounding");
    }

    @Test
    void predictedAndRealChangeAreTheSlopeTimesEpsilonAndTheMove() {
        Nudge n = Nudge.of(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, Doc003FiguresTest.EXAMPLE, "w3", 1e-2);
        Trace moved = Backprop.forward(Doc003FiguresTest.NET, Map.of("w1", 0.5, "w2", 0.3, "w3", 0.81), Doc003FiguresTest.EXAMPLE,
                Precision.EXACT);
        assertEquals(moved.value("loss"), n.lossPlus(), 0);
        assertEquals(n.gradient() * 1e-2, n.predictedChange(), 0);
        assertEquals(moved.value("loss") - n.loss(), n.realChange(), 0);
        assertEquals(Nudge.Reading.COMPARABLE, n.reading());
        // A larger ε agrees less: the error of the central slope grows as ε².
        Nudge coarse = Nudge.of(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, Doc003FiguresTest.EXAMPLE, "w3", 1e-1);
        assertTrue(coarse.relativeDifference() > 10 * n.relativeDifference(), coarse + " vs " + n);
    }

    private static final Network ONE_RELU = Network.dense(1, new int[] {1, 1},
            new Activation[] {Activation.RELU, Activation.SIGMOID},
            new Layer.BiasMode[] {Layer.BiasMode.PER_NEURON, Layer.BiasMode.NONE}, Loss.HALF_SSE, 0.1);

    @Test
    void aReluAtItsKinkIsSaidSo() {
        Example ex = new Example("kink", Map.of("x1", 1.0), Map.of("L2n1", 1.0));
        // z = 0.5·1 − 0.5 = 0: the ReLU sits on its corner, where the engine takes the slope 0 and the loss turns.
        Map<String, Double> atKink = Map.of("w1_1_1", 0.5, "b1_1", -0.5, "w2_1_1", 2.0);
        Nudge n = Nudge.of(ONE_RELU, atKink, ex, "w1_1_1", 1e-4);
        assertEquals(Nudge.Reading.KINK, n.reading());
        assertEquals(0.0, n.gradient());
        assertTrue(Math.abs(n.centralSlope()) > 0.01, "the central slope sees half the right-hand slope: " + n.centralSlope());
        // Within ε of the corner but not on it: still a kink at ε = 1e-2, comparable at 1e-6.
        Map<String, Double> near = Map.of("w1_1_1", 0.5 + 1e-3, "b1_1", -0.5, "w2_1_1", 2.0);
        assertEquals(Nudge.Reading.KINK, Nudge.of(ONE_RELU, near, ex, "w1_1_1", 1e-2).reading());
        assertEquals(Nudge.Reading.COMPARABLE, Nudge.of(ONE_RELU, near, ex, "w1_1_1", 1e-6).reading());
    }

    @Test
    void aGradientBelowWhatFloat64ResolvesIsSaidSo() {
        Example ex = new Example("flat", Map.of("x1", 1.0), Map.of("L2n1", 0.3));
        // A hidden sigmoid at z = 30 has slope about 1e-13: the loss moves by less than its last digit.
        Network sigmoids = Network.dense(1, new int[] {1, 1}, new Activation[] {Activation.SIGMOID, Activation.SIGMOID},
                new Layer.BiasMode[] {Layer.BiasMode.NONE, Layer.BiasMode.NONE}, Loss.HALF_SSE, 0.1);
        Nudge n = Nudge.of(sigmoids, Map.of("w1_1_1", 30.0, "w2_1_1", 1.0), ex, "w1_1_1", 1e-6);
        assertEquals(Nudge.Reading.ROUNDING, n.reading());
        assertTrue(Math.abs(n.gradient()) < 1e-12 && n.gradient() != 0, "gradient " + n.gradient());
        // The same network's other weight is measured fine.
        assertEquals(Nudge.Reading.COMPARABLE, Nudge.of(sigmoids, Map.of("w1_1_1", 30.0, "w2_1_1", 1.0), ex, "w2_1_1", 1e-4).reading());
    }

    @Test
    void aNeuronSwitchedOffAgreesAtZero() {
        Example ex = new Example("off", Map.of("x1", 1.0), Map.of("L2n1", 1.0));
        Nudge n = Nudge.of(ONE_RELU, Map.of("w1_1_1", -1.0, "b1_1", 0.0, "w2_1_1", 2.0), ex, "w2_1_1", 1e-4);
        assertEquals(Nudge.Reading.COMPARABLE, n.reading());
        assertEquals(0.0, n.gradient());
        assertEquals(0.0, n.centralSlope());
    }
}
