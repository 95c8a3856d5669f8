package tutor.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tutor.engine.Backprop;
import tutor.engine.Example;
import tutor.engine.Layer;
import tutor.engine.Loss;
import tutor.engine.Network;
import tutor.engine.Precision;
import tutor.engine.Quantity;
import tutor.engine.Trace;

/**
 * Names the likely mistake behind a wrong number (in a template: {Y1} is rendered with the lesson's labels): asks the engine what each common slip would have given
 * and compares. Each slip is a value with a sentence that says what was done.
 */
public final class Mistakes {
    private Mistakes() {}

    /** A value a slip gives, and what the slip was. */
    public record Slip(String what, double value) {}

    /** The sentence for the first slip the answer matches (and the right answer does not), or null. */
    public static String diagnose(Answer answer, Network net, Map<String, Double> params, Example ex, Precision p,
                                  String key) {
        Trace exact = Backprop.trace(net, params, ex, Precision.EXACT);
        Trace paper = Backprop.trace(net, params, ex, p);
        for (Trace t : List.of(exact, paper)) {
            for (Slip s : slips(net, params, ex, t, key)) {
                if (Acceptance.matchesSlip(answer, s.value()) && !Acceptance.matchesSlip(answer, t.value(key))) return s.what();
            }
        }
        return null;
    }

    /** Every slip that applies to this quantity, most telling first. */
    public static List<Slip> slips(Network net, Map<String, Double> params, Example ex, Trace t, String key) {
        List<Slip> out = new ArrayList<>();
        String kind = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
        String id = key.contains(":") ? key.substring(key.indexOf(':') + 1) : "";
        double v = t.value(key);
        switch (kind) {
            case "new" -> {
                out.add(new Slip("You added η·gradient; the update subtracts it: W − η·∂L/∂W.",
                        params.get(id) + t.value("step:" + id)));
                out.add(new Slip("The learning rate η is missing: the update is W − η·∂L/∂W.",
                        params.get(id) - t.value("grad:" + id)));
                out.add(new Slip("That is the gradient; the question asks for the new value, W − η·∂L/∂W.",
                        t.value("grad:" + id)));
            }
            case "step" -> out.add(new Slip("That is the gradient itself; multiply it by η.", t.value("grad:" + id)));
            case "a" -> out.add(new Slip("That is z; the activation is what the activation function makes of z.",
                    t.value("z:" + id)));
            case "z" -> {
                String bias = biasOf(net, id);
                if (bias != null) out.add(new Slip("The bias is missing from the sum.", v - params.get(bias)));
            }
            case "dact" -> {
                out.add(new Slip("That is the activation σ(z), not its slope σ'(z) = a(1 − a).", t.value("a:" + id)));
                double z = t.value("z:" + id);
                out.add(new Slip("z was used in place of the activation in a(1 − a).", z * (1 - z)));
            }
            case "delta" -> {
                double upstream = v / nonZero(t.value("dact:" + id));
                out.add(new Slip("The activation's slope is missing: δ = ∂L/∂a × σ'(z).", upstream));
                out.add(new Slip("σ(z) was used in place of σ'(z) = a(1 − a).", upstream * t.value("a:" + id)));
                if (t.has("dA:" + id)) out.addAll(newWeightSlips(net, params, t, id, 1.0));
            }
            case "dA" -> out.addAll(newWeightSlips(net, params, t, id, 1.0 / nonZero(t.value("dact:" + id))));
            case "grad" -> out.addAll(gradientSlips(net, params, t, id));
            default -> { }
        }
        out.addAll(halfSlips(net, params, ex, t, key));
        if (v != 0) out.add(new Slip("The sign is flipped.", -v));
        return out;
    }

    private static List<Slip> gradientSlips(Network net, Map<String, Double> params, Trace t, String p) {
        List<Slip> out = new ArrayList<>();
        double noSlope = 0;
        double usingZ = 0;
        double deltaOnly = 0;
        boolean fromNeuron = false;
        List<Use> uses = usesOf(net, p);
        for (Use use : uses) {
            double delta = t.value("delta:" + use.neuron);
            double source = use.source == null ? 1 : sourceValue(net, t, use.source);
            noSlope += delta / nonZero(t.value("dact:" + use.neuron)) * source;
            deltaOnly += delta;
            if (use.source != null && t.has("z:" + use.source)) {
                fromNeuron = true;
                usingZ += delta * t.value("z:" + use.source);
            } else {
                usingZ += delta * source;
            }
        }
        out.add(new Slip("The slope of the activation is missing from the chain.", noSlope));
        if (fromNeuron) out.add(new Slip("z was used where the activation belongs: ∂z/∂w is the incoming activation a.", usingZ));
        if (!net.isBias(p)) out.add(new Slip("That is δ alone; multiply by the value the weight carries.", deltaOnly));
        Quantity q = t.get("grad:" + p);
        if (q.paths().size() > 1) {
            for (Quantity.Path path : q.paths()) {
                out.add(new Slip("That is one path only (via " + path.via()
                        + "); the weight reaches the loss along " + q.paths().size() + " paths: add them all.", path.product()));
            }
        }
        Use first = uses.get(0);
        if (t.has("dA:" + first.neuron)) {
            double source = first.source == null ? 1 : sourceValue(net, t, first.source);
            for (Slip s : newWeightSlips(net, params, t, first.neuron, 1.0)) {
                out.add(new Slip(s.what(), s.value() * source));
            }
        }
        return out;
    }

    /** δ (times factor) of a hidden neuron recomputed with the already-updated weights of the layer after it. */
    private static List<Slip> newWeightSlips(Network net, Map<String, Double> params, Trace t, String n, double factor) {
        for (int l = 0; l < net.layers().size() - 1; l++) {
            int j = net.layers().get(l).neurons().indexOf(n);
            if (j < 0) continue;
            Layer next = net.layers().get(l + 1);
            double sum = 0;
            for (int k = 0; k < next.size(); k++) {
                sum += t.value("new:" + next.weightIds().get(k).get(j)) * t.value("delta:" + next.neurons().get(k));
            }
            return List.of(new Slip("That uses the updated weight; backpropagation uses the old weights throughout.",
                    sum * t.value("dact:" + n) * factor));
        }
        return List.of();
    }

    /** The same quantity with the ½ of the loss dropped (or added, when the lesson's loss has none). */
    private static List<Slip> halfSlips(Network net, Map<String, Double> params, Example ex, Trace t, String key) {
        Loss other = switch (net.loss()) {
            case HALF_SSE -> Loss.SSE;
            case SSE -> Loss.HALF_SSE;
            default -> null;
        };
        if (other == null || key.startsWith("z:") || key.startsWith("a:") || key.startsWith("expneg:")
                || key.startsWith("dact:")) {
            return List.of();
        }
        Network changed = new Network(net.inputs(), net.layers(), other, net.learningRate());
        Trace alt = Backprop.trace(changed, params, ex, t.precision());
        if (!alt.has(key)) return List.of();
        String what = net.loss() == Loss.HALF_SSE
                ? "That is what the loss gives without its ½ (the 2 from the square was kept)."
                : "That has a ½ in the loss; this lesson's loss (y − ŷ)² has none, so its slope keeps the 2.";
        return List.of(new Slip(what, alt.value(key)));
    }

    private record Use(String neuron, String source) {}

    private static List<Use> usesOf(Network net, String p) {
        List<Use> uses = new ArrayList<>();
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            List<String> sources = net.sourcesOf(l);
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < sources.size(); i++) {
                    if (layer.weightIds().get(j).get(i).equals(p)) uses.add(new Use(layer.neurons().get(j), sources.get(i)));
                }
                if (p.equals(layer.biasIds().get(j))) uses.add(new Use(layer.neurons().get(j), null));
            }
        }
        return uses;
    }

    private static double sourceValue(Network net, Trace t, String source) {
        return net.inputs().contains(source) ? t.example().inputs().get(source) : t.value("a:" + source);
    }

    private static String biasOf(Network net, String neuron) {
        for (Layer l : net.layers()) {
            int j = l.neurons().indexOf(neuron);
            if (j >= 0) return l.biasIds().get(j);
        }
        return null;
    }

    private static double nonZero(double v) {
        return v == 0 ? Double.NaN : v;
    }
}
