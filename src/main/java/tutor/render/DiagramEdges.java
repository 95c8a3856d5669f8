package tutor.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.engine.Layer;
import tutor.engine.Network;

/**
 * The diagram's edges. Each runs from its source's exit row to its own entry row on the target box: a straight
 * stretch, a diagonal of one row per column, and a straight tail at least long enough for a legend number and one
 * line character before the arrow. Diagonals never reach the columns of numbers and arrows, so a number can never
 * cut an edge off. A weight's label sits on its tail when the tail has room; otherwise the tail carries a number.
 */
final class DiagramEdges {

    /** An edge before the columns have their x: from which node to which, the rows it leaves and enters. */
    record Planned(String from, String to, String param, boolean labelled, int column, int y0, int y1) {}

    /** An edge as drawn: its cells from the source to the arrow, and the cells its label or number took. */
    record Drawn(Planned plan, List<int[]> cells, int labelFrom, int labelTo) {}

    private final Diagram d;
    private final List<Drawn> drawn = new ArrayList<>();
    private final Map<String, String> legend = new LinkedHashMap<>(); // number -> parameter

    DiagramEdges(Diagram d) {
        this.d = d;
    }

    /** Every edge, layer by layer, with the row it leaves from and the entry row it arrives at. */
    static List<Planned> plan(DiagramSizes s, Map<String, Diagram.Node> nodes) {
        List<Planned> out = new ArrayList<>();
        Network net = s.net;
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            for (int j = 0; j < layer.size(); j++) {
                String neuron = layer.neurons().get(j);
                Diagram.Node t = nodes.get(neuron);
                List<String> entries = s.entries.get(neuron);
                int inner = t.height() - 2;
                for (int i = 0; i < entries.size(); i++) {
                    String source = entries.get(i);
                    int y0 = nodes.get(source).exitRow();
                    int y1 = t.y() + 1 + i;
                    // A single source enters level with where it leaves when it can: a straight edge carries its label.
                    if (entries.size() == 1 && y0 > t.y() && y0 <= t.y() + inner) y1 = y0;
                    boolean weight = i < net.sourcesOf(l).size();
                    String param = weight ? layer.weightIds().get(j).get(i) : source;
                    out.add(new Planned(source, neuron, param, weight, l, y0, y1));
                }
            }
        }
        return out;
    }

    /** The narrowest each gap may be: its steepest edge's diagonal, a number, and a line character each side. */
    static int[] minimumGaps(DiagramSizes s, List<Planned> edges) {
        int[] gaps = new int[s.net.layers().size()];
        java.util.Arrays.fill(gaps, Diagram.MIN_GAP);
        for (Planned e : edges) gaps[e.column()] = Math.max(gaps[e.column()], length(e, s.markerWidth()));
        return gaps;
    }

    private static int length(Planned e, int markerWidth) {
        int m = e.labelled() ? markerWidth : 0;
        int dy = Math.abs(e.y1() - e.y0());
        return dy == 0 ? m + 2 : dy + m + 4;
    }

    List<Drawn> drawn() {
        return drawn;
    }

    /** The legend: number to parameter, in the order the numbers were given. */
    Map<String, String> legend() {
        return legend;
    }

    void draw() {
        Glyphs g = d.g;
        Canvas c = d.canvas;
        int markerWidth = d.sizes.markerWidth();
        List<int[]> tails = new ArrayList<>();
        for (Planned e : d.planned) {
            Diagram.Node from = d.nodes.get(e.from());
            Diagram.Node to = d.nodes.get(e.to());
            boolean focus = d.focused(e.param());
            Role role = focus ? Role.EDGE_FOCUS : Role.EDGE;
            int x0 = from.x() + from.width();
            int x1 = to.x() - 1;
            int dy = Math.abs(e.y1() - e.y0());
            int sign = Integer.signum(e.y1() - e.y0());
            int m = e.labelled() ? markerWidth : 0;
            int start = x0;
            if (dy > 0) {
                int gap = Math.max(x0, d.gapStart[e.column()]);
                int slack = Math.max(0, (x1 - dy - m - 2) - (gap + 1));
                start = gap + 1 + slack / 2;
            }
            List<int[]> cells = new ArrayList<>();
            for (int x = x0; x < x1; x++) {
                int k = x - start;
                if (dy > 0 && k >= 0 && k <= dy) {
                    int y = e.y0() + sign * k;
                    if (!c.inside(x, y)) continue;
                    char diag = sign > 0 ? g.down() : g.up();
                    char old = c.charAt(x, y);
                    boolean crossing = old == g.up() && diag == g.down() || old == g.down() && diag == g.up() || old == g.cross();
                    c.set(x, y, crossing ? g.cross() : diag, role);
                    cells.add(new int[] {x, y});
                } else {
                    int y = dy == 0 || k < 0 ? e.y0() : e.y1();
                    if (!c.inside(x, y)) continue;
                    if (c.charAt(x, y) == ' ') c.set(x, y, g.h(), role);
                    else if (focus && c.charAt(x, y) == g.h()) c.paint(x, y, 1, role);
                    cells.add(new int[] {x, y});
                }
            }
            c.set(x1, e.y1(), g.arrow(), role);
            cells.add(new int[] {x1, e.y1()});
            drawn.add(new Drawn(e, cells, -1, -1));
            tails.add(new int[] {dy == 0 ? x0 : start + dy + 1, x1 - 1});
        }
        // Labels after every line is drawn, so a label only goes where nothing crosses.
        for (int k = 0; k < drawn.size(); k++) {
            Drawn e = drawn.get(k);
            if (!e.plan().labelled()) continue;
            String param = e.plan().param();
            boolean focus = d.focused(param);
            String text = d.label(param) + " " + d.value(param);
            int from = tails.get(k)[0];
            int to = tails.get(k)[1];
            int y = e.plan().y1();
            int width = Text.width(text);
            int[] run = rightmostPlainRun(from, to, y);
            int at = run[0] + (run[1] - run[0] + 1 - width) / 2;
            if (width + 2 <= run[1] - run[0] + 1) {
                c.put(at, y, text, focus ? Role.FOCUS : Role.VALUE);
                drawn.set(k, new Drawn(e.plan(), e.cells(), at, at + width - 1));
            } else {
                String number = Integer.toString(legend.size() + 1);
                legend.put(number, param);
                int x = to - number.length() + 1;
                c.put(x, y, number, focus ? Role.FOCUS : Role.KEY);
                drawn.set(k, new Drawn(e.plan(), e.cells(), x, to));
            }
        }
    }

    /**
     * The stretch of plain line nearest the arrow within [from, to] on row y, as {first, last}: past every place
     * where another edge leaves the same row, so a label there is this edge's alone.
     */
    private int[] rightmostPlainRun(int from, int to, int y) {
        int last = to;
        int first = to + 1;
        for (int x = to; x >= from; x--) {
            if (d.canvas.inside(x, y) && d.canvas.charAt(x, y) == d.g.h()) first = x;
            else break;
        }
        return new int[] {first, last};
    }
}
