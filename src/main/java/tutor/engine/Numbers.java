package tutor.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numbers are written: given values as given, computed values to a readable precision, with the minus sign
 * U+2212 (ASCII output turns it into a hyphen with every other glyph). Also reads a written number back, with the
 * unit of its last digit, which is how far from it the value it stands for may be.
 */
public final class Numbers {
    private Numbers() {}

    public static final char MINUS = '−';

    /** A value given by the lesson (a weight, an input), written as short as it is exact: 0.15, 2, −0.3. */
    public static String given(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return sign(Long.toString((long) v));
        return sign(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
    }

    /**
     * A computed value: in paper mode with the mode's decimals; exactly, with 4 decimals, or 4 significant
     * figures for values below 0.01 so that small gradients do not read as 0.0000. Ties round away from zero on
     * the value's shortest decimal form.
     */
    public static String computed(double v, Precision p) {
        if (!Double.isFinite(v)) return v > 0 ? "∞" : v < 0 ? "−∞" : "NaN";
        BigDecimal d = BigDecimal.valueOf(v);
        if (!p.isExact()) return sign(d.setScale(p.decimals(), RoundingMode.HALF_UP).toPlainString());
        if (v == 0.0) return "0";
        if (Math.abs(v) >= 0.01 || Math.abs(v) < 1e-12) return sign(d.setScale(4, RoundingMode.HALF_UP).toPlainString());
        return sign(d.round(new MathContext(4, RoundingMode.HALF_UP)).toPlainString());
    }

    /** A written number as a decimal, reading either minus sign; null when it is not a plain number. */
    public static BigDecimal parse(String written) {
        try {
            return new BigDecimal(written.strip().replace(MINUS, '-'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The unit of a written number's last digit (0.001 for 0.750); zero for a bare "0", which is exact. */
    public static BigDecimal unit(String written) {
        BigDecimal d = parse(written);
        if (d == null || written.strip().equals("0")) return BigDecimal.ZERO;
        return BigDecimal.ONE.scaleByPowerOfTen(-d.scale());
    }

    /**
     * The value a written number stands for: itself ± half a unit of its last digit. The ends are taken a hair
     * inside: a value exactly half a unit away would have been written as the neighbouring number.
     */
    public static Interval range(String written) {
        BigDecimal d = parse(written);
        if (d == null) return new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        // A millionth of a unit inside: more than the hair a typed answer is widened by (Acceptance), so a value on
        // the very edge between two shown numbers never counts for both.
        return Interval.around(d.doubleValue(), unit(written).doubleValue() * (1 - 1e-6));
    }

    /** A value written at the same precision as another written number: how a product of shown factors is shown. */
    public static String like(BigDecimal value, String written) {
        BigDecimal d = parse(written);
        int scale = d == null ? 4 : Math.max(0, d.scale());
        return sign(value.setScale(scale, RoundingMode.HALF_UP).toPlainString());
    }

    public static boolean isNegative(String written) {
        return !written.isEmpty() && (written.charAt(0) == MINUS || written.charAt(0) == '-');
    }

    /** −x for a written x: 0.5 → −0.5, −0.5 → 0.5. */
    public static String negated(String written) {
        if (isNegative(written)) return written.substring(1);
        return written.equals("0") ? written : MINUS + written;
    }

    /** A factor inside a product: negative numbers in parentheses, as on paper. */
    public static String factor(String written) {
        return isNegative(written) ? "(" + written + ")" : written;
    }

    private static String sign(String plain) {
        if (plain.startsWith("-")) {
            String rest = plain.substring(1);
            return rest.matches("0(\\.0*)?") ? rest : MINUS + rest; // no −0.000
        }
        return plain;
    }
}
