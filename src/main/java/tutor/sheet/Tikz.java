package tutor.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.engine.Example;
import tutor.engine.Layer;
import tutor.engine.Network;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.lesson.Lesson;

/**
 * The network drawn in TikZ: a column per layer, a circle per input and neuron, an arrow per weight labelled with
 * its name and value, a neuron's own bias below it and a bias shared by a layer as one node with an arrow to each
 * neuron. The inputs carry their values when the sheet has one example (with several they are listed instead).
 * Only given numbers appear: nothing computed is on the drawing.
 */
final class Tikz {
    private Tikz() {}

    static final double COLUMN = 3.6;
    static final double ROW = 1.5;

    static String draw(Lesson lesson, Notation n) {
        Network net = lesson.network();
        List<List<String>> columns = new ArrayList<>();
        columns.add(net.inputs());
        for (Layer layer : net.layers()) columns.add(layer.neurons());
        Map<String, String> node = new LinkedHashMap<>();
        StringBuilder t = new StringBuilder();
        t.append("\\begin{tikzpicture}[>=stealth, neuron/.style={circle, draw, thick, minimum size=9mm, inner sep=1pt},\n")
                .append("  weight/.style={fill=white, inner sep=1pt, font=\\scriptsize}, every label/.style={font=\\scriptsize}]\n");
        Example only = lesson.examples().size() == 1 ? lesson.examples().get(0) : null;
        for (int c = 0; c < columns.size(); c++) {
            List<String> ids = columns.get(c);
            for (int r = 0; r < ids.size(); r++) {
                String id = ids.get(r);
                String name = "n" + c + "x" + r;
                node.put(id, name);
                double y = ((ids.size() - 1) / 2.0 - r) * ROW;
                String label = "";
                if (c == 0 && only != null) {
                    label = ", label=left:{$" + TexText.math(n.render(Numbers.given(only.inputs().get(id)))) + "$}";
                }
                if (c > 0) {
                    Layer layer = net.layers().get(c - 1);
                    String bias = layer.biasIds().get(r);
                    if (bias != null && !sharedInLayer(layer, bias)) {
                        label = ", label=" + (r == 0 && ids.size() > 1 ? "above" : "below") + ":{$" + TexText.math("+" + n.label(null, bias) + " = "
                                + n.render(Numbers.given(lesson.parameters().get(bias)))) + "$}";
                    }
                }
                t.append(String.format(java.util.Locale.ROOT, "  \\node[neuron%s] (%s) at (%.2f,%.2f) {$%s$};%n", label, name,
                        c * COLUMN, y, TexText.math(n.label(null, id))));
            }
            if (c > 0) {
                Layer layer = net.layers().get(c - 1);
                String activation = layer.activation().id().replace('_', ' ');
                double top = ((ids.size() - 1) / 2.0) * ROW + 1.2;
                t.append(String.format(java.util.Locale.ROOT, "  \\node[font=\\scriptsize\\itshape] at (%.2f,%.2f) {%s};%n",
                        c * COLUMN, top, TexText.plain(activation)));
            }
        }
        // weights: label nearer the target for the lower edges, nearer the source for the upper, so crossing labels part
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            List<String> sources = columns.get(l);
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < sources.size(); i++) {
                    String w = layer.weightIds().get(j).get(i);
                    // a straight edge has its label midway; a slanted one near its source, where the edges still part
                    double pos = i == j || sources.size() == 1 || layer.size() == 1 ? 0.5 : 0.25;
                    t.append(String.format(java.util.Locale.ROOT, "  \\draw[->] (%s) -- node[weight, pos=%.2f] {$%s$} (%s);%n",
                            node.get(sources.get(i)), pos, TexText.math(n.label(null, w) + " = "
                                    + n.render(Numbers.given(lesson.parameters().get(w)))), node.get(layer.neurons().get(j))));
                }
            }
            // a shared bias: one node above the layer, an arrow to each neuron that uses it
            Map<String, List<String>> shared = new LinkedHashMap<>();
            for (int j = 0; j < layer.size(); j++) {
                String b = layer.biasIds().get(j);
                if (b != null && sharedInLayer(layer, b)) shared.computeIfAbsent(b, k -> new ArrayList<>()).add(layer.neurons().get(j));
            }
            int k = 0;
            for (Map.Entry<String, List<String>> b : shared.entrySet()) {
                String name = "b" + l + "x" + k;
                double y = -((layer.size() - 1) / 2.0) * ROW - 1.3 - 0.7 * k;
                t.append(String.format(java.util.Locale.ROOT, "  \\node[draw, rounded corners, font=\\scriptsize] (%s) at (%.2f,%.2f) {$%s$};%n",
                        name, (l + 1) * COLUMN - COLUMN * 0.45, y, TexText.math(n.label(null, b.getKey()) + " = "
                                + n.render(Numbers.given(lesson.parameters().get(b.getKey()))))));
                for (String target : b.getValue()) {
                    t.append("  \\draw[->, dashed] (").append(name).append(") -- (").append(node.get(target)).append(");\n");
                }
                k++;
            }
        }
        // each output's target, at the end of an arrow out of it
        for (String o : net.outputs()) {
            String target = only == null ? n.label("t", o) : n.label("t", o) + " = " + n.render(Numbers.given(only.targets().get(o)));
            t.append("  \\draw[->] (").append(node.get(o)).append(") -- ++(1.3,0) node[right, font=\\scriptsize] {target $")
                    .append(TexText.math(target)).append("$};\n");
        }
        t.append("\\end{tikzpicture}");
        return t.toString();
    }

    private static boolean sharedInLayer(Layer layer, String bias) {
        int uses = 0;
        for (String b : layer.biasIds()) if (bias.equals(b)) uses++;
        return uses > 1;
    }
}
