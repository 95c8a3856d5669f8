package tutor.lab;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import tutor.engine.Numbers;

/** How the lab writes the numbers of a nudge check: significant digits, plain or ×10ⁿ, with the minus sign −. */
final class LabNumbers {
    private LabNumbers() {}

    /** v to the given significant digits: plain from 10⁻⁴ to 10⁶, else as 1.2345e−5. */
    static String significant(double v, int digits) {
        if (v == 0) return "0";
        if (!Double.isFinite(v)) return Double.toString(v);
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        double a = Math.abs(v);
        String s;
        if (a >= 1e-4 && a < 1e6) {
            s = d.stripTrailingZeros().toPlainString();
        } else {
            int exp = d.precision() - d.scale() - 1;
            BigDecimal mantissa = d.movePointLeft(exp).stripTrailingZeros();
            s = mantissa.toPlainString() + "e" + exp;
        }
        return s.replace('-', Numbers.MINUS);
    }

    /** 10⁻ⁿ as written: 10⁻⁴. */
    static String powerOfTen(int n) {
        return "10⁻" + "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(n);
    }
}
