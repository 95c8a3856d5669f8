package tutor.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.engine.Activation;
import tutor.engine.Backprop;
import tutor.engine.Example;
import tutor.engine.Layer;
import tutor.engine.Loss;
import tutor.engine.Network;
import tutor.engine.Precision;
import tutor.engine.Trace;

/**
 * The numbers and choices the sandbox edits, as one value: the network (activations, loss, η), its parameters and
 * the example in view. Each edit gives a new Setup; its trace is the engine's, worked at the lesson's precision.
 */
public record Setup(Network network, Map<String, Double> parameters, Example example, Precision precision) {

    public Setup {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public Trace trace() {
        return Backprop.trace(network, parameters, example, precision);
    }

    /** A given number (a parameter, an input, or an output's target as "t:o") set to a new value. */
    public Setup withNumber(String key, double value) {
        if (key.startsWith("t:")) {
            Map<String, Double> targets = new LinkedHashMap<>(example.targets());
            targets.put(key.substring(2), value);
            return new Setup(network, parameters, new Example(example.name(), example.inputs(), targets), precision);
        }
        if (network.inputs().contains(key)) {
            Map<String, Double> inputs = new LinkedHashMap<>(example.inputs());
            inputs.put(key, value);
            return new Setup(network, parameters, new Example(example.name(), inputs, example.targets()), precision);
        }
        if (!parameters.containsKey(key)) throw new IllegalArgumentException("no number " + key);
        Map<String, Double> p = new LinkedHashMap<>(parameters);
        p.put(key, value);
        return new Setup(network, p, example, precision);
    }

    /** The value of a given number, by the same keys as withNumber. */
    public double number(String key) {
        if (key.startsWith("t:")) return example.targets().get(key.substring(2));
        if (network.inputs().contains(key)) return example.inputs().get(key);
        return parameters.get(key);
    }

    public Setup withLearningRate(double eta) {
        return new Setup(new Network(network.inputs(), network.layers(), network.loss(), eta), parameters, example, precision);
    }

    public Setup withLoss(Loss loss) {
        return new Setup(new Network(network.inputs(), network.layers(), loss, network.learningRate()), parameters, example, precision);
    }

    public Setup withActivation(int layer, Activation f) {
        List<Layer> layers = new ArrayList<>(network.layers());
        Layer l = layers.get(layer);
        layers.set(layer, new Layer(l.neurons(), f, l.weightIds(), l.biasIds()));
        return new Setup(new Network(network.inputs(), layers, network.loss(), network.learningRate()), parameters, example, precision);
    }

    public Setup withExample(Example ex) {
        return new Setup(network, parameters, ex, precision);
    }
}
