package tutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cross-entropy's working is written with numbers that give its result: with ≈ where the rounded ŷ only comes close,
 * and from z where ŷ shows as 0 or 1 (never ln 0 or 0/0).
 */
class CrossEntropyWorkingTest {

    /** One sigmoid neuron on one input of 1, so z is its weight. */
    private static Trace trace(double z, double target, Precision p) {
        Network net = Network.dense(1, new int[] {1}, new Activation[] {Activation.SIGMOID},
                new Layer.BiasMode[] {Layer.BiasMode.NONE}, Loss.BINARY_CROSS_ENTROPY, 0.5);
        return Backprop.trace(net, Map.of("w1_1_1", z), new Example("one", Map.of("x1", 1.0), Map.of("L1n1", target)), p);
    }

    private static String line(Trace t, String key) {
        return t.get(key).line(Notation.plain());
    }

    @Test
    void aRoundedPredictionSaysApproximately() {
        // z = −1.67: ŷ = σ(−1.67) = 0.15836 shows as 0.16; the loss from z is 1.8429 (1.84), while −ln 0.16 is 1.8326
        Trace t = trace(-1.67, 1, Precision.paper(2));
        assertEquals("0.16", t.get("a:L1n1").result());
        assertEquals("1.84", t.get("loss").result());
        assertTrue(line(t, "loss").endsWith(" = −[1·ln 0.16 + (1 − 1)·ln(1 − 0.16)] ≈ 1.84"), line(t, "loss"));
        // where the written numbers give the result, "="
        Trace near = trace(-1.66, 1, Precision.paper(2));
        assertEquals("1.83", near.get("loss").result());
        assertTrue(line(near, "loss").endsWith("−[1·ln 0.16 + (1 − 1)·ln(1 − 0.16)] = 1.83"), line(near, "loss"));
    }

    @Test
    void aSaturatedPredictionIsWorkedFromZ() {
        // σ(6) = 0.99753 shows as 1.00 at 2 decimals: ln(1 − 1.00) and (1.00 − 1) / (1.00·(1 − 1.00)) are no working
        Trace t = trace(6, 1, Precision.paper(2));
        assertEquals("1.00", t.get("a:L1n1").result());
        for (String key : new String[] {"loss", "dloss:L1n1"}) {
            String line = line(t, key);
            assertFalse(line.contains("ln(1 − 1.00)") || line.contains("(1 − 1.00)"), line);
            assertFalse(line.contains("ln 0") || line.contains("/ (1.00·"), line);
            assertTrue(line.contains("e^(−6.00)") || line.contains("e^(−6)"), line);
        }
        assertTrue(line(t, "loss").endsWith("ln(1 + e^(−6.00)) = 0.00") || line(t, "loss").endsWith("ln(1 + e^(−6.00)) ≈ 0.00"),
                line(t, "loss"));
        assertTrue(line(t, "dloss:L1n1").endsWith("−(1 + e^(−6.00)) = −1.00"), line(t, "dloss:L1n1"));
        // a target of 0 with ŷ near 0
        Trace low = trace(-6, 0, Precision.paper(2));
        assertEquals("0.00", low.get("a:L1n1").result());
        assertTrue(line(low, "loss").endsWith("ln(1 + e^(−6.00)) = 0.00"), line(low, "loss"));
        assertTrue(line(low, "dloss:L1n1").endsWith("1 + e^(−6.00) = 1.00"), line(low, "dloss:L1n1"));
    }

    @Test
    void theWrittenNumbersGiveTheResult() {
        // Every line of the sweep that says "=" is the written numbers' value at the shown precision.
        for (double z = -7; z <= 7; z += 0.37) {
            for (double target : new double[] {0, 1}) {
                Trace t = trace(z, target, Precision.paper(2));
                for (String key : new String[] {"loss", "dloss:L1n1"}) {
                    String line = line(t, key);
                    assertFalse(line.contains("ln 0.00") || line.contains("ln(1 − 1.00)") || line.contains("(1 − 1.00))"), line);
                    BigDecimal shownY = Numbers.parse(t.get("a:L1n1").result());
                    if (shownY.signum() == 0 || shownY.compareTo(BigDecimal.ONE) == 0) assertTrue(line.contains("e^("), line);
                }
            }
        }
    }
}
