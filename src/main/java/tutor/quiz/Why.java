package tutor.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Activation;
import tutor.engine.Expr;
import tutor.engine.Layer;
import tutor.engine.Loss;
import tutor.engine.Network;
import tutor.engine.Numbers;
import tutor.engine.Quantity;
import tutor.engine.Trace;

/**
 * The first hint of a fill-in: why, rather than the formula already on screen. What the asked quantity means for
 * this network, in the lesson's labels, then the numbers on screen it is worked from ({=key} for a computed one,
 * so a value still asked stays a blank). A template for Narration.fill; the second hint works the numbers.
 */
public final class Why {
    private Why() {}

    public static String of(Network net, Trace t, String key) {
        String kind = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
        String id = key.contains(":") ? key.substring(key.indexOf(':') + 1) : "";
        String meaning = switch (kind) {
            case "z" -> sum(net, id);
            case "expneg" -> "e^(−{z:" + id + "}) is the part of the sigmoid that {z:" + id + "} moves: e raised to minus the"
                    + " weighted sum. A large sum makes it small, and the neuron's output close to 1.";
            case "a" -> activation(net, id);
            case "loss" -> loss(net, id);
            case "dloss" -> "∂{L}/∂{a:" + id + "} is how fast the loss changes as the prediction {a:" + id + "} moves: the slope"
                    + " of the loss at the prediction, negative while the prediction is below its target.";
            case "dact" -> slope(net, id);
            case "delta" -> delta(net, id);
            case "dA" -> "∂{L}/∂{a:" + id + "} is how the loss changes with what {" + id + "} passes on. {" + id + "} reaches the"
                    + " loss through every neuron it feeds: each path carries back that neuron's δ times the weight between"
                    + " them, and the paths add.";
            case "grad" -> gradient(net, t, id);
            case "step" -> "The step is how far {" + id + "} moves: the learning rate η times the gradient ∂{L}/∂{" + id + "}.";
            case "new" -> "Gradient descent moves {" + id + "} against its gradient, by η times it: a positive gradient"
                    + " means more of {" + id + "} raises the loss, so it goes down.";
            case "change" -> "The change of {" + id + "} is its new value minus its old one: −η times the gradient.";
            default -> "";
        };
        String from = sources(t, key);
        return from.isEmpty() ? meaning : meaning + " " + from;
    }

    private static String sum(Network net, String n) {
        String bias = null;
        for (Layer l : net.layers()) {
            int j = l.neurons().indexOf(n);
            if (j >= 0) bias = l.biasIds().get(j);
        }
        return "{z:" + n + "} is the weighted sum that reaches {" + n + "}: each input to it times the weight on its way"
                + (bias == null ? ", added up." : ", added up, plus the bias {" + bias + "}.");
    }

    private static String activation(Network net, String n) {
        Activation f = layerOf(net, n).activation();
        String what = "{a:" + n + "} is the neuron's output, what it passes on: ";
        return what + switch (f) {
            case SIGMOID -> "the sigmoid squashes its weighted sum {z:" + n + "} into (0, 1), σ(z) = 1 / (1 + e^(−z)); a sum of 0"
                    + " gives 0.5, a positive one more.";
            case TANH -> "tanh squashes its weighted sum {z:" + n + "} into (−1, 1); a sum of 0 gives 0.";
            case RELU -> "ReLU passes its weighted sum {z:" + n + "} on when it is positive, and 0 when it is not.";
            case LEAKY_RELU -> "leaky ReLU passes a positive sum {z:" + n + "} on as it is, and a negative one times 0.01.";
            case IDENTITY -> "its weighted sum {z:" + n + "}, unchanged.";
        };
    }

    private static String loss(Network net, String o) {
        if (o.isEmpty() && net.outputs().size() > 1) {
            return "The total loss is how wrong the network is over all its outputs: each output's loss, added.";
        }
        String y = o.isEmpty() ? net.outputs().get(0) : o;
        String prediction = "{a:" + y + "}";
        return "The loss measures how far the prediction " + prediction + " is from its target: " + switch (net.loss()) {
            case SSE -> "the square of target − prediction, so a miss either way counts, and a big miss counts more.";
            case HALF_SSE -> "half the square of target − prediction (the ½ only makes its slope simpler).";
            case MSE -> "the square of target − prediction, averaged over the outputs.";
            case BINARY_CROSS_ENTROPY -> "−ln of the probability the prediction gives the target, large when it is confidently wrong.";
        };
    }

    private static String slope(Network net, String n) {
        Activation f = layerOf(net, n).activation();
        String what = "∂{a:" + n + "}/∂{z:" + n + "} is how fast {" + n + "}'s output changes as its sum moves: ";
        return what + switch (f) {
            case SIGMOID -> "for the sigmoid it comes from the output alone, a·(1 − a), at most 0.25.";
            case TANH -> "for tanh it comes from the output alone, 1 − a².";
            case RELU -> "for ReLU 1 where the sum is positive, 0 where it is not.";
            case LEAKY_RELU -> "for leaky ReLU 1 where the sum is positive, 0.01 where it is not.";
            case IDENTITY -> "the output is the sum, so 1.";
        };
    }

    private static String delta(Network net, String n) {
        String head = "{delta:" + n + "} is how the loss changes with {" + n + "}'s weighted sum {z:" + n + "}. By the chain rule it is ";
        if (net.outputs().contains(n)) {
            if (net.loss() == Loss.BINARY_CROSS_ENTROPY && layerOf(net, n).activation() == Activation.SIGMOID) {
                return head + "the loss's slope at the prediction times the sigmoid's slope, which cancel to prediction − target.";
            }
            return head + "the loss's slope at the prediction, ∂{L}/∂{a:" + n + "}, times the activation's slope there.";
        }
        return head + "what reaches {" + n + "} from the loss, ∂{L}/∂{a:" + n + "}, times the slope of its activation.";
    }

    private static String gradient(Network net, Trace t, String p) {
        String head = "∂{L}/∂{" + p + "} is how much the loss changes when {" + p + "} moves a little. By the chain rule it is";
        Quantity q = t.get("grad:" + p);
        boolean shared = q.formula() instanceof Expr.Sum s && s.terms().size() > 1;
        if (net.isBias(p)) {
            return head + " the δ of the neuron the bias feeds, times 1 (a bias carries 1)"
                    + (shared ? "; a shared bias feeds several neurons, and their δs add." : ".");
        }
        return head + " the δ of the neuron {" + p + "} feeds, times the value {" + p + "} carries into it"
                + (shared ? "; a shared weight is used more than once, and every use adds." : ".");
    }

    /**
     * The numbers on screen the quantity is worked from, each once, in the order its formula takes them: a step
     * written out (w − η·g with g, not the step), a function of a shown number from that number (σ from z).
     */
    private static String sources(Trace t, String key) {
        Quantity q = t.get(key);
        Expr e = Expected.called(Expected.expanded(q.formula(), t), t);
        Set<String> seen = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        collect(e, t, seen, parts);
        if (parts.isEmpty()) return "";
        return "It is worked from " + join(parts) + ".";
    }

    private static void collect(Expr e, Trace t, Set<String> seen, List<String> parts) {
        if (e instanceof Expr.Given g) {
            if (seen.add(g.token())) parts.add(g.token() + " = " + Numbers.given(g.value()));
            return;
        }
        if (e instanceof Expr.Const c) {
            boolean named = !c.symbol().equals(c.written()) && !c.symbol().equals("½");
            if (named && seen.add(c.symbol())) parts.add(c.symbol() + " = " + c.written());
            return;
        }
        if (e instanceof Expr.Ref r) {
            if (seen.add(r.key())) parts.add(t.get(r.key()).symbol() + " = {=" + r.key() + "}");
            return;
        }
        for (Expr p : e.parts()) collect(p, t, seen, parts);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static Layer layerOf(Network net, String neuron) {
        for (Layer l : net.layers()) if (l.neurons().contains(neuron)) return l;
        throw new IllegalArgumentException("no neuron " + neuron);
    }
}
