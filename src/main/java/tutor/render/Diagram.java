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
 * them, edges between them, and every weight and bias with its value, on its edge where the edge is straight
 * and long enough, otherwise by number in a legend beside the diagram.
 */
public final class Diagram {

    /** What to draw: the trace, which values are revealed, what is in focus. */
    public record Input(Trace trace, Notation notation, Glyphs glyphs, Predicate<String> revealed, Set<String> focus) {}

    /** Rows inside a box: z and a, or one per incoming edge when a neuron has more inputs than two. */
    private static int innerRows(int sources) {
        return Math.max(2, sources);
    }
    private static final int MIN_GAP = 7;

    private final Input in;
    private final Network net;
    private final Canvas canvas;
    private final Map<String, int[]> boxes = new LinkedHashMap<>(); // id -> x, y, width
    private final Map<String, String> legend = new LinkedHashMap<>(); // marker -> text
    private final Map<String, String> legendIds = new LinkedHashMap<>(); // marker -> parameter id
    private final List<int[]> labels = new ArrayList<>(); // x0, y0, x1, y1 of each edge, in drawing order
    private final List<String> labelParams = new ArrayList<>();

    private Diagram(Input in, int width, int height) {
        this.in = in;
        this.net = in.trace().network();
        this.canvas = new Canvas(width, height);
    }

    /** The smallest size the diagram of this network needs, as {width, height}. */
    public static int[] minimumSize(Network net) {
        int columns = net.layers().size() + 1;
        int height = net.inputs().size() * (innerRows(0) + 2);
        for (int l = 0; l < net.layers().size(); l++) {
            height = Math.max(height, net.layers().get(l).size() * (innerRows(net.sourcesOf(l).size()) + 2));
        }
        int legendColumns = (net.parameterIds().size() + height - 1) / height;
        return new int[] {columns * 11 + (columns - 1) * MIN_GAP + legendColumns * 16, height};
    }

    public static Canvas draw(Input in, int width, int height) {
        Diagram d = new Diagram(in, width, height);
        int[] min = minimumSize(d.net);
        if (width < min[0] || height < min[1]) {
            d.tooSmall(min);
        } else {
            d.layout();
        }
        return d.canvas;
    }

    private void tooSmall(int[] min) {
        List<String> lines = Text.wrap("The diagram of this " + net.shape() + " network needs " + min[0] + "×" + min[1]
                + " characters; make the terminal larger to see it. Every number is in the formulas below.",
                Math.max(10, canvas.width() - 2));
        for (int i = 0; i < lines.size() && i < canvas.height(); i++) {
            canvas.put(1, i, in.glyphs().ascii() ? tutor.engine.Ascii.transliterate(lines.get(i)) : lines.get(i), Role.DIM);
        }
    }

    private void layout() {
        List<List<String>> columns = new ArrayList<>();
        columns.add(net.inputs());
        for (Layer l : net.layers()) columns.add(l.neurons());
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            int w = c == 0 ? 6 : 11;
            for (String id : columns.get(c)) {
                w = Math.max(w, Text.width(label(id)) + 4);
                for (String text : contents(id, c == 0)) w = Math.max(w, Text.width(text) + 2);
            }
            widths[c] = w;
        }
        int legendWidth = legendWidth();
        int boxesWidth = 0;
        for (int w : widths) boxesWidth += w;
        int gaps = columns.size() - 1;
        int gap = Math.max(MIN_GAP, (canvas.width() - legendWidth - boxesWidth - 1) / Math.max(1, gaps));
        gap = Math.min(gap, 22);
        int x = 0;
        for (int c = 0; c < columns.size(); c++) {
            List<String> ids = columns.get(c);
            int rows = innerRows(c == 0 ? 0 : net.sourcesOf(c - 1).size()) + 2;
            int spacing = canvas.height() >= ids.size() * (rows + 1) ? 1 : 0;
            int used = ids.size() * rows + (ids.size() - 1) * spacing;
            int y = (canvas.height() - used) / 2;
            for (String id : ids) {
                boxes.put(id, new int[] {x, y, widths[c], rows - 2});
                y += rows + spacing;
            }
            x += widths[c] + (c < gaps ? gap : 0);
        }
        for (int l = 0; l < net.layers().size(); l++) edges(l);
        labelEdges();
        biases();
        for (int c = 0; c < columns.size(); c++) for (String id : columns.get(c)) box(id, c == 0);
        drawLegend(x + 1);
    }

    // ---- boxes ---------------------------------------------------------------------------------

    private String label(String id) {
        return in.notation().label(null, id);
    }

    /** The lines inside a box: an input's value; a neuron's z and a. */
    private List<String> contents(String id, boolean input) {
        if (input) return List.of(number(Numbers.given(in.trace().given(id))));
        return List.of("z " + shown("z:" + id), "a " + shown("a:" + id));
    }

    private String shown(String key) {
        if (!in.revealed().test(key)) return in.glyphs().ascii() ? "?" : "·";
        return number(in.trace().get(key).result());
    }

    /** A number as the glyph set writes it (ASCII has a hyphen for the minus sign). */
    private String number(String written) {
        return in.glyphs().ascii() ? tutor.engine.Ascii.transliterate(written) : written;
    }

    private void box(String id, boolean input) {
        int[] b = boxes.get(id);
        int x = b[0];
        int y = b[1];
        int w = b[2];
        boolean focus = in.focus().contains(id);
        Role border = focus ? Role.FOCUS : Role.NORMAL;
        Glyphs g = in.glyphs();
        String top = g.tl() + label(id) + String.valueOf(g.h()).repeat(Math.max(0, w - 2 - Text.width(label(id)))) + g.tr();
        canvas.put(x, y, top, border);
        canvas.paint(x + 1, y, Text.width(label(id)), focus ? Role.FOCUS : Role.TITLE);
        List<String> lines = contents(id, input);
        int inner = b[3];
        for (int r = 1; r <= inner; r++) {
            canvas.set(x, y + r, g.v(), border);
            canvas.put(x + 1, y + r, " ".repeat(w - 2), Role.NORMAL);
            String text = r - 1 < lines.size() ? lines.get(r - 1) : "";
            canvas.put(x + 1, y + r, text, Role.VALUE);
            canvas.set(x + w - 1, y + r, g.v(), border);
        }
        String bottom = String.valueOf(g.h()).repeat(w - 2);
        if (!input && in.revealed().test("delta:" + id)) {
            String value = number(in.trace().get("delta:" + id).result());
            String d = (g.ascii() ? "d" : "δ") + (Numbers.isNegative(value) ? "" : " ") + value;
            if (Text.width(d) > w - 2) d = (g.ascii() ? "d" : "δ") + value;
            if (Text.width(d) <= w - 2) bottom = d + bottom.substring(Text.width(d));
        }
        canvas.put(x, y + inner + 1, g.bl() + bottom + g.br(), border);
        if (bottom.charAt(0) != g.h()) {
            canvas.paint(x + 1, y + inner + 1, bottom.indexOf(g.h()) < 0 ? w - 2 : bottom.indexOf(g.h()), Role.VALUE);
        }
    }

    // ---- edges ---------------------------------------------------------------------------------

    private void edges(int l) {
        Layer layer = net.layers().get(l);
        List<String> sources = net.sourcesOf(l);
        for (int j = 0; j < layer.size(); j++) {
            for (int i = 0; i < sources.size(); i++) {
                String w = layer.weightIds().get(j).get(i);
                int[] s = boxes.get(sources.get(i));
                int[] t = boxes.get(layer.neurons().get(j));
                int x0 = s[0] + s[2];
                int y0 = s[1] + (l == 0 ? 1 : 2);
                int x1 = t[0] - 1;
                // A single source enters level with where it leaves, when it can: a straight edge carries its label.
                int y1 = sources.size() == 1 && (y0 == t[1] + 1 || y0 == t[1] + 2) ? y0 : t[1] + 1 + i % t[3];
                edge(w, x0, y0, x1, y1);
            }
        }
    }

    private void edge(String param, int x0, int y0, int x1, int y1) {
        boolean focus = in.focus().contains(param);
        Role role = focus ? Role.EDGE_FOCUS : Role.EDGE;
        Glyphs g = in.glyphs();
        int dy = Math.abs(y1 - y0);
        int sign = Integer.signum(y1 - y0);
        int length = x1 - x0 + 1;
        int start = x0 + Math.max(1, (length - dy - 1) / 2);
        for (int x = x0; x <= x1; x++) {
            int k = x - start;
            if (dy > 0 && k >= 0 && k <= dy) {
                char diag = sign > 0 ? g.down() : g.up();
                int y = y0 + sign * k;
                char old = canvas.charAt(x, y);
                boolean crossing = old == g.up() && diag == g.down() || old == g.down() && diag == g.up() || old == g.cross();
                canvas.set(x, y, crossing ? g.cross() : diag, role);
            } else {
                int y = dy == 0 || k < 0 ? y0 : y1;
                if (canvas.charAt(x, y) == ' ') canvas.set(x, y, g.h(), role);
                else if (focus) canvas.paint(x, y, 1, role);
            }
        }
        canvas.set(x1, y1, g.arrow(), role);
        labels.add(new int[] {x0, y0, x1, y1});
        labelParams.add(param);
    }

    /**
     * After every line is drawn: a label goes on its edge when the edge is straight and the stretch under the
     * label crosses no other edge; otherwise a number on the edge points into the legend.
     */
    private void labelEdges() {
        for (int k = 0; k < labels.size(); k++) {
            int[] e = labels.get(k);
            String param = labelParams.get(k);
            boolean focus = in.focus().contains(param);
            String text = label(param) + " " + value(param);
            int length = e[2] - e[0] + 1;
            int at = e[0] + (length - Text.width(text)) / 2;
            if (e[1] == e[3] && Text.width(text) + 6 <= length && plainLine(at - 2, e[1], Text.width(text) + 4)) {
                canvas.put(at, e[1], text, focus ? Role.FOCUS : Role.VALUE);
            } else {
                String marker = marker(param);
                canvas.put(e[2] - marker.length(), e[3], marker, focus ? Role.FOCUS : Role.KEY);
            }
        }
    }

    private boolean plainLine(int x, int y, int length) {
        for (int i = 0; i < length; i++) if (canvas.charAt(x + i, y) != in.glyphs().h()) return false;
        return true;
    }

    private void biases() {
        for (Layer layer : net.layers()) {
            for (String b : layer.biasIds()) if (b != null && !legendIds.containsValue(b)) marker(b);
        }
    }

    private String value(String param) {
        String old = number(Numbers.given(in.trace().parameters().get(param)));
        if (!in.revealed().test("new:" + param)) return old;
        return old + (in.glyphs().ascii() ? "->" : "→") + number(in.trace().get("new:" + param).result());
    }

    private String marker(String param) {
        for (Map.Entry<String, String> e : legendIds.entrySet()) if (e.getValue().equals(param)) return e.getKey();
        int n = legend.size();
        String m = n < 9 ? String.valueOf(n + 1) : String.valueOf((char) ('a' + n - 9));
        legend.put(m, label(param) + " " + value(param));
        legendIds.put(m, param);
        return m;
    }

    // ---- legend --------------------------------------------------------------------------------

    /** Room for a legend of every parameter (the worst case), in as many columns as the height needs. */
    private int legendWidth() {
        int cell = 0;
        for (String p : net.parameterIds()) cell = Math.max(cell, 3 + Text.width(label(p) + " " + value(p)));
        int columns = (net.parameterIds().size() + canvas.height() - 1) / Math.max(1, canvas.height());
        return columns * cell;
    }

    private void drawLegend(int x) {
        if (legend.isEmpty()) return;
        int cellWidth = 0;
        for (String text : legend.values()) cellWidth = Math.max(cellWidth, Text.width(text) + 3);
        int perRow = Math.max(1, (legend.size() + canvas.height() - 1) / canvas.height());
        int rows = (legend.size() + perRow - 1) / perRow;
        int y0 = Math.max(0, (canvas.height() - rows) / 2);
        int k = 0;
        for (Map.Entry<String, String> e : legend.entrySet()) {
            int col = x + (k / rows) * cellWidth;
            int y = y0 + k % rows;
            boolean focus = in.focus().contains(legendIds.get(e.getKey()));
            canvas.put(col, y, e.getKey(), focus ? Role.FOCUS : Role.KEY);
            canvas.put(col + 2, y, Text.clip(e.getValue(), Math.max(1, canvas.width() - col - 2), in.glyphs().ascii()),
                    focus ? Role.FOCUS : Role.NORMAL);
            k++;
        }
    }
}
