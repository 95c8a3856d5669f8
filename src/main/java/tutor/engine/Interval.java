package tutor.engine;

/**
 * A closed range of reals, for what a learner may get from numbers shown rounded: each shown operand is anywhere
 * within half a unit of its last digit, and the range of a formula over such operands is computed by interval
 * arithmetic. Infinite ends are allowed; an empty result never arises from the operations used here.
 */
public record Interval(double lo, double hi) {

    public Interval {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) throw new IllegalArgumentException("no interval [" + lo + ", " + hi + "]");
    }

    public static Interval point(double v) {
        return new Interval(v, v);
    }

    /** The value a shown decimal may stand for: ± half a unit of its last digit. */
    public static Interval around(double shown, double unit) {
        return new Interval(shown - unit / 2, shown + unit / 2);
    }

    public boolean contains(double v) {
        return lo <= v && v <= hi;
    }

    public boolean intersects(Interval o) {
        return lo <= o.hi && o.lo <= hi;
    }

    /** The smallest interval holding both. */
    public Interval hull(Interval o) {
        return new Interval(Math.min(lo, o.lo), Math.max(hi, o.hi));
    }

    public Interval plus(Interval o) {
        return new Interval(lo + o.lo, hi + o.hi);
    }

    public Interval minus(Interval o) {
        return new Interval(lo - o.hi, hi - o.lo);
    }

    public Interval negate() {
        return new Interval(-hi, -lo);
    }

    public Interval times(Interval o) {
        double a = mul(lo, o.lo);
        double b = mul(lo, o.hi);
        double c = mul(hi, o.lo);
        double d = mul(hi, o.hi);
        return new Interval(Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d)));
    }

    /** Division; a divisor that may be zero gives the whole line. */
    public Interval dividedBy(Interval o) {
        if (o.contains(0)) return new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        return times(new Interval(1 / o.hi, 1 / o.lo));
    }

    public Interval squared() {
        double a = lo * lo;
        double b = hi * hi;
        if (contains(0)) return new Interval(0, Math.max(a, b));
        return new Interval(Math.min(a, b), Math.max(a, b));
    }

    /** A monotonic function applied to both ends (increasing or decreasing). */
    public Interval map(java.util.function.DoubleUnaryOperator monotonic) {
        double a = monotonic.applyAsDouble(lo);
        double b = monotonic.applyAsDouble(hi);
        if (Double.isNaN(a) || Double.isNaN(b)) return new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        return new Interval(Math.min(a, b), Math.max(a, b));
    }

    /** 0 × ∞ is 0 here: a factor known to be exactly zero wins. */
    private static double mul(double x, double y) {
        return x == 0 || y == 0 ? 0 : x * y;
    }

    public double width() {
        return hi - lo;
    }
}
