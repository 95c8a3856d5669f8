package tutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ties, cross-entropy far from zero and a ReLU at exactly zero, against values worked out by hand. */
class NumbersAtTheEdgesTest {

    /** One input x = 1 into one sigmoid output with weight w: so z = w exactly. */
    private static Trace bce(double z, double target, Precision p) {
        Network net = new Network(List.of("x"), List.of(new Layer(List.of("o"), Activation.SIGMOID,
                List.of(List.of("w")), java.util.Arrays.asList((String) null))), Loss.BINARY_CROSS_ENTROPY, 0.1);
        return Backprop.trace(net, Map.of("w", z), new Example("e", Map.of("x", 1.0), Map.of("o", target)), p);
    }

    @Test
    void crossEntropyAtZeroIsLnTwo() {
        Trace t = bce(0, 1, Precision.EXACT);
        assertEquals(Math.log(2), t.value("loss"), 1e-15);
        assertEquals(-0.5, t.value("delta:o"), 0);
        assertEquals(-2.0, t.value("dloss:o"), 1e-15, "−1/σ(0)");
    }

    @Test
    void crossEntropyStaysExactFarFromZero() {
        // At z = 36.8, σ(z) is 1 in a double; from z, the loss of a right prediction is e^−36.8 and of a wrong one 36.8.
        assertEquals(Math.exp(-36.8), bce(36.8, 1, Precision.EXACT).value("loss"), 1e-30);
        assertEquals(36.8, bce(36.8, 0, Precision.EXACT).value("loss"), 1e-12);
        assertEquals(-Math.exp(-36.8), bce(36.8, 1, Precision.EXACT).value("delta:o"), 1e-30, "ŷ − y = −σ(−z)");
        // At z = 700: e^−700 = 9.86e−305 is still a double; the wrong prediction's loss is 700.
        assertEquals(9.85967654375977e-305, bce(700, 1, Precision.EXACT).value("loss"), 1e-318);
        assertEquals(700.0, bce(700, 0, Precision.EXACT).value("loss"), 1e-12);
        assertEquals(700.0, bce(-700, 1, Precision.EXACT).value("loss"), 1e-12);
        assertEquals(-1.0, bce(700, 1, Precision.EXACT).value("dloss:o"), 1e-15, "−1/σ(700)");
    }

    @Test
    void aPredictionThatRoundsToOneOnPaperStillComputes() {
        Trace t = bce(10, 0, Precision.paper(3));
        assertEquals(1.0, t.value("a:o"), 0, "σ(10) = 0.99995 is 1.000 on paper");
        assertEquals(10.0, t.value("loss"), 0, "softplus(10) = 10.0000454, 10.000 on paper");
        assertEquals(1.0, t.value("delta:o"), 0, "ŷ − y = 1.000 − 0");
        assertEquals("L ≈ 10.000", "L ≈ " + t.get("loss").result());
    }

    /** Two inputs, one hidden neuron with a bias b, one sigmoid output. */
    private static Network twoOneOne(Activation hidden, Loss loss, double eta) {
        return new Network(List.of("x1", "x2"), List.of(
                new Layer(List.of("h"), hidden, List.of(List.of("w1", "w2")), List.of("b")),
                new Layer(List.of("o"), Activation.SIGMOID, List.of(List.of("w3")), java.util.Arrays.asList((String) null))),
                loss, eta);
    }

    @Test
    void aReluAtExactlyZeroIsOffOnTheDecimalSum() {
        // 0.1 + 0.2 − 0.3 is 5.6e−17 in doubles, 0 in decimals: the neuron is off and its slope is 0.
        Trace t = Backprop.trace(twoOneOne(Activation.RELU, Loss.SSE, 0.1), Map.of("w1", 1.0, "w2", 1.0, "b", -0.3, "w3", 0.5),
                new Example("e", Map.of("x1", 0.1, "x2", 0.2), Map.of("o", 1.0)), Precision.EXACT);
        assertEquals(0.0, t.value("z:h"), 0);
        assertEquals(0.0, t.value("a:h"), 0);
        assertEquals(0.0, t.value("dact:h"), 0);
        assertEquals(0.0, t.value("grad:w1"), 0);
    }

    @Test
    void decimalTiesRoundAwayFromZeroOnTheDecimalValue() {
        // z_h2 = 0.25 × 0.05 + 0.3 × 0.1 + 0.35 = 0.3925 exactly; in doubles 0.39249999999999996, which rounds down.
        Trace t = Backprop.trace(twoOneOne(Activation.SIGMOID, Loss.HALF_SSE, 0.5), Map.of("w1", 0.25, "w2", 0.3, "b", 0.35, "w3", 0.45),
                new Example("e", Map.of("x1", 0.05, "x2", 0.1), Map.of("o", 0.01)), Precision.paper(3));
        assertEquals(0.393, t.value("z:h"), 0);
        assertEquals("0.393", t.get("z:h").result());
        assertEquals(0.3925, Precision.roundTo(0.39249999999999996 + 5e-17, 4), 0);
        assertEquals("−0.0005", Numbers.computed(-0.00045, Precision.paper(4)), "half away from zero, with the minus sign");
    }
}
