package tutor.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A quantity's formula as data: the numbers it takes (given ones, constants, other traced quantities) and what it
 * does with them. The engine computes from it, the views write it out in symbols and in numbers, acceptance finds
 * the range a learner may reach from the numbers shown, and slips are the same formula with one thing done wrong.
 * Sums and products are exact in decimal, so a tie such as 0.785 × 0.5 = 0.3925 rounds on its decimal value.
 */
public sealed interface Expr {

    /** The exact decimal value, with each reference's value from refs; null where a function overflows. */
    BigDecimal decimal(Function<String, Double> refs);

    /** The range of the formula when each reference may be anywhere in its interval. */
    Interval range(Function<String, Interval> refs);

    /** The direct parts, in order. */
    List<Expr> parts();

    /** This node with its parts replaced (same count and order). */
    Expr with(List<Expr> parts);

    default double value(Function<String, Double> refs) {
        BigDecimal d = decimal(refs);
        return d == null ? Double.NaN : d.doubleValue();
    }

    /** A number the lesson gives (a weight, bias, input or target), written as given; token names it: {w1}, {t:o}. */
    record Given(String token, double value) implements Expr {
        @Override public BigDecimal decimal(Function<String, Double> refs) { return exact(value); }
        @Override public Interval range(Function<String, Interval> refs) { return Interval.point(value); }
        @Override public List<Expr> parts() { return List.of(); }
        @Override public Expr with(List<Expr> parts) { return this; }
    }

    /** A constant of the formula, written one way in symbols (η, ½, 2) and another with numbers (0.5, ½, 2). */
    record Const(double value, String symbol, String written) implements Expr {
        public static Const of(double v) {
            String w = Numbers.given(v);
            return new Const(v, w, w);
        }
        @Override public BigDecimal decimal(Function<String, Double> refs) { return exact(value); }
        @Override public Interval range(Function<String, Interval> refs) { return Interval.point(value); }
        @Override public List<Expr> parts() { return List.of(); }
        @Override public Expr with(List<Expr> parts) { return this; }
    }

    /**
     * Another traced quantity, by key: written as its symbol, or as its value as shown. An expanded reference is
     * first written as the quantity's own formula, then as its value: 0.6 − 0.5 × 0.1385 = 0.6 − 0.0693.
     */
    record Ref(String key, boolean expanded) implements Expr {
        public Ref(String key) {
            this(key, false);
        }
        @Override public BigDecimal decimal(Function<String, Double> refs) { return exact(refs.apply(key)); }
        @Override public Interval range(Function<String, Interval> refs) { return refs.apply(key); }
        @Override public List<Expr> parts() { return List.of(); }
        @Override public Expr with(List<Expr> parts) { return this; }
    }

    record Sum(List<Expr> terms) implements Expr {
        public Sum {
            terms = List.copyOf(terms);
        }
        @Override public BigDecimal decimal(Function<String, Double> refs) {
            BigDecimal total = BigDecimal.ZERO;
            for (Expr t : terms) {
                BigDecimal v = t.decimal(refs);
                if (v == null) return null;
                total = total.add(v);
            }
            return total;
        }
        @Override public Interval range(Function<String, Interval> refs) {
            Interval total = Interval.point(0);
            for (Expr t : terms) total = total.plus(t.range(refs));
            return total;
        }
        @Override public List<Expr> parts() { return terms; }
        @Override public Expr with(List<Expr> parts) { return new Sum(parts); }
    }

    record Difference(Expr left, Expr right) implements Expr {
        @Override public BigDecimal decimal(Function<String, Double> refs) {
            BigDecimal a = left.decimal(refs);
            BigDecimal b = right.decimal(refs);
            return a == null || b == null ? null : a.subtract(b);
        }
        @Override public Interval range(Function<String, Interval> refs) { return left.range(refs).minus(right.range(refs)); }
        @Override public List<Expr> parts() { return List.of(left, right); }
        @Override public Expr with(List<Expr> parts) { return new Difference(parts.get(0), parts.get(1)); }
    }

    record Product(List<Expr> factors) implements Expr {
        public Product {
            factors = List.copyOf(factors);
        }
        @Override public BigDecimal decimal(Function<String, Double> refs) {
            BigDecimal total = BigDecimal.ONE;
            for (Expr f : factors) {
                BigDecimal v = f.decimal(refs);
                if (v == null) return null;
                total = total.multiply(v, MathContext.DECIMAL128);
            }
            return total;
        }
        @Override public Interval range(Function<String, Interval> refs) {
            Interval total = Interval.point(1);
            for (Expr f : factors) total = total.times(f.range(refs));
            return total;
        }
        @Override public List<Expr> parts() { return factors; }
        @Override public Expr with(List<Expr> parts) { return new Product(parts); }
    }

    record Quotient(Expr top, Expr bottom) implements Expr {
        @Override public BigDecimal decimal(Function<String, Double> refs) {
            BigDecimal a = top.decimal(refs);
            BigDecimal b = bottom.decimal(refs);
            return a == null || b == null || b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL128);
        }
        @Override public Interval range(Function<String, Interval> refs) { return top.range(refs).dividedBy(bottom.range(refs)); }
        @Override public List<Expr> parts() { return List.of(top, bottom); }
        @Override public Expr with(List<Expr> parts) { return new Quotient(parts.get(0), parts.get(1)); }
    }

    record Negate(Expr inner) implements Expr {
        @Override public BigDecimal decimal(Function<String, Double> refs) {
            BigDecimal a = inner.decimal(refs);
            return a == null ? null : a.negate();
        }
        @Override public Interval range(Function<String, Interval> refs) { return inner.range(refs).negate(); }
        @Override public List<Expr> parts() { return List.of(inner); }
        @Override public Expr with(List<Expr> parts) { return new Negate(parts.get(0)); }
    }

    record Square(Expr inner) implements Expr {
        @Override public BigDecimal decimal(Function<String, Double> refs) {
            BigDecimal a = inner.decimal(refs);
            return a == null ? null : a.multiply(a, MathContext.DECIMAL128);
        }
        @Override public Interval range(Function<String, Interval> refs) { return inner.range(refs).squared(); }
        @Override public List<Expr> parts() { return List.of(inner); }
        @Override public Expr with(List<Expr> parts) { return new Square(parts.get(0)); }
    }

    record Call(Fn fn, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
        @Override public BigDecimal decimal(Function<String, Double> refs) {
            double[] values = values(refs);
            return values == null ? null : exact(fn.apply(values));
        }
        /** The value as its numbers form writes it (Fn#applyAsWritten), over the arguments' values. */
        BigDecimal decimalAsWritten(Function<String, Double> refs) {
            double[] values = values(refs);
            return values == null ? null : exact(fn.applyAsWritten(values));
        }
        private double[] values(Function<String, Double> refs) {
            double[] values = new double[args.size()];
            for (int i = 0; i < values.length; i++) {
                BigDecimal v = args.get(i).decimal(refs);
                if (v == null) return null;
                values[i] = v.doubleValue();
            }
            return values;
        }
        @Override public Interval range(Function<String, Interval> refs) {
            List<Interval> ranges = new ArrayList<>();
            for (Expr a : args) ranges.add(a.range(refs));
            return fn.range(ranges);
        }
        @Override public List<Expr> parts() { return args; }
        @Override public Expr with(List<Expr> parts) { return new Call(fn, parts); }
    }

    static Product times(Expr... factors) {
        return new Product(List.of(factors));
    }

    static Sum plus(Expr... terms) {
        return new Sum(List.of(terms));
    }

    static Call call(Fn fn, Expr... args) {
        return new Call(fn, List.of(args));
    }

    /** Adds the keys of every quantity the formula refers to. */
    default void refs(Set<String> into) {
        if (this instanceof Ref r) into.add(r.key());
        for (Expr p : parts()) p.refs(into);
    }

    /** Every given number the formula uses, in order. */
    default List<Given> givens() {
        List<Given> out = new ArrayList<>();
        if (this instanceof Given g) out.add(g);
        for (Expr p : parts()) out.addAll(p.givens());
        return out;
    }

    /** The formula with every occurrence of one part replaced (how a slip is made from the right formula). */
    default Expr replace(Expr part, Expr replacement) {
        if (this.equals(part)) return replacement;
        if (parts().isEmpty()) return this;
        List<Expr> next = new ArrayList<>();
        for (Expr p : parts()) next.add(p.replace(part, replacement));
        return with(next);
    }

    /** The double's shortest decimal form (0.1 is 0.1), or null for NaN and infinity. */
    private static BigDecimal exact(Double v) {
        if (v == null) throw new IllegalArgumentException("a formula refers to a quantity with no value");
        return Double.isFinite(v) ? BigDecimal.valueOf(v) : null;
    }
}
