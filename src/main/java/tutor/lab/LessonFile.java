package tutor.lab;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tutor.engine.Example;
import tutor.engine.Layer;
import tutor.engine.Network;
import tutor.engine.Notation;

/**
 * The sandbox's network as a lesson file that `./tutor check` accepts and `./tutor trace` works to the same numbers:
 * the edited network, parameters and example, the lesson's labels and precision, and four steps (forward, loss,
 * backward, update) that show every quantity, for a learner to walk or a teacher to build on.
 */
public final class LessonFile {
    private LessonFile() {}

    public static String id(Lab lab) {
        String base = lab.id().length() > 28 ? lab.id().substring(0, 28) : lab.id();
        return base + "-lab";
    }

    public static String write(Lab lab) {
        Setup s = lab.sandbox().current();
        Network net = s.network();
        JsonObject root = new JsonObject();
        root.addProperty("id", id(lab));
        root.addProperty("title", "Edited in the lab: " + lab.title());
        JsonObject source = new JsonObject();
        source.addProperty("title", "The lab, from the lesson " + lab.id());
        root.add("source", source);
        root.add("network", network(net));
        JsonObject params = new JsonObject();
        for (Map.Entry<String, Double> p : s.parameters().entrySet()) params.addProperty(p.getKey(), p.getValue());
        root.add("parameters", params);
        JsonArray examples = new JsonArray();
        examples.add(example(s.example()));
        root.add("examples", examples);
        if (!s.precision().isExact()) root.addProperty("paper", s.precision().decimals());
        JsonObject labels = new JsonObject();
        for (Map.Entry<String, Notation.Label> l : new java.util.TreeMap<>(lab.labels()).entrySet()) {
            JsonObject both = new JsonObject();
            both.addProperty("unicode", l.getValue().unicode());
            both.addProperty("ascii", l.getValue().ascii());
            labels.add(l.getKey(), both);
        }
        root.add("labels", labels);
        root.add("steps", steps(net));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static JsonObject network(Network net) {
        JsonObject o = new JsonObject();
        JsonArray inputs = new JsonArray();
        net.inputs().forEach(inputs::add);
        o.add("inputs", inputs);
        JsonArray layers = new JsonArray();
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            JsonObject lo = new JsonObject();
            lo.addProperty("name", l == net.layers().size() - 1 ? "output" : "hidden " + (l + 1));
            lo.addProperty("activation", layer.activation().id());
            JsonArray neurons = new JsonArray();
            for (int j = 0; j < layer.size(); j++) {
                JsonObject n = new JsonObject();
                n.addProperty("id", layer.neurons().get(j));
                JsonArray weights = new JsonArray();
                layer.weightIds().get(j).forEach(weights::add);
                n.add("weights", weights);
                if (layer.biasIds().get(j) != null) n.addProperty("bias", layer.biasIds().get(j));
                neurons.add(n);
            }
            lo.add("neurons", neurons);
            layers.add(lo);
        }
        o.add("layers", layers);
        o.addProperty("loss", net.loss().id());
        o.addProperty("learningRate", net.learningRate());
        return o;
    }

    private static JsonObject example(Example ex) {
        JsonObject o = new JsonObject();
        o.addProperty("name", ex.name());
        JsonObject in = new JsonObject();
        ex.inputs().forEach(in::addProperty);
        o.add("inputs", in);
        JsonObject t = new JsonObject();
        ex.targets().forEach(t::addProperty);
        o.add("targets", t);
        return o;
    }

    private static JsonArray steps(Network net) {
        List<String> forward = new ArrayList<>();
        List<String> backward = new ArrayList<>();
        for (Layer layer : net.layers()) {
            for (String n : layer.neurons()) {
                forward.add("z:" + n);
                forward.add("a:" + n);
                backward.add("delta:" + n);
            }
        }
        for (String p : net.parameterIds()) backward.add("grad:" + p);
        List<String> loss = new ArrayList<>();
        if (net.outputs().size() > 1) net.outputs().forEach(o -> loss.add("loss:" + o));
        loss.add("loss");
        JsonArray steps = new JsonArray();
        steps.add(step("forward", "Forward pass", "Every neuron's weighted sum and activation, from the numbers set in the lab.", forward));
        steps.add(step("loss", "The loss", "How far the prediction is from the target: {L} = {=loss}.", loss));
        steps.add(step("backward", "Backward pass", "Each neuron's δ and each parameter's gradient, with the weights as they were.", backward));
        steps.add(step("update", "The update", "Every parameter moves against its gradient, η = " + net.learningRate() + ".",
                net.parameterIds().stream().map(p -> "new:" + p).toList()));
        return steps;
    }

    private static JsonObject step(String section, String title, String text, List<String> show) {
        JsonObject o = new JsonObject();
        o.addProperty("section", section);
        o.addProperty("title", title);
        o.addProperty("text", text);
        JsonArray keys = new JsonArray();
        show.forEach(keys::add);
        o.add("show", keys);
        return o;
    }
}
