package tutor.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Random dense networks of every activation, bias mode and loss, with an example: for checks against the engine. */
public final class RandomNetworks {
    private RandomNetworks() {}

    public record Case(Network network, Map<String, Double> parameters, Example example) {}

    public static Case draw(Random random) {
        int hidden = random.nextInt(3);
        int[] sizes = new int[hidden + 1];
        Activation[] acts = new Activation[hidden + 1];
        Layer.BiasMode[] biases = new Layer.BiasMode[hidden + 1];
        for (int l = 0; l < sizes.length; l++) {
            sizes[l] = 1 + random.nextInt(l == hidden ? 3 : 4);
            acts[l] = Activation.values()[random.nextInt(Activation.values().length)];
            biases[l] = Layer.BiasMode.values()[random.nextInt(3)];
        }
        Loss loss = Loss.values()[random.nextInt(Loss.values().length)];
        if (loss == Loss.BINARY_CROSS_ENTROPY) acts[hidden] = Activation.SIGMOID;
        Network net = Network.dense(1 + random.nextInt(3), sizes, acts, biases, loss, 0.05 + random.nextDouble());
        Map<String, Double> params = new LinkedHashMap<>();
        for (String id : net.parameterIds()) params.put(id, random.nextGaussian());
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (String id : net.inputs()) inputs.put(id, random.nextDouble() * 4 - 2);
        Map<String, Double> targets = new LinkedHashMap<>();
        for (String id : net.outputs()) targets.put(id, random.nextDouble());
        return new Case(net, params, new Example("random", inputs, targets));
    }
}
