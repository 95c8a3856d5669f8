package tutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast numeric step and gradient descent agree with the engine's exact trace. */
class NumericTest {

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void lossAndGradientEqualAnExactTraceOnRandomNetworks() {
        Random random = new Random(181);
        int compared = 0;
        for (int n = 0; n < 300; n++) {
            RandomNetworks.Case c = RandomNetworks.draw(random);
            Trace trace;
            try {
                trace = Backprop.trace(c.network(), c.parameters(), c.example(), Precision.EXACT);
            } catch (EngineException saturated) {
                continue;
            }
            Numeric numeric = new Numeric(c.network());
            double[] p = numeric.parameters(c.parameters());
            double[] gradient = new double[p.length];
            double loss = numeric.lossAndGradient(p, numeric.inputs(c.example()), numeric.targets(c.example()), 1, gradient);
            close(trace.value("loss"), loss, "loss of network " + n);
            for (int i = 0; i < p.length; i++) {
                close(trace.value("grad:" + numeric.parameterIds().get(i)), gradient[i],
                        "network " + n + " " + c.network().shape() + " " + numeric.parameterIds().get(i));
                compared++;
            }
            Numeric.Pass pass = numeric.forward(p, numeric.inputs(c.example()));
            List<String> outs = c.network().outputs();
            for (int o = 0; o < outs.size(); o++) close(trace.value("a:" + outs.get(o)), pass.outputs()[o], "output " + outs.get(o));
        }
        assertTrue(compared > 2000, "compared " + compared);
    }

    @Test
    void oneStepOnOneExampleIsTheLessonsUpdate() {
        GradientDescent run = new GradientDescent(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, List.of(Doc003FiguresTest.EXAMPLE));
        Trace trace = Backprop.trace(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, Doc003FiguresTest.EXAMPLE, Precision.EXACT);
        close(trace.value("loss"), run.loss(0), "loss before the step");
        Map<String, Double> after = run.numeric().parameters(run.parameters(1));
        for (String id : after.keySet()) close(trace.value("new:" + id), after.get(id), id);
        Trace second = Backprop.trace(Doc003FiguresTest.NET, trace.updatedParameters(), Doc003FiguresTest.EXAMPLE, Precision.EXACT);
        close(second.value("loss"), run.loss(1), "loss after the step");
        for (int i = 1; i <= 500; i++) assertTrue(run.loss(i) < run.loss(i - 1), "step " + i);
        assertEquals(501, run.losses(500).size());
    }

    @Test
    void aStepOverTwoExamplesFollowsTheMeanLoss() {
        Example other = new Example("other", Map.of("x1", 0.5, "x2", -1.0), Map.of("o", 0.0));
        List<Example> data = List.of(Doc003FiguresTest.EXAMPLE, other);
        GradientDescent run = new GradientDescent(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, data);
        Trace a = Backprop.trace(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, data.get(0), Precision.EXACT);
        Trace b = Backprop.trace(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, data.get(1), Precision.EXACT);
        close((a.value("loss") + b.value("loss")) / 2, run.loss(0), "mean loss");
        double eta = Doc003FiguresTest.NET.learningRate();
        Map<String, Double> after = run.numeric().parameters(run.parameters(1));
        for (String id : after.keySet()) {
            double meanGradient = (a.value("grad:" + id) + b.value("grad:" + id)) / 2;
            close(Doc003FiguresTest.PARAMS.get(id) - eta * meanGradient, after.get(id), id);
        }
    }

    @Test
    void aRunIsTheSameFromTheSameStart() {
        GradientDescent one = new GradientDescent(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, List.of(Doc003FiguresTest.EXAMPLE));
        GradientDescent two = new GradientDescent(Doc003FiguresTest.NET, Doc003FiguresTest.PARAMS, List.of(Doc003FiguresTest.EXAMPLE));
        one.ensure(300);
        assertEquals(one.losses(300), two.losses(300));
        assertEquals(one.loss(0), two.loss(0));
    }
}
