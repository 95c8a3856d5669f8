package tutor.lab;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Network;

/**
 * One editable line of the sandbox: a given number (input, target, weight or bias), the learning rate, a layer's
 * activation, or the loss. key names the number as Setup does (x1, t:o, w1), or the layer's index.
 */
public record Row(Kind kind, String key, int layer) {

    public enum Kind { NUMBER, RATE, ACTIVATION, LOSS }

    /** Inputs, targets, then weights and biases, then η, each layer's activation, the loss. */
    public static List<Row> of(Network net) {
        List<Row> rows = new ArrayList<>();
        for (String in : net.inputs()) rows.add(new Row(Kind.NUMBER, in, -1));
        for (String o : net.outputs()) rows.add(new Row(Kind.NUMBER, "t:" + o, -1));
        for (String p : net.parameterIds()) rows.add(new Row(Kind.NUMBER, p, -1));
        rows.add(new Row(Kind.RATE, "eta", -1));
        for (int l = 0; l < net.layers().size(); l++) rows.add(new Row(Kind.ACTIVATION, "layer" + (l + 1), l));
        rows.add(new Row(Kind.LOSS, "loss", -1));
        return rows;
    }

    public boolean isParameter(Network net) {
        return kind == Kind.NUMBER && net.parameterIds().contains(key);
    }
}
