package tutor.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tutor.engine.Layer;
import tutor.engine.Network;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Trace;

/**
 * The network drawn in text: columns of boxes (inputs, then each layer) with z, a and δ as the lesson reveals
 * them, and edges between them. Every weight is on its edge where the edge has room, otherwise a number on the
 * edge points into the legend beside the diagram. A bias of one neuron is a tag on its box (+b₁ 0.35); a bias
 * shared by several is one node, (b₁ 0.35), with an edge to each neuron it feeds. The layout is fixed for a
 * lesson (the widest value any step shows is planned for), so nothing moves from step to step; extra room goes
 * into longer edges and spacing, and a larger terminal lets more labels sit on their edges.
 */
public final class Diagram {

    /** What to draw: the trace, which values are revealed, what is in focus. */
    public record Input(Trace trace, Notation notation, Glyphs glyphs, Predicate<String> revealed, Set<String> focus) {}

    /** A box (an input or a neuron) or a shared bias's node, placed on the canvas. */
    record Node(String id, Kind kind, int x, int y, int width, int height) {
        /** The row its edges leave from: an input's value, a neuron's activation, a bias node's only row. */
        int exitRow() {
            return kind == Kind.NEURON ? y + 2 : kind == Kind.INPUT ? y + 1 : y;
        }
    }

    enum Kind { INPUT, NEURON, BIAS }

    static final int MIN_GAP = 7;
    static final int MAX_LABEL = 8;
    static final int MAX_GAP = 36;
    /** Rows between boxes at most: 2, more on a tall canvas (a tenth of its height). */
    static int maxSpacing(int height) {
        return Math.max(2, height / 10);
    }

    final Input in;
    final Network net;
    final Glyphs g;
    final Canvas canvas;
    final DiagramSizes sizes;
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<DiagramEdges.Planned> planned = new ArrayList<>();
    /** Where each column's gap starts: no diagonal begins left of it, whatever the width of the box it leaves. */
    int[] gapStart;
    DiagramEdges edges;

    private Diagram(Input in, int width, int height) {
        this.in = in;
        this.net = in.trace().network();
        this.g = in.glyphs();
        this.canvas = new Canvas(width, height);
        this.sizes = DiagramSizes.of(in);
    }

    public static Canvas draw(Input in, int width, int height) {
        return layout(in, width, height).canvas;
    }

    /** The diagram with its edges, for tests that follow every edge from box to box. */
    static Diagram layout(Input in, int width, int height) {
        Diagram d = new Diagram(in, width, height);
        d.place();
        // Numbers carry the minus sign U+2212; plain ASCII has a hyphen for it, one cell for one.
        if (in.glyphs().ascii()) {
            Canvas c = d.canvas;
            for (int y = 0; y < c.height(); y++) {
                for (int x = 0; x < c.width(); x++) if (c.charAt(x, y) == Numbers.MINUS) c.set(x, y, '-', c.roleAt(x, y));
            }
        }
        return d;
    }

    /** The smallest size the diagram of this network needs, as {width, height}; values are estimated at 6 characters. */
    public static int[] minimumSize(Network net) {
        DiagramSizes s = DiagramSizes.estimate(net);
        int height = s.height();
        Map<String, Node> nodes = rows(s, height);
        int[] gaps = DiagramEdges.minimumGaps(s, DiagramEdges.plan(s, nodes));
        return new int[] {width(s, gaps) + 1 + DiagramLegend.minimalWidth(s, height), height};
    }

    private static int width(DiagramSizes s, int[] gaps) {
        int w = 0;
        for (int c : s.columnWidth) w += c;
        for (int gap : gaps) w += gap;
        return w;
    }

    /**
     * Each node's row (x is set later, when the gaps are known). The tallest column is centred, its boxes spaced
     * evenly up to maxSpacing rows apart; every other column takes the spacing and offset that make the most edges
     * straight and the rest least steep, since a straight edge can carry its label and a shallow one needs a
     * narrower gap.
     */
    /** Spacings × offsets × edges above which a column's placement is searched near the centre only. */
    private static final long SEARCH_LIMIT = 200_000;

    private static Map<String, Node> rows(DiagramSizes s, int height) {
        Map<String, Node> out = new LinkedHashMap<>();
        int tallest = 0;
        int[] used = new int[s.columns.size()];
        for (int c = 0; c < s.columns.size(); c++) {
            for (String id : s.columns.get(c)) used[c] += s.height(id);
            if (used[c] > used[tallest]) tallest = c;
        }
        for (int c = 0; c < s.columns.size(); c++) {
            List<String> items = s.columns.get(c);
            int spacing = items.size() > 1 ? Math.max(0, Math.min(maxSpacing(height), (height - used[c]) / (items.size() - 1))) : 0;
            stack(s, out, c, spacing, Math.max(0, (height - used[c] - spacing * (items.size() - 1)) / 2));
        }
        long edges = 0;
        for (int c = 0; c + 1 < s.columns.size(); c++) edges += (long) s.columns.get(c).size() * s.columns.get(c + 1).size();
        // Outwards from the tallest column, each column fitted to its placed neighbour.
        List<Integer> order = new ArrayList<>();
        for (int d = 1; d < s.columns.size(); d++) {
            if (tallest - d >= 0) order.add(tallest - d);
            if (tallest + d < s.columns.size()) order.add(tallest + d);
        }
        for (int c : order) {
            int placed = c < tallest ? c + 1 : c - 1;
            List<String> items = s.columns.get(c);
            int maxSpacing = items.size() > 1 ? (height - used[c]) / (items.size() - 1) : 0;
            // A tall column of a large network would try every spacing at every offset, each costed over all its
            // edges (seconds a frame): there only the few spacings and offsets near the centre are tried.
            boolean large = (long) (maxSpacing + 1) * (height - used[c] + 1) * edges > SEARCH_LIMIT;
            if (large) maxSpacing = Math.min(maxSpacing, 3);
            double best = Double.MAX_VALUE;
            int[] choice = null;
            for (int spacing = 0; spacing <= maxSpacing; spacing++) {
                int block = used[c] + spacing * (items.size() - 1);
                int centre = Math.max(0, (height - block) / 2);
                int from = large ? Math.max(0, centre - 8) : 0;
                int to = large ? Math.min(height - block, centre + 8) : height - block;
                for (int top = from; top <= to; top++) {
                    stack(s, out, c, spacing, top);
                    double cost = steepness(s, out, Math.min(c, placed)) + 0.01 * Math.abs(2 * top + block - height) + 0.001 * spacing;
                    if (cost < best) {
                        best = cost;
                        choice = new int[] {spacing, top};
                    }
                }
            }
            stack(s, out, c, choice[0], choice[1]);
        }
        return out;
    }

    /** Places column c's nodes from row top down, spacing rows apart. */
    private static void stack(DiagramSizes s, Map<String, Node> out, int c, int spacing, int top) {
        int y = top;
        for (String id : s.columns.get(c)) {
            out.put(id, new Node(id, s.kind(id), 0, y, s.kind(id) == Kind.BIAS ? s.width(id) : s.boxWidth[c], s.height(id)));
            y += s.height(id) + spacing;
        }
    }

    /** How steep the edges leaving column c are: nothing for a straight one, more the more rows one spans. */
    private static double steepness(DiagramSizes s, Map<String, Node> nodes, int c) {
        double cost = 0;
        for (DiagramEdges.Planned e : DiagramEdges.plan(s, nodes)) {
            if (e.column() != c) continue;
            int dy = Math.abs(e.y1() - e.y0());
            if (dy > 0) cost += dy + 2;
        }
        return cost;
    }

    // ---- layout ----------------------------------------------------------------------------------

    private void place() {
        int height = canvas.height();
        int needed = sizes.height();
        if (height < needed) {
            tooSmall(needs(needed));
            return;
        }
        nodes.putAll(rows(sizes, height));
        planned.addAll(DiagramEdges.plan(sizes, nodes));
        // Columns: each gap at least what its steepest edge needs; the legend what is left, up to its widest; the
        // rest shared out among the gaps up to MAX_GAP, and the whole centred.
        int[] gaps = DiagramEdges.minimumGaps(sizes, planned);
        int used = width(sizes, gaps);
        int legendWidth = Math.min(DiagramLegend.fullWidth(sizes, height), canvas.width() - used - 1);
        if (legendWidth < DiagramLegend.minimalWidth(sizes, height)) {
            tooSmall(needs(needed));
            return;
        }
        int free = canvas.width() - used - (legendWidth > 0 ? legendWidth + 1 : 0);
        for (int k = 0; k < gaps.length && free > 0; k++) {
            int extra = Math.max(0, Math.min(MAX_GAP - gaps[k], free / (gaps.length - k)));
            gaps[k] += extra;
            free -= extra;
        }
        int x = Math.max(0, free / 2);
        gapStart = new int[sizes.columns.size()];
        for (int c = 0; c < sizes.columns.size(); c++) {
            gapStart[c] = x + sizes.columnWidth[c];
            for (String id : sizes.columns.get(c)) {
                Node n = nodes.get(id);
                int w = n.kind() == Kind.BIAS ? Text.width(biasText(id)) : n.width();
                nodes.put(id, new Node(id, n.kind(), x, n.y(), w, n.height()));
            }
            x += sizes.columnWidth[c] + (c < gaps.length ? gaps[c] : 0);
        }
        for (Node n : nodes.values()) drawNode(n);
        edges = new DiagramEdges(this);
        edges.draw();
        new DiagramLegend(this, edges.legend()).draw(x + 1, legendWidth);
    }

    /** What this lesson's diagram needs at this height, measured with its own values, as {width, height}. */
    private int[] needs(int needed) {
        Map<String, Node> at = rows(sizes, needed);
        int[] gaps = DiagramEdges.minimumGaps(sizes, DiagramEdges.plan(sizes, at));
        return new int[] {width(sizes, gaps) + 1 + DiagramLegend.minimalWidth(sizes, needed), needed};
    }

    private void tooSmall(int[] min) {
        List<String> lines = Text.wrap("The diagram of this " + net.shape() + " network needs " + min[0] + (g.ascii() ? "x" : "×")
                + min[1] + " characters; make the terminal larger to see it. Every number is in the formulas below.",
                Math.max(10, canvas.width() - 2));
        for (int i = 0; i < lines.size() && i < canvas.height(); i++) {
            canvas.put(1, i, g.ascii() ? tutor.engine.Ascii.transliterate(lines.get(i)) : lines.get(i), Role.DIM);
        }
    }

    // ---- what is written where --------------------------------------------------------------------

    /** A label as the diagram writes it: cut at MAX_LABEL columns, so no label can push a box or an edge aside. */
    String label(String id) {
        return Text.clip(in.notation().label(null, id), MAX_LABEL, g.ascii());
    }

    /** A parameter's value as the step shows it: the old one, and the new one once the update is revealed. */
    String value(String param) {
        String old = Numbers.given(in.trace().parameters().get(param));
        if (!in.revealed().test("new:" + param)) return old;
        return old + arrow() + in.trace().get("new:" + param).result();
    }

    /** Only the new value (when the full text has no room): b₁→0.3505. */
    String compactValue(String param) {
        if (!in.revealed().test("new:" + param)) return Numbers.given(in.trace().parameters().get(param));
        return arrow() + in.trace().get("new:" + param).result();
    }

    String arrow() {
        return g.ascii() ? "->" : "→";
    }

    boolean focused(String id) {
        return in.focus().contains(id);
    }

    private String shown(String key) {
        if (!in.revealed().test(key)) return g.ascii() ? "?" : "·";
        return in.trace().get(key).result();
    }

    private void drawNode(Node n) {
        switch (n.kind()) {
            case BIAS -> canvas.put(n.x(), n.y(), biasText(n.id()), focused(n.id()) ? Role.FOCUS : Role.VALUE);
            case INPUT -> box(n, List.of(Numbers.given(in.trace().given(n.id()))), null);
            case NEURON -> box(n, List.of("z " + shown("z:" + n.id()), "a " + shown("a:" + n.id())), ownBias(n.id()));
        }
    }

    /** A shared bias's node as this step shows it, within the room its column has. */
    private String biasText(String bias) {
        String text = DiagramSizes.biasNode(label(bias), value(bias));
        int room = sizes.width(bias);
        if (Text.width(text) > room) text = DiagramSizes.biasNode(label(bias), compactValue(bias));
        return Text.clip(text, room, g.ascii());
    }

    /** The bias only this neuron uses (drawn as a tag on its box), or null. */
    String ownBias(String neuron) {
        for (Layer layer : net.layers()) {
            int j = layer.neurons().indexOf(neuron);
            if (j < 0) continue;
            String b = layer.biasIds().get(j);
            return b != null && layer.biasIds().stream().filter(b::equals).count() == 1 ? b : null;
        }
        return null;
    }

    private void box(Node n, List<String> lines, String bias) {
        int x = n.x();
        int y = n.y();
        int w = n.width();
        boolean focus = focused(n.id());
        Role border = focus ? Role.FOCUS : Role.NORMAL;
        String name = label(n.id());
        canvas.put(x, y, g.tl() + name + String.valueOf(g.h()).repeat(Math.max(0, w - 2 - Text.width(name))) + g.tr(), border);
        canvas.paint(x + 1, y, Text.width(name), focus ? Role.FOCUS : Role.TITLE);
        if (bias != null) {
            String tag = "+" + label(bias) + " " + value(bias);
            if (Text.width(name) + 1 + Text.width(tag) > w - 2) tag = "+" + label(bias) + compactValue(bias);
            tag = Text.clip(tag, Math.max(1, w - 3 - Text.width(name)), g.ascii());
            canvas.put(x + w - 1 - Text.width(tag), y, tag, focused(bias) ? Role.FOCUS : Role.VALUE);
        }
        int inner = n.height() - 2;
        for (int r = 1; r <= inner; r++) {
            canvas.set(x, y + r, g.v(), border);
            canvas.put(x + 1, y + r, " ".repeat(w - 2), Role.NORMAL);
            if (r - 1 < lines.size()) canvas.put(x + 1, y + r, Text.clip(lines.get(r - 1), w - 2, g.ascii()), Role.VALUE);
            canvas.set(x + w - 1, y + r, g.v(), border);
        }
        String bottom = String.valueOf(g.h()).repeat(w - 2);
        int deltaWidth = 0;
        if (n.kind() == Kind.NEURON && in.revealed().test("delta:" + n.id())) {
            String value = in.trace().get("delta:" + n.id()).result();
            String d = (g.ascii() ? "d" : "δ") + (value.startsWith("-") || value.startsWith("−") ? "" : " ") + value;
            if (Text.width(d) > w - 2) d = (g.ascii() ? "d" : "δ") + value;
            if (Text.width(d) <= w - 2) {
                bottom = d + bottom.substring(Text.width(d));
                deltaWidth = Text.width(d);
            }
        }
        canvas.put(x, y + inner + 1, g.bl() + bottom + g.br(), border);
        if (deltaWidth > 0) canvas.paint(x + 1, y + inner + 1, deltaWidth, Role.VALUE);
    }

    /** Every column's nodes, top to bottom: boxes first, then the nodes of the biases the next layer shares. */
    static List<List<String>> columns(Network net) {
        List<List<String>> columns = new ArrayList<>();
        columns.add(new ArrayList<>(net.inputs()));
        for (Layer l : net.layers()) columns.add(new ArrayList<>(l.neurons()));
        for (int l = 0; l < net.layers().size(); l++) {
            for (String b : sharedBiases(net.layers().get(l))) columns.get(l).add(b);
        }
        return columns;
    }

    /** The biases of a layer that more than one of its neurons use, in order of first use. */
    static List<String> sharedBiases(Layer layer) {
        List<String> out = new ArrayList<>();
        for (String b : layer.biasIds()) {
            if (b != null && !out.contains(b) && layer.biasIds().stream().filter(b::equals).count() > 1) out.add(b);
        }
        return out;
    }
}
