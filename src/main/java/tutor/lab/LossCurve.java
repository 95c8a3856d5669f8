package tutor.lab;

import java.util.ArrayList;
import java.util.List;
import tutor.render.Canvas;
import tutor.render.Role;

/**
 * The loss over a run as dots on the canvas: in Unicode each cell is a braille character of 2×4 dots (U+2800–U+28FF),
 * in ASCII a * marks the loss in a column and . the rise or fall to the next. Linear (from 0) or log. The steps
 * plotted and their losses are those of the engine's run (samples()).
 */
public final class LossCurve {
    private LossCurve() {}

    /** A step plotted and its loss. */
    public record Sample(int step, double loss) {}

    /** Braille dot bits by (column, row) within a cell. */
    private static final int[][] DOT = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};

    /** One sample per dot column: steps 0…last spread evenly over the width. */
    public static List<Sample> samples(Run run, int columns) {
        List<Sample> out = new ArrayList<>();
        int last = run.step();
        int previous = -1;
        for (int c = 0; c < columns; c++) {
            int step = columns == 1 ? last : (int) Math.round((double) c * last / (columns - 1));
            if (step == previous) continue;
            out.add(new Sample(step, run.descent().loss(step)));
            previous = step;
        }
        return out;
    }

    /** Draws the curve in the box (x, y, width, height) of the canvas, with the axis values beside it. */
    public static void draw(Canvas c, Run run, int x, int y, int width, int height, boolean ascii) {
        int labels = 9;
        int plotX = x + labels;
        int plotW = width - labels;
        int plotH = height - 1;
        int dotsX = ascii ? plotW : plotW * 2;
        int dotsY = ascii ? plotH : plotH * 4;
        List<Sample> samples = samples(run, dotsX);
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        for (Sample s : samples) {
            hi = Math.max(hi, s.loss());
            lo = Math.min(lo, s.loss());
        }
        boolean log = run.log() && lo > 0;
        double top = log ? Math.log10(hi) : hi;
        double bottom = log ? Math.log10(lo) : 0;
        if (top <= bottom) top = bottom + (log ? 1 : Math.max(1e-12, Math.abs(bottom)));
        int[][] bits = new int[plotH][plotW];
        char[][] marks = new char[plotH][plotW];
        int lastRow = -1;
        for (int i = 0; i < samples.size(); i++) {
            double v = log ? Math.log10(samples.get(i).loss()) : samples.get(i).loss();
            int dx = (int) Math.round((double) i * (dotsX - 1) / Math.max(1, samples.size() - 1));
            int dy = (int) Math.round((top - v) / (top - bottom) * (dotsY - 1));
            dy = Math.max(0, Math.min(dotsY - 1, dy));
            if (ascii) {
                if (lastRow >= 0) for (int r = Math.min(lastRow, dy) + 1; r < Math.max(lastRow, dy); r++) if (marks[r][dx] == 0) marks[r][dx] = '.';
                marks[dy][dx] = '*';
            } else {
                bits[dy / 4][dx / 2] |= DOT[dx % 2][dy % 4];
            }
            lastRow = dy;
        }
        for (int r = 0; r < plotH; r++) {
            c.set(plotX - 1, y + r, ascii ? '|' : '│', Role.DIM);
            for (int col = 0; col < plotW; col++) {
                char ch = ascii ? (marks[r][col] == 0 ? ' ' : marks[r][col]) : bits[r][col] == 0 ? ' ' : (char) (0x2800 + bits[r][col]);
                if (ch != ' ') c.set(plotX + col, y + r, ch, Role.VALUE);
            }
        }
        String topLabel = LabNumbers.significant(log ? Math.pow(10, top) : top, 3);
        String bottomLabel = LabNumbers.significant(log ? Math.pow(10, bottom) : bottom, 3);
        c.put(x, y, LabView.text(topLabel, ascii), Role.DIM);
        c.put(x, y + plotH - 1, LabView.text(bottomLabel, ascii), Role.DIM);
        for (int col = 0; col < plotW; col++) c.set(plotX + col, y + plotH, ascii ? '-' : '─', Role.DIM);
        c.set(plotX - 1, y + plotH, ascii ? '+' : '└', Role.DIM);
        c.put(plotX, y + plotH, "0", Role.DIM);
        String end = "step " + run.step() + (log ? ", log scale" : "");
        c.put(plotX + plotW - end.length(), y + plotH, end, Role.DIM);
    }
}
