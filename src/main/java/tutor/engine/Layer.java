package tutor.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One dense layer: its neurons, their activation, and the ids of the parameters feeding them.
 * weightIds.get(j).get(i) is the weight from source i (an input or a neuron of the previous layer)
 * to neuron j. biasIds.get(j) is null when neuron j has no bias; the same id on several neurons
 * means one bias shared by them.
 */
public record Layer(List<String> neurons, Activation activation, List<List<String>> weightIds, List<String> biasIds) {

    public Layer {
        neurons = List.copyOf(neurons);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : weightIds) rows.add(List.copyOf(row));
        weightIds = List.copyOf(rows);
        biasIds = java.util.Collections.unmodifiableList(new ArrayList<>(biasIds));
        if (weightIds.size() != neurons.size() || biasIds.size() != neurons.size()) {
            throw new IllegalArgumentException("a layer needs one weight row and one bias entry per neuron");
        }
    }

    public int size() { return neurons.size(); }

    /** How a layer's neurons get their biases; used to build networks (Network.dense). */
    public enum BiasMode { NONE, PER_NEURON, SHARED }
}
