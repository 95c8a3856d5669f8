package tutor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gradient descent over a data set, as the lessons' one step repeated: each step moves every parameter by
 * −η·∂L/∂p, where L is the mean loss over the data set (with one example, exactly the lesson's update). A run is
 * append-only and deterministic: the same start gives the same history, so rewinding is going back to step 0.
 */
public final class GradientDescent {
    private final Numeric numeric;
    private final double[][] xs;
    private final double[][] ts;
    private final List<double[]> parameters = new ArrayList<>();
    private final List<Double> losses = new ArrayList<>();
    private final double[] gradient;

    public GradientDescent(Network net, Map<String, Double> start, List<Example> data) {
        if (data.isEmpty()) throw new IllegalArgumentException("a training run needs at least one example");
        numeric = new Numeric(net);
        xs = new double[data.size()][];
        ts = new double[data.size()][];
        for (int e = 0; e < data.size(); e++) {
            xs[e] = numeric.inputs(data.get(e));
            ts[e] = numeric.targets(data.get(e));
        }
        gradient = new double[numeric.parameterIds().size()];
        double[] p = numeric.parameters(start);
        parameters.add(p);
        losses.add(numeric.meanLossAndGradient(p, xs, ts, gradient));
    }

    public Numeric numeric() { return numeric; }

    /** Steps taken so far. */
    public synchronized int steps() { return parameters.size() - 1; }

    /** Works out the run up to the given step (nothing when it is there already). */
    public synchronized void ensure(int step) {
        double eta = numeric.network().learningRate();
        while (steps() < step) {
            double[] p = parameters.get(parameters.size() - 1);
            numeric.meanLossAndGradient(p, xs, ts, gradient);
            double[] next = new double[p.length];
            for (int i = 0; i < p.length; i++) next[i] = p[i] - eta * gradient[i];
            parameters.add(next);
            losses.add(numeric.meanLoss(next, xs, ts));
        }
    }

    /** The mean loss at a step (0 = the start, before any update). */
    public synchronized double loss(int step) {
        ensure(step);
        return losses.get(step);
    }

    /** The parameters at a step, in the order of numeric().parameterIds(); a copy. */
    public synchronized double[] parameters(int step) {
        ensure(step);
        return parameters.get(step).clone();
    }

    /** The losses of steps 0..step. */
    public synchronized List<Double> losses(int step) {
        ensure(step);
        return List.copyOf(losses.subList(0, step + 1));
    }

    public double[][] inputs() { return xs; }

    public double[][] targets() { return ts; }
}
