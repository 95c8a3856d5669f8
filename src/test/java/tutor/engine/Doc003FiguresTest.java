package tutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure document 003 states (2 → 1 → 1, sigmoid, (y − ŷ)², η = 0.1), reproduced by the engine in
 * exact mode and in paper mode (3 decimals, the document's own rounding) to the precision it is printed with.
 */
class Doc003FiguresTest {

    static final Network NET = new Network(List.of("x1", "x2"), List.of(
            new Layer(List.of("h"), Activation.SIGMOID, List.of(List.of("w1", "w2")), java.util.Arrays.asList((String) null)),
            new Layer(List.of("o"), Activation.SIGMOID, List.of(List.of("w3")), java.util.Arrays.asList((String) null))),
            Loss.SSE, 0.1);
    static final Map<String, Double> PARAMS = Map.of("w1", 0.5, "w2", 0.3, "w3", 0.8);
    static final Example EXAMPLE = new Example("doc", Map.of("x1", 1.0, "x2", 2.0), Map.of("o", 1.0));

    private final Trace exact = Backprop.trace(NET, PARAMS, EXAMPLE, Precision.EXACT);
    private final Trace paper = Backprop.trace(NET, PARAMS, EXAMPLE, Precision.paper(3));

    /** The figure as printed, compared at the printed precision (or the paper mode's, if coarser). */
    private static void assertFigure(String stated, Trace trace, String key) {
        int decimals = stated.contains(".") ? stated.length() - stated.indexOf('.') - 1 : 0;
        if (!trace.precision().isExact()) decimals = Math.min(decimals, trace.precision().decimals());
        double expected = Precision.roundTo(Double.parseDouble(stated), decimals);
        assertEquals(expected, Precision.roundTo(trace.value(key), decimals), 0.0,
                key + " in " + trace.precision() + " should read " + stated);
    }

    @Test
    void forwardPass() {
        for (Trace t : List.of(exact, paper)) {
            assertFigure("1.1", t, "z:h");
            assertFigure("0.3329", exact, "expneg:h");
            assertFigure("0.750", t, "a:h");
            assertFigure("0.600", t, "z:o");
            assertFigure("0.646", t, "a:o");
        }
        assertFigure("0.5488", paper, "expneg:o");
    }

    @Test
    void lossAndOutputGradientNeedTheDocumentsRounding() {
        // (1 − 0.646)² = 0.125 and −2(1 − 0.646) = −0.708 come from ŷ rounded to 0.646 first.
        assertFigure("0.125", paper, "loss");
        assertFigure("-0.708", paper, "dloss:o");
        assertEquals(0.125526, exact.value("loss"), 1e-6);
        assertEquals(-0.708592, exact.value("dloss:o"), 1e-6);
    }

    @Test
    void backwardPass() {
        for (Trace t : List.of(exact, paper)) {
            assertFigure("0.229", t, "dact:o");
            assertFigure("-0.162", t, "delta:o");
            assertFigure("-0.122", t, "grad:w3");
            assertFigure("0.812", t, "new:w3");
            assertFigure("0.305", t, "new:w2");
            assertFigure("0.502", t, "new:w1");
        }
        assertFigure("-0.0243", exact, "delta:h");
        assertFigure("-0.0243", exact, "grad:w1");
        assertFigure("-0.0486", exact, "grad:w2");
        assertFigure("-0.024", paper, "delta:h");
        // 0.750 × 0.250: the document multiplies the rounded h, so only paper mode gives it.
        assertFigure("0.1875", paper, "dact:h");
        assertFigure("0.1874", exact, "dact:h");
    }

    @Test
    void everyQuantityExplainsItselfOnPaper() {
        Notation n = Notation.plain();
        assertEquals("z_h = w1·x1 + w2·x2 = 0.5 × 1 + 0.3 × 2 = 1.1000", exact.get("z:h").line(n));
        assertEquals("a_o = σ(z_o) = 1 / (1 + e^(−z_o)) = 1 / (1 + 0.549) = 0.646", paper.get("a:o").line(n));
        // The exact value is not what the shown e^(−z) gives at 4 decimals (1 / 1.3329 = 0.75024): the line says so.
        assertEquals("a_h = σ(z_h) = 1 / (1 + e^(−z_h)) = 1 / (1 + 0.3329) ≈ 0.7503", exact.get("a:h").line(n));
        // The update is written with η, then with the step as shown, which is what paper mode subtracts.
        assertEquals("w3_new = w3 − η·∂L/∂w3 = 0.8 − 0.1 × (−0.122) = 0.8 − (−0.012) = 0.812", paper.get("new:w3").line(n));
        assertEquals("δ_o = ∂L/∂a_o·∂a_o/∂z_o = −0.708 × 0.229 = −0.162", paper.get("delta:o").line(n));
        assertEquals("L = (t_o − a_o)² = (1 − 0.646)² = 0.125", paper.get("loss").line(n));
        Quantity g = exact.get("grad:w1");
        assertEquals(List.of("∂L/∂a_o", "∂a_o/∂z_o", "∂z_o/∂a_h (= w3)", "∂a_h/∂z_h", "∂z_h/∂w1"),
                g.factors().stream().map(Factor::symbol).map(n::render).toList());
        assertEquals(1.0, g.factors().get(4).value());
    }

    @Test
    void theForwardPassAloneGivesTheSameLoss() {
        Trace f = Backprop.forward(NET, PARAMS, EXAMPLE, Precision.paper(3));
        assertEquals(paper.value("loss"), f.value("loss"), 0);
        assertEquals(paper.get("a:o").line(Notation.plain()), f.get("a:o").line(Notation.plain()));
        assertFalse(f.has("delta:o"), "no backward pass");
    }

    @Test
    void allWeightsUpdateAtOnceFromTheOldValues() {
        // w1's gradient uses the old w3 (0.8), not the updated one.
        double oldW3Path = exact.value("delta:o") * 0.8 * exact.value("dact:h") * 1.0;
        assertEquals(oldW3Path, exact.value("grad:w1"), 1e-15);
        assertEquals(Map.of("w1", exact.value("new:w1"), "w2", exact.value("new:w2"), "w3", exact.value("new:w3")),
                exact.updatedParameters());
    }
}
