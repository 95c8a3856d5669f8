package tutor.render;

import java.util.Map;

/**
 * The weights whose labels have no room on their edges, by the number their edge carries: "7▶ w₆ 0.45", the
 * number and arrow as they look on the edge, so a key is never taken for a label. Columns as the height needs;
 * an entry that has no room shows the new value only, then is cut with an ellipsis.
 */
final class DiagramLegend {
    private static final int BETWEEN = 2;

    private final Diagram d;
    private final Map<String, String> entries;

    DiagramLegend(Diagram d, Map<String, String> entries) {
        this.d = d;
        this.entries = entries;
    }

    /** Room for every weight in the legend with its longest text: the layout does not move from step to step. */
    static int fullWidth(DiagramSizes s, int height) {
        return width(s, height, s.widestLegendText);
    }

    /** The least the legend can do with: every weight, each with its label and a few digits. */
    static int minimalWidth(DiagramSizes s, int height) {
        return width(s, height, s.narrowestLegendText);
    }

    private static int width(DiagramSizes s, int height, int text) {
        int count = s.weights.size();
        if (count == 0) return 0;
        int columns = columns(count, height);
        return columns * (s.markerWidth() + 2 + text) + (columns - 1) * BETWEEN;
    }

    private static int columns(int count, int height) {
        int rows = Math.max(1, Math.min(height, count));
        return (count + rows - 1) / rows;
    }

    void draw(int x, int width) {
        if (entries.isEmpty() || width <= 0) return;
        Canvas c = d.canvas;
        int m = d.sizes.markerWidth();
        int columns = columns(entries.size(), c.height());
        int rows = (entries.size() + columns - 1) / columns;
        int cell = (width - (columns - 1) * BETWEEN) / columns;
        int y0 = Math.max(0, (c.height() - rows) / 2);
        int k = 0;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String param = e.getValue();
            int col = x + (k / rows) * (cell + BETWEEN);
            int y = y0 + k % rows;
            boolean focus = d.focused(param);
            String key = Text.padLeft(e.getKey(), m) + d.g.arrow();
            c.put(col, y, key, focus ? Role.FOCUS : Role.KEY);
            int room = cell - m - 2;
            String text = d.label(param) + " " + d.value(param);
            if (Text.width(text) > room) text = d.label(param) + d.compactValue(param);
            c.put(col + m + 2, y, Text.clip(text, Math.max(1, room), d.g.ascii()), focus ? Role.FOCUS : Role.NORMAL);
            k++;
        }
    }
}
