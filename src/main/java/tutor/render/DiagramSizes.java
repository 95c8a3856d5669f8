package tutor.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tutor.engine.Layer;
import tutor.engine.Network;
import tutor.engine.Numbers;
import tutor.engine.Trace;

/**
 * What the diagram must make room for, whatever the step reveals: each column's nodes and width, each node's
 * height, which sources enter each neuron, and the legend's widest entries. Measured from a trace, or estimated
 * from the network alone (values of 6 characters) for minimumSize.
 */
final class DiagramSizes {

    final Network net;
    final List<List<String>> columns;
    final int[] columnWidth;
    /** The width of a column's boxes: its widest box (a bias node may be wider, and the column with it). */
    final int[] boxWidth;
    private final Map<String, Integer> heights = new HashMap<>();
    private final Map<String, Integer> widths = new HashMap<>();
    private final Map<String, Diagram.Kind> kinds = new HashMap<>();
    /** For each neuron, the nodes whose edges enter it, top to bottom: its sources, then a shared bias. */
    final Map<String, List<String>> entries = new HashMap<>();
    /** Parameters whose text may need the legend: every weight (biases are tags or nodes). */
    final List<String> weights = new ArrayList<>();
    final int widestLegendText;
    final int narrowestLegendText;

    /** How long a text is, as drawn: measured with the lesson's labels and values, or estimated. */
    private interface Measure {
        String label(String id);
        String old(String param);
        String value(String param);   // old→new: the widest a value gets
        String compact(String param); // →new
        int neuronText(String neuron); // the widest of its z and a lines, and of its δ on the bottom border
    }

    static DiagramSizes of(Diagram.Input in) {
        Trace t = in.trace();
        String arrow = in.glyphs().ascii() ? "->" : "→";
        return new DiagramSizes(t.network(), new Measure() {
            public String label(String id) {
                return Text.clip(in.notation().label(null, id), Diagram.MAX_LABEL, in.glyphs().ascii());
            }

            public String old(String p) {
                return Numbers.given(t.parameters().get(p));
            }

            public String value(String p) {
                return old(p) + arrow + t.get("new:" + p).result();
            }

            public String compact(String p) {
                return arrow + t.get("new:" + p).result();
            }

            public int neuronText(String n) {
                int lines = 2 + Math.max(Text.width(t.get("z:" + n).result()), Text.width(t.get("a:" + n).result()));
                // The box is as wide as its δ ("δ−0.005534") from the start, so it never has to leave it out.
                return t.has("delta:" + n) ? Math.max(lines, Text.width(t.get("delta:" + n).result())) : lines;
            }
        }, id -> Text.width(Numbers.given(t.given(id))));
    }

    static DiagramSizes estimate(Network net) {
        return new DiagramSizes(net, new Measure() {
            public String label(String id) {
                return Text.clip(id, Diagram.MAX_LABEL, false);
            }

            public String old(String p) {
                return "0.1234";
            }

            public String value(String p) {
                return "0.1234→0.1234";
            }

            public String compact(String p) {
                return "→0.1234";
            }

            public int neuronText(String n) {
                return 9;
            }
        }, id -> 6);
    }

    private DiagramSizes(Network net, Measure m, java.util.function.ToIntFunction<String> inputWidth) {
        this.net = net;
        this.columns = Diagram.columns(net);
        this.columnWidth = new int[columns.size()];
        this.boxWidth = new int[columns.size()];
        for (String in : net.inputs()) {
            kinds.put(in, Diagram.Kind.INPUT);
            heights.put(in, 3);
            widths.put(in, Math.max(6, Math.max(Text.width(m.label(in)) + 4, inputWidth.applyAsInt(in) + 2)));
        }
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            List<String> shared = Diagram.sharedBiases(layer);
            for (int j = 0; j < layer.size(); j++) {
                String n = layer.neurons().get(j);
                List<String> in = new ArrayList<>(net.sourcesOf(l));
                String b = layer.biasIds().get(j);
                if (b != null && shared.contains(b)) in.add(b);
                entries.put(n, in);
                kinds.put(n, Diagram.Kind.NEURON);
                heights.put(n, 2 + Math.max(2, in.size()));
                int w = Math.max(11, Math.max(Text.width(m.label(n)) + 4, m.neuronText(n) + 3));
                if (b != null && !shared.contains(b)) {
                    // A tag on the top border: "+b₁ 0.35" before the update, "+b₁→0.3505" after it when the whole does not fit.
                    int tag = Math.max(Text.width("+" + m.label(b) + " " + m.old(b)), Text.width("+" + m.label(b) + m.compact(b)));
                    w = Math.max(w, 3 + Text.width(m.label(n)) + tag);
                }
                widths.put(n, w);
                for (String row : layer.weightIds().get(j)) if (!weights.contains(row)) weights.add(row);
            }
            for (String b : shared) {
                kinds.put(b, Diagram.Kind.BIAS);
                heights.put(b, 1);
                widths.put(b, Math.max(Text.width(biasNode(m.label(b), m.old(b))), Text.width(biasNode(m.label(b), m.compact(b)))));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            for (String id : columns.get(c)) {
                columnWidth[c] = Math.max(columnWidth[c], widths.get(id));
                if (kinds.get(id) != Diagram.Kind.BIAS) boxWidth[c] = Math.max(boxWidth[c], widths.get(id));
            }
        }
        int widest = 0;
        int narrowest = 0;
        for (String w : weights) {
            widest = Math.max(widest, Text.width(m.label(w) + " " + m.value(w)));
            narrowest = Math.max(narrowest, Math.min(Text.width(m.label(w)) + 7, Text.width(m.label(w) + m.compact(w))));
        }
        widestLegendText = widest;
        narrowestLegendText = narrowest;
    }

    /** A shared bias's node: (b₁ 0.35). */
    static String biasNode(String label, String value) {
        return "(" + label + (value.startsWith("→") || value.startsWith("->") ? "" : " ") + value + ")";
    }

    Diagram.Kind kind(String id) {
        return kinds.get(id);
    }

    int height(String id) {
        return heights.get(id);
    }

    int width(String id) {
        return widths.get(id);
    }

    /** The rows the tallest column needs, with no spacing. */
    int height() {
        int h = 0;
        for (List<String> col : columns) {
            int sum = 0;
            for (String id : col) sum += heights.get(id);
            h = Math.max(h, sum);
        }
        return h;
    }

    /** Digits of the largest legend number. */
    int markerWidth() {
        return Integer.toString(Math.max(1, weights.size())).length();
    }
}
