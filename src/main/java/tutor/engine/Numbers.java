package tutor.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How numbers are written in formulas: given values as given, computed values to a readable precision. */
public final class Numbers {
    private Numbers() {}

    /** A value given by the lesson (a weight, an input), written as short as it is exact: 0.15, 2, -0.3. */
    public static String given(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * A computed value: in paper mode with the mode's decimals; exactly, with 4 decimals, or 4 significant
     * figures for values below 0.01 so that small gradients do not read as 0.0000.
     */
    public static String computed(double v, Precision p) {
        if (!p.isExact()) return BigDecimal.valueOf(v).setScale(p.decimals(), RoundingMode.HALF_UP).toPlainString();
        if (v == 0.0) return "0";
        if (Math.abs(v) >= 0.01 || Math.abs(v) < 1e-12) {
            return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).toPlainString();
        }
        return new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    /** A factor inside a product: negative numbers in parentheses, as on paper. */
    public static String factor(String written) {
        return written.startsWith("-") ? "(" + written + ")" : written;
    }
}
