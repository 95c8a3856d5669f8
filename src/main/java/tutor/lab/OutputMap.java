package tutor.lab;

import java.util.List;
import tutor.engine.Example;
import tutor.engine.Numeric;
import tutor.render.Canvas;
import tutor.render.Role;

/**
 * For a network of two inputs: its first output over the input square, as TensorFlow Playground shows it, in shades
 * from 0 (blank) to 1 (full), with the data points on it (● target 1, ○ target 0; in ASCII 1 and 0).
 */
public final class OutputMap {
    private OutputMap() {}

    private static final String UNICODE = " ░▒▓█";
    private static final String ASCII = " .:+#";

    public static boolean fits(Run run) {
        return run.descent().numeric().network().inputs().size() == 2;
    }

    /** The input square: from the smaller of 0 and the data's least value to the larger of 1 and its greatest. */
    static double[] square(List<Example> data, List<String> inputs) {
        double lo = 0;
        double hi = 1;
        for (Example e : data) {
            for (String in : inputs) {
                lo = Math.min(lo, e.inputs().get(in));
                hi = Math.max(hi, e.inputs().get(in));
            }
        }
        return new double[] {lo, hi};
    }

    public static void draw(Canvas c, Run run, int x, int y, int width, int height, boolean ascii) {
        Numeric numeric = run.descent().numeric();
        List<String> inputs = numeric.network().inputs();
        double[] p = run.descent().parameters(run.step());
        double[] sq = square(run.data(), inputs);
        String shades = ascii ? ASCII : UNICODE;
        for (int row = 0; row < height; row++) {
            double x2 = sq[1] - (row + 0.5) / height * (sq[1] - sq[0]);
            for (int col = 0; col < width; col++) {
                double x1 = sq[0] + (col + 0.5) / width * (sq[1] - sq[0]);
                double out = numeric.forward(p, new double[] {x1, x2}).outputs()[0];
                int shade = (int) Math.floor(Math.max(0, Math.min(0.999, out)) * shades.length());
                c.set(x + col, y + row, shades.charAt(shade), Role.DIM);
            }
        }
        String first = numeric.network().outputs().get(0);
        for (Example e : run.data()) {
            int col = (int) Math.min(width - 1, Math.floor((e.inputs().get(inputs.get(0)) - sq[0]) / (sq[1] - sq[0]) * width));
            int row = (int) Math.min(height - 1, Math.floor((sq[1] - e.inputs().get(inputs.get(1))) / (sq[1] - sq[0]) * height));
            boolean one = e.targets().get(first) >= 0.5;
            c.set(x + col, y + row, ascii ? (one ? '1' : '0') : one ? '●' : '○', one ? Role.GOOD : Role.BAD);
        }
    }
}
