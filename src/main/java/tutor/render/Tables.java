package tutor.render;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Layer;
import tutor.engine.Notation;
import tutor.engine.Trace;

/** The tables the documents use: a forward summary and the before-and-after of the update. */
public final class Tables {
    private Tables() {}

    public static List<String> forward(Trace t, Notation n) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"neuron", "z", "activation"});
        for (Layer layer : t.network().layers()) {
            for (String id : layer.neurons()) {
                rows.add(new String[] {n.label(null, id), t.get("z:" + id).result(), t.get("a:" + id).result()});
            }
        }
        rows.add(new String[] {"loss L", "", t.get("loss").result()});
        return grid(rows, n.ascii());
    }

    public static List<String> update(Trace t, Notation n) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {n.ascii() ? "param" : "param", "old", "gradient", n.ascii() ? "eta*grad" : "η·grad", "new", "change"});
        for (String p : t.network().parameterIds()) {
            rows.add(new String[] {n.label(null, p), tutor.engine.Numbers.given(t.parameters().get(p)),
                t.get("grad:" + p).result(), t.get("step:" + p).result(), t.get("new:" + p).result(),
                signed(t.get("change:" + p).result())});
        }
        return grid(rows, n.ascii());
    }

    private static String signed(String s) {
        return s.startsWith("-") ? s : "+" + s;
    }

    /** Columns padded to their widest cell, numbers right-aligned, a rule under the header. */
    static List<String> grid(List<String[]> rows, boolean ascii) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], Text.width(r[c]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String cell = rows.get(i)[c];
                sb.append(c == 0 ? Text.padRight(cell, width[c]) : "  " + Text.padLeft(cell, width[c]));
            }
            out.add(sb.toString().stripTrailing());
            if (i == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < cols; c++) rule.append(c == 0 ? "" : "  ").append((ascii ? "-" : "─").repeat(width[c]));
                out.add(rule.toString());
            }
        }
        return out;
    }
}
