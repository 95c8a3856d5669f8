package tutor.lines;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tutor.engine.Layer;
import tutor.engine.Network;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Trace;

/**
 * What the diagram stresses on a step, said in words instead of drawn: "the output neuron o, fed by h through
 * w3 = 0.8; its sum z out is 0.600". A value is said only where the diagram would show it (the shows test), so a
 * question's answer is never given away here either.
 */
public final class Focus {
    private Focus() {}

    /** One sentence, in the lesson's notation (Unicode; spoken by Speech), or null when nothing is in focus. */
    public static String describe(List<String> focus, Trace t, Notation n, Predicate<String> shows) {
        if (focus.isEmpty()) return null;
        Network net = t.network();
        Set<String> said = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            for (int j = 0; j < layer.size(); j++) {
                String id = layer.neurons().get(j);
                if (!focus.contains(id)) continue;
                parts.add(neuron(net, l, j, t, n, shows, said));
                said.add(id);
            }
        }
        for (String id : focus) {
            if (said.contains(id)) continue;
            if (net.inputs().contains(id)) {
                parts.add("the input " + n.label(null, id) + " = " + Numbers.given(t.given(id)));
            } else if (t.parameters().containsKey(id)) {
                parts.add((net.isBias(id) ? "the bias " : "the weight ") + n.label(null, id) + " = " + parameter(id, t, shows)
                        + ends(net, id, n));
            }
            said.add(id);
        }
        if (parts.isEmpty()) return null;
        return "In focus: " + String.join("; ", parts) + ".";
    }

    private static String neuron(Network net, int l, int j, Trace t, Notation n, Predicate<String> shows, Set<String> said) {
        Layer layer = net.layers().get(l);
        String id = layer.neurons().get(j);
        String kind = l == net.layers().size() - 1 ? "output" : "hidden";
        StringBuilder sb = new StringBuilder("the " + kind + " neuron " + n.label(null, id) + " (" + layer.activation().id() + ")");
        List<String> sources = net.sourcesOf(l);
        List<String> in = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            String w = layer.weightIds().get(j).get(k);
            in.add(n.label(null, sources.get(k)) + valueOf(sources.get(k), net, t, shows) + " through " + n.label(null, w) + " = " + parameter(w, t, shows));
            said.add(w);
            said.add(sources.get(k));
        }
        sb.append(", fed by ").append(join(in));
        String bias = layer.biasIds().get(j);
        if (bias != null) {
            sb.append(", plus the bias ").append(n.label(null, bias)).append(" = ").append(parameter(bias, t, shows));
            said.add(bias);
        }
        List<String> known = new ArrayList<>();
        if (shows.test("z:" + id)) known.add("its sum " + n.label("z", id) + " is " + t.get("z:" + id).result());
        if (shows.test("a:" + id)) known.add((known.isEmpty() ? "its output " : "its output ") + n.label("a", id) + " is "
                + t.get("a:" + id).result());
        if (shows.test("delta:" + id)) known.add("its " + n.label("delta", id) + " is " + t.get("delta:" + id).result());
        if (!known.isEmpty()) sb.append("; ").append(join(known));
        return sb.toString();
    }

    /** " = 1" for an input, " = 0.750" for a neuron's output once it may be shown; nothing otherwise. */
    private static String valueOf(String source, Network net, Trace t, Predicate<String> shows) {
        if (net.inputs().contains(source)) return " = " + Numbers.given(t.given(source));
        return shows.test("a:" + source) ? " = " + t.get("a:" + source).result() : "";
    }

    /** A parameter's given value, and its new one once the update may be shown. */
    private static String parameter(String id, Trace t, Predicate<String> shows) {
        String old = Numbers.given(t.parameters().get(id));
        return shows.test("new:" + id) ? old + ", after the update " + t.get("new:" + id).result() : old;
    }

    /** Where a weight runs: ", from h to o"; a bias names the neurons it feeds. */
    private static String ends(Network net, String id, Notation n) {
        List<String> fed = new ArrayList<>();
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            for (int j = 0; j < layer.size(); j++) {
                List<String> row = layer.weightIds().get(j);
                int k = row.indexOf(id);
                if (k >= 0) return ", from " + n.label(null, net.sourcesOf(l).get(k)) + " to " + n.label(null, layer.neurons().get(j));
                if (id.equals(layer.biasIds().get(j))) fed.add(n.label(null, layer.neurons().get(j)));
            }
        }
        return fed.isEmpty() ? "" : ", into " + join(fed);
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
