package tutor.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact (doubles) or paper mode: every intermediate rounded to a number of decimals, half away from
 * zero, as a person does by hand. Paper mode is how most of the documents' figures come out.
 */
public record Precision(int decimals) {

    public static final int EXACT_DECIMALS = -1;
    public static final Precision EXACT = new Precision(EXACT_DECIMALS);

    public static Precision paper(int decimals) {
        if (decimals < 0 || decimals > 12) throw new IllegalArgumentException("paper mode takes 0 to 12 decimals");
        return new Precision(decimals);
    }

    public boolean isExact() { return decimals == EXACT_DECIMALS; }

    public double round(double value) {
        if (isExact() || !Double.isFinite(value)) return value;
        return roundTo(value, decimals);
    }

    /** Rounds half away from zero on the value's shortest decimal form, so 0.1215 becomes 0.122 as on paper. */
    public static double roundTo(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    @Override public String toString() {
        return isExact() ? "exact" : "paper, " + decimals + " decimals";
    }
}
