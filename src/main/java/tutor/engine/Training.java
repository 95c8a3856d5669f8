package tutor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Several steps and epochs over a list of examples: each step is one Backprop trace. */
public final class Training {
    private Training() {}

    /** The total loss before each epoch and the parameters after the last. */
    public record Run(List<Double> lossPerEpoch, Map<String, Double> parameters) {}

    public static Run epochs(Network net, Map<String, Double> start, List<Example> examples, int epochs, Precision p) {
        Map<String, Double> params = start;
        List<Double> losses = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            double total = 0;
            for (Example ex : examples) {
                Trace t = Backprop.trace(net, params, ex, p);
                total += t.value("loss");
                params = t.updatedParameters();
            }
            losses.add(total);
        }
        return new Run(losses, params);
    }
}
