package tutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several steps and epochs: each step is one trace, and the loss on document 003's example comes down. */
class TrainingTest {

    @Test
    void epochsRepeatTheStepAndTheLossFalls() {
        Training.Run run = Training.epochs(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS,
                List.of(Doc003FiguresTest.EXAMPLE), 200, Precision.EXACT);
        assertEquals(200, run.lossPerEpoch().size());
        assertEquals(0.125526, run.lossPerEpoch().get(0), 1e-6, "the first epoch sees the document's loss");
        for (int i = 1; i < 200; i++) assertTrue(run.lossPerEpoch().get(i) < run.lossPerEpoch().get(i - 1), "epoch " + i);
        assertTrue(run.lossPerEpoch().get(199) < 0.06, "loss after 200 steps: " + run.lossPerEpoch().get(199));

        Map<String, Double> twice = Backprop.trace(Doc003FiguresTest.NET,
                Backprop.trace(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, Doc003FiguresTest.EXAMPLE, Precision.EXACT)
                        .updatedParameters(), Doc003FiguresTest.EXAMPLE, Precision.EXACT).updatedParameters();
        assertEquals(twice, Training.epochs(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, List.of(Doc003FiguresTest.EXAMPLE),
                2, Precision.EXACT).parameters());
    }

    @Test
    void severalExamplesAreStepsInOrder() {
        Example other = new Example("other", Map.of("x1", 0.5, "x2", -1.0), Map.of("o", 0.0));
        Training.Run run = Training.epochs(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS,
                List.of(Doc003FiguresTest.EXAMPLE, other), 1, Precision.EXACT);
        Map<String, Double> afterFirst = Backprop.trace(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS,
                Doc003FiguresTest.EXAMPLE, Precision.EXACT).updatedParameters();
        Trace second = Backprop.trace(Doc003FiguresTest.NET, afterFirst, other, Precision.EXACT);
        assertEquals(second.updatedParameters(), run.parameters());
        assertEquals(0.125526 + second.value("loss"), run.lossPerEpoch().get(0), 1e-6);
    }

    @Test
    void saturationIsAnErrorThatSaysWhere() {
        Network bce = new Network(Doc003FiguresTest.NET.inputs(), Doc003FiguresTest.NET.layers(), Loss.BINARY_CROSS_ENTROPY, 0.1);
        EngineException e = org.junit.jupiter.api.Assertions.assertThrows(EngineException.class, () -> Backprop.trace(bce,
                Map.of("w1", 500.0, "w2", 500.0, "w3", 800.0), new Example("far", Map.of("x1", 1.0, "x2", 2.0), Map.of("o", 0.0)),
                Precision.EXACT));
        // The loss itself is computed from z (800 here) and stays finite; its slope 1/σ(−800) does not.
        assertEquals("dloss:o", e.key());
        assertTrue(e.getMessage().startsWith("dloss:o cannot be computed (it is infinite or undefined)"), e.getMessage());
        Trace big = Backprop.trace(Doc003FiguresTest.NET, Map.of("w1", 500.0, "w2", 500.0, "w3", -800.0),
                Doc003FiguresTest.EXAMPLE, Precision.EXACT);
        assertEquals(1.0, big.value("a:h"), 0.0, "σ(1500) saturates to 1 without overflow");
        assertEquals(0.0, big.value("a:o"), 1e-300, "σ(−800) saturates to 0");
    }
}
