package tutor.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The step Backprop works on paper, in plain doubles and without the working: the loss and its gradient for a
 * training run of thousands of steps over a data set, and the loss alone for finite differences and landscapes.
 * Parameters, inputs and targets are arrays in the order of parameterIds(), inputs() and outputs(). It agrees
 * with an exact Backprop trace to rounding (NumericTest), and writes each local derivative beside its value.
 */
public final class Numeric {
    private final Network net;
    private final List<String> parameterIds;
    private final int[][][] weight;   // [layer][neuron][source] -> parameter index
    private final int[][] bias;       // [layer][neuron] -> parameter index, or -1 for none
    private final int largest;

    public Numeric(Network net) {
        this.net = net;
        this.parameterIds = net.parameterIds();
        int layers = net.layers().size();
        weight = new int[layers][][];
        bias = new int[layers][];
        int widest = net.inputs().size();
        for (int l = 0; l < layers; l++) {
            Layer layer = net.layers().get(l);
            weight[l] = new int[layer.size()][];
            bias[l] = new int[layer.size()];
            for (int j = 0; j < layer.size(); j++) {
                List<String> row = layer.weightIds().get(j);
                weight[l][j] = new int[row.size()];
                for (int i = 0; i < row.size(); i++) weight[l][j][i] = parameterIds.indexOf(row.get(i));
                String b = layer.biasIds().get(j);
                bias[l][j] = b == null ? -1 : parameterIds.indexOf(b);
            }
            widest = Math.max(widest, layer.size());
        }
        largest = widest;
    }

    public Network network() { return net; }

    public List<String> parameterIds() { return parameterIds; }

    public double[] parameters(Map<String, Double> values) {
        double[] p = new double[parameterIds.size()];
        for (int i = 0; i < p.length; i++) p[i] = values.get(parameterIds.get(i));
        return p;
    }

    public Map<String, Double> parameters(double[] p) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) out.put(parameterIds.get(i), p[i]);
        return out;
    }

    public double[] inputs(Example ex) {
        double[] x = new double[net.inputs().size()];
        for (int i = 0; i < x.length; i++) x[i] = ex.inputs().get(net.inputs().get(i));
        return x;
    }

    public double[] targets(Example ex) {
        double[] t = new double[net.outputs().size()];
        for (int i = 0; i < t.length; i++) t[i] = ex.targets().get(net.outputs().get(i));
        return t;
    }

    /** Every neuron's z and activation, layer by layer, for one input. */
    public record Pass(double[][] z, double[][] a) {
        public double[] outputs() { return a[a.length - 1]; }
    }

    public Pass forward(double[] p, double[] x) {
        int layers = net.layers().size();
        double[][] z = new double[layers][];
        double[][] a = new double[layers][];
        double[] in = x;
        for (int l = 0; l < layers; l++) {
            Activation f = net.layers().get(l).activation();
            int size = weight[l].length;
            z[l] = new double[size];
            a[l] = new double[size];
            for (int j = 0; j < size; j++) {
                double sum = 0;
                for (int i = 0; i < in.length; i++) sum += p[weight[l][j][i]] * in[i];
                if (bias[l][j] >= 0) sum += p[bias[l][j]];
                z[l][j] = sum;
                a[l][j] = activate(f, sum);
            }
            in = a[l];
        }
        return new Pass(z, a);
    }

    /** The loss of one example. */
    public double loss(double[] p, double[] x, double[] t) {
        return loss(forward(p, x), t);
    }

    public double loss(Pass pass, double[] t) {
        int last = pass.z().length - 1;
        double total = 0;
        for (int o = 0; o < t.length; o++) total += lossTerm(t[o], pass.a()[last][o], pass.z()[last][o], t.length);
        return total;
    }

    /**
     * The loss of one example, adding scale·∂L/∂p into gradient (so a data set's mean is a sum of calls with
     * scale 1/n). Every δ is computed with the parameters as they are: nothing is updated here.
     */
    public double lossAndGradient(double[] p, double[] x, double[] t, double scale, double[] gradient) {
        Pass pass = forward(p, x);
        int last = pass.z().length - 1;
        double[] delta = new double[largest];
        Activation outF = net.outputLayer().activation();
        boolean crossEntropyOfSigmoid = net.loss() == Loss.BINARY_CROSS_ENTROPY && outF == Activation.SIGMOID;
        for (int o = 0; o < t.length; o++) {
            double z = pass.z()[last][o];
            double y = pass.a()[last][o];
            delta[o] = crossEntropyOfSigmoid ? missFromZ(t[o], z) : lossSlope(t[o], y, z, t.length) * outF.derivative(z, y);
        }
        for (int l = last; l >= 0; l--) {
            double[] in = l == 0 ? x : pass.a()[l - 1];
            int size = weight[l].length;
            double[] below = l == 0 ? null : new double[in.length];
            for (int j = 0; j < size; j++) {
                double d = delta[j];
                for (int i = 0; i < in.length; i++) {
                    gradient[weight[l][j][i]] += scale * d * in[i];
                    if (below != null) below[i] += p[weight[l][j][i]] * d;
                }
                if (bias[l][j] >= 0) gradient[bias[l][j]] += scale * d;
            }
            if (below != null) {
                Activation f = net.layers().get(l - 1).activation();
                for (int i = 0; i < below.length; i++) delta[i] = below[i] * f.derivative(pass.z()[l - 1][i], pass.a()[l - 1][i]);
            }
        }
        return loss(pass, t);
    }

    /** The mean loss over a data set and, into gradient (cleared first), its gradient. */
    public double meanLossAndGradient(double[] p, double[][] xs, double[][] ts, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        double total = 0;
        double scale = 1.0 / xs.length;
        for (int e = 0; e < xs.length; e++) total += lossAndGradient(p, xs[e], ts[e], scale, gradient);
        return total * scale;
    }

    public double meanLoss(double[] p, double[][] xs, double[][] ts) {
        double total = 0;
        for (int e = 0; e < xs.length; e++) total += loss(p, xs[e], ts[e]);
        return total / xs.length;
    }

    /** As Backprop writes it: a sigmoid through e^(−z) while that is writable, else the overflow-safe form. */
    static double activate(Activation f, double z) {
        if (f == Activation.SIGMOID && Math.abs(z) <= 30) return 1.0 / (1.0 + Math.exp(-z));
        return f.apply(z);
    }

    private double lossTerm(double t, double y, double z, int n) {
        return switch (net.loss()) {
            case HALF_SSE -> 0.5 * ((t - y) * (t - y));
            case SSE -> (t - y) * (t - y);
            case MSE -> (t - y) * (t - y) / n;
            case BINARY_CROSS_ENTROPY -> net.outputLayer().activation() == Activation.SIGMOID
                    ? t * Fn.softplus(-z) + (1 - t) * Fn.softplus(z) : net.loss().term(t, y, n);
        };
    }

    private double lossSlope(double t, double y, double z, int n) {
        return switch (net.loss()) {
            case HALF_SSE -> y - t;
            case SSE -> -2 * (t - y);
            case MSE -> -2 * (t - y) / n;
            case BINARY_CROSS_ENTROPY -> (y - t) / (y * (1 - y));
        };
    }

    /** σ(z) − t for cross-entropy of a sigmoid, exact also where σ(z) rounds to 1. */
    private static double missFromZ(double t, double z) {
        return t == 1.0 ? -Activation.SIGMOID.apply(-z) : Activation.SIGMOID.apply(z) - t;
    }
}
