package tutor.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shape of a dense feed-forward network: inputs, layers, loss and learning rate. Values live apart, in parameters. */
public record Network(List<String> inputs, List<Layer> layers, Loss loss, double learningRate) {

    public Network {
        inputs = List.copyOf(inputs);
        layers = List.copyOf(layers);
        if (layers.isEmpty()) throw new IllegalArgumentException("a network needs at least one layer");
        int sources = inputs.size();
        for (Layer layer : layers) {
            for (List<String> row : layer.weightIds()) {
                if (row.size() != sources) {
                    throw new IllegalArgumentException("every neuron needs one weight per neuron of the layer before it");
                }
            }
            sources = layer.size();
        }
    }

    public Layer outputLayer() { return layers.get(layers.size() - 1); }

    public List<String> outputs() { return outputLayer().neurons(); }

    /** The ids feeding layer l: the inputs for the first layer, otherwise the previous layer's neurons. */
    public List<String> sourcesOf(int l) {
        return l == 0 ? inputs : layers.get(l - 1).neurons();
    }

    /** Every weight and bias id in order of appearance, each once. */
    public List<String> parameterIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Layer layer : layers) {
            for (List<String> row : layer.weightIds()) ids.addAll(row);
        }
        for (Layer layer : layers) {
            for (String b : layer.biasIds()) if (b != null) ids.add(b);
        }
        return new ArrayList<>(ids);
    }

    public boolean isBias(String id) {
        for (Layer layer : layers) if (layer.biasIds().contains(id)) return true;
        return false;
    }

    /** Short shape such as "2-2-1 sigmoid" or "2-2-1 relu/sigmoid". */
    public String shape() {
        StringBuilder sb = new StringBuilder().append(inputs.size());
        for (Layer layer : layers) sb.append('-').append(layer.size());
        Set<String> acts = new LinkedHashSet<>();
        for (Layer layer : layers) acts.add(layer.activation().id());
        return sb.append(' ').append(String.join("/", acts)).toString();
    }

    /**
     * A fully connected network with generated ids: inputs x1.., neurons L{l}n{j}, weights w{l}_{j}_{i},
     * biases b{l}_{j} (per neuron) or b{l} (shared). Used by tests and practice generation.
     */
    public static Network dense(int inputCount, int[] sizes, Activation[] activations, Layer.BiasMode[] biasModes,
                                Loss loss, double learningRate) {
        List<String> inputs = new ArrayList<>();
        for (int i = 1; i <= inputCount; i++) inputs.add("x" + i);
        List<Layer> layers = new ArrayList<>();
        List<String> sources = inputs;
        for (int l = 0; l < sizes.length; l++) {
            List<String> neurons = new ArrayList<>();
            List<List<String>> weights = new ArrayList<>();
            List<String> biases = new ArrayList<>();
            for (int j = 1; j <= sizes[l]; j++) {
                neurons.add("L" + (l + 1) + "n" + j);
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= sources.size(); i++) row.add("w" + (l + 1) + "_" + j + "_" + i);
                weights.add(row);
                switch (biasModes[l]) {
                    case NONE -> biases.add(null);
                    case PER_NEURON -> biases.add("b" + (l + 1) + "_" + j);
                    case SHARED -> biases.add("b" + (l + 1));
                }
            }
            layers.add(new Layer(neurons, activations[l], weights, biases));
            sources = neurons;
        }
        return new Network(inputs, layers, loss, learningRate);
    }

    /** Checks that every parameter and input has a value; returns the first missing id or null. */
    public String firstMissing(Map<String, Double> parameters, Map<String, Double> inputValues) {
        for (String id : inputs) if (!inputValues.containsKey(id)) return id;
        for (String id : parameterIds()) if (!parameters.containsKey(id)) return id;
        return null;
    }
}
