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
        return forward(t, n, key -> true);
    }

    public static List<String> update(Trace t, Notation n) {
        return update(t, n, key -> true);
    }

    /** The forward table with the values not yet to be shown as "?". */
    public static List<String> forward(Trace t, Notation n, java.util.function.Predicate<String> shows) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"neuron", "z", "activation"});
        for (Layer layer : t.network().layers()) {
            for (String id : layer.neurons()) {
                rows.add(new String[] {n.label(null, id), cell(t, "z:" + id, shows), cell(t, "a:" + id, shows)});
            }
        }
        rows.add(new String[] {"loss L", "", cell(t, "loss", shows)});
        return grid(rows, n.ascii());
    }

    /** The update table with the values not yet to be shown as "?". */
    public static List<String> update(Trace t, Notation n, java.util.function.Predicate<String> shows) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"param", "old", "gradient", n.ascii() ? "eta*grad" : "η·grad", "new", "change"});
        for (String p : t.network().parameterIds()) {
            rows.add(new String[] {n.label(null, p), tutor.engine.Numbers.given(t.parameters().get(p)),
                cell(t, "grad:" + p, shows), cell(t, "step:" + p, shows), cell(t, "new:" + p, shows),
                shows.test("change:" + p) ? signed(t.get("change:" + p).result()) : "?"});
        }
        return grid(rows, n.ascii());
    }

    private static String cell(Trace t, String key, java.util.function.Predicate<String> shows) {
        return shows.test(key) ? t.get(key).result() : "?";
    }

    private static String signed(String s) {
        return tutor.engine.Numbers.isNegative(s) ? s : "+" + s;
    }

    /** Columns padded to their widest cell, numbers right-aligned, a rule under the header. */
    static List<String> grid(List<String[]> rows, boolean ascii) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        if (ascii) for (String[] r : rows) for (int c = 0; c < cols; c++) r[c] = tutor.engine.Ascii.transliterate(r[c]);
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
