package tutor.lab;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Example;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Numeric;
import tutor.render.Canvas;
import tutor.render.Role;
import tutor.render.Text;

/**
 * A training run: the loss curve, the output over the input square with the data on it (two inputs), each
 * example's prediction (or how many of the task's points are on the right side), and each weight, start → now. Pure.
 */
public final class TrainView {
    private TrainView() {}

    public static Canvas render(Lab lab, int width, int height, boolean ascii) {
        Canvas c = new Canvas(width, height);
        Run run = lab.run();
        Notation n = lab.notation(ascii);
        String state = "step " + run.step() + " · " + (run.playing() ? "playing, " + run.stepsPerTick() + " a frame" : "paused");
        bar(c, 0, "Lab · training · " + lab.title(), state, ascii);
        if (Text.width(lab.title()) + 20 + Text.width(state) > width) bar(c, 0, "Lab · training · " + lab.id(), state, ascii);
        c.put(1, 1, LabView.text(Text.clip(Summary.training(lab), width - 2, ascii), ascii), Role.DIM);
        boolean map = OutputMap.fits(run);
        int mapW = map ? Math.min(36, width / 3) : 0;
        int curveW = width - 2 - (map ? mapW + 3 : 0);
        int top = 3;
        int curveH = height - 11;
        c.put(1, top - 1, LabView.text("loss (mean over " + run.data().size() + (run.data().size() == 1 ? " example)" : " examples)"), ascii), Role.DIM);
        LossCurve.draw(c, run, 1, top, curveW, curveH, ascii);
        if (map) {
            int mx = width - mapW - 1;
            List<String> in = run.descent().numeric().network().inputs();
            double[] sq = OutputMap.square(run.data(), in);
            String out = n.render("{a:" + run.descent().numeric().network().outputs().get(0) + "}");
            c.put(mx, top - 1, LabView.text(Text.clip(out + " over " + n.label(null, in.get(0)) + " →, " + n.label(null, in.get(1))
                    + " ↑, " + Numbers.given(sq[0]) + "…" + Numbers.given(sq[1]), mapW, ascii), ascii), Role.DIM);
            OutputMap.draw(c, run, mx, top, mapW, curveH, ascii);
        }
        int y = top + curveH + 1;
        for (String line : predictions(lab, n)) {
            if (y >= height - 2) break;
            c.put(1, y++, LabView.text(Text.clip(line, width - 2, ascii), ascii), Role.NORMAL);
        }
        List<String> ws = weights(lab, n);
        int colW = 1 + ws.stream().mapToInt(w -> Text.width(LabView.text(w, ascii))).max().orElse(0) + 2;
        int perLine = Math.max(1, (width - 2) / colW);
        for (int i = 0; i < ws.size() && y < height - 2; i += perLine, y++) {
            for (int j = i; j < Math.min(ws.size(), i + perLine); j++) c.put(1 + (j - i) * colW, y, LabView.text(ws.get(j), ascii), Role.VALUE);
        }
        if (lab.notice() != null) c.put(1, height - 2, LabView.text(Text.clip(lab.notice(), width - 2, ascii), ascii), Role.WARNING);
        bar(c, height - 1, "Space play, pause · n step · + − speed · r rewind · l log · g data · Esc back", null, ascii);
        return c;
    }

    /** Each example's prediction (up to four), or for the task's grid how many points are on the right side of ½. */
    static List<String> predictions(Lab lab, Notation n) {
        Run run = lab.run();
        Numeric numeric = run.descent().numeric();
        double[] p = run.descent().parameters(run.step());
        String out = numeric.network().outputs().get(0);
        List<String> lines = new ArrayList<>();
        if (run.onTask()) {
            int right = 0;
            for (Example e : run.data()) {
                double y = numeric.forward(p, numeric.inputs(e)).outputs()[0];
                if ((y >= 0.5) == (e.targets().get(out) >= 0.5)) right++;
            }
            lines.add(right + " of the task's " + run.data().size() + " points are on the right side of 0.5.");
            return lines;
        }
        for (Example e : run.data().subList(0, Math.min(4, run.data().size()))) {
            double[] y = numeric.forward(p, numeric.inputs(e)).outputs();
            StringBuilder sb = new StringBuilder(e.name() + ": ");
            for (int o = 0; o < y.length; o++) {
                String id = numeric.network().outputs().get(o);
                sb.append(o == 0 ? "" : ", ").append(n.render("{a:" + id + "}")).append(" = ").append(LabNumbers.significant(y[o], 4))
                        .append(" (target ").append(Numbers.given(e.targets().get(id))).append(")");
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    static List<String> weights(Lab lab, Notation n) {
        Run run = lab.run();
        double[] start = run.descent().parameters(0);
        double[] now = run.descent().parameters(run.step());
        List<String> parts = new ArrayList<>();
        List<String> ids = run.descent().numeric().parameterIds();
        for (int i = 0; i < ids.size(); i++) {
            parts.add(n.label(null, ids.get(i)) + " " + LabNumbers.significant(start[i], 3) + " → " + LabNumbers.significant(now[i], 3));
        }
        return parts;
    }

    private static void bar(Canvas c, int y, String left, String right, boolean ascii) {
        Role role = y == 0 ? Role.TITLE : Role.STATUS;
        c.put(0, y, " ".repeat(c.width()), role);
        String l = Text.clip(LabView.text(left, ascii), c.width() - 2, ascii);
        c.put(1, y, l, role);
        if (right != null) {
            String r = LabView.text(right, ascii);
            if (Text.width(l) + Text.width(r) + 4 <= c.width()) c.put(c.width() - Text.width(r) - 1, y, r, role);
        }
    }
}
