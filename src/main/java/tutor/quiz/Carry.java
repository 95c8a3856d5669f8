package tutor.quiz;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Function;
import tutor.engine.Expr;
import tutor.engine.Factor;
import tutor.engine.Numbers;
import tutor.engine.Trace;

/**
 * How many significant figures a working over the numbers on screen carries, by the rules taught with paper: a
 * product or quotient keeps the fewest figures of what it takes; a sum or difference keeps the fewest decimals of its
 * terms; a function (σ, e^x, ln) keeps what the uncertainty of its argument leaves. A given number, a constant and a shown number that is the exact value carry every figure.
 * (−0.024 × 2 carries two figures; 0.5 − 0.0024 carries four.)
 */
final class Carry {
    private Carry() {}

    /** As many figures as anyone types: an exact working. */
    static final int ALL = Integer.MAX_VALUE;

    /** A number with the figures it carries (ALL when it is exact). */
    record Figures(BigDecimal value, int figures) {
        boolean exact() {
            return figures == ALL;
        }

        /** The exponent of the unit of the last figure carried: −3 for 0.0240 carried to 3 figures. */
        int unitExponent() {
            return leading(value) - figures + 1;
        }
    }

    /** The working of a formula, each reference taken as shown. */
    static Figures of(Expr e, Trace shown, Trace exact) {
        return of(e, k -> shownNumber(k, shown, exact));
    }

    /** A product of chain-rule factors, each as shown. */
    static Figures ofFactors(List<Factor> factors, Trace exact) {
        BigDecimal product = BigDecimal.ONE;
        int figures = ALL;
        for (Factor f : factors) {
            Figures one = factor(f, exact);
            product = product.multiply(one.value(), MathContext.DECIMAL128);
            figures = Math.min(figures, one.figures());
        }
        return new Figures(product, figures);
    }

    /** A sum of shown numbers, each carrying its own decimals (the products of the paths, say). */
    static Figures sumOfShown(List<String> written) {
        BigDecimal sum = BigDecimal.ZERO;
        Integer unit = null;
        for (String w : written) {
            BigDecimal d = Numbers.parse(w);
            if (d == null) return new Figures(BigDecimal.ZERO, 0);
            sum = sum.add(d);
            unit = unit == null ? -d.scale() : Math.max(unit, -d.scale());
        }
        return new Figures(sum, unit == null ? ALL : figuresAt(sum, unit));
    }

    private static Figures factor(Factor f, Trace exact) {
        if (f.expr() instanceof Expr.Ref r) return shownNumber(r.key(), f.shown(), exact);
        BigDecimal d = Numbers.parse(f.shown());
        return new Figures(d == null ? BigDecimal.valueOf(f.value()) : d, ALL);
    }

    private static Figures shownNumber(String key, Trace shown, Trace exact) {
        return shownNumber(key, shown.get(key).result(), exact);
    }

    /** A shown number carries its written figures, unless it is the exact value itself. */
    private static Figures shownNumber(String key, String written, Trace exact) {
        BigDecimal d = Numbers.parse(written);
        if (d == null) return new Figures(BigDecimal.ZERO, 0);
        boolean isExact = exact.has(key) && Double.isFinite(exact.value(key))
                && BigDecimal.valueOf(exact.value(key)).compareTo(d) == 0;
        return new Figures(d, isExact ? ALL : (d.signum() == 0 ? 0 : d.precision()));
    }

    private static Figures of(Expr e, Function<String, Figures> refs) {
        if (e instanceof Expr.Given g) return new Figures(BigDecimal.valueOf(g.value()), ALL);
        if (e instanceof Expr.Const c) return new Figures(BigDecimal.valueOf(c.value()), ALL);
        if (e instanceof Expr.Ref r) return refs.apply(r.key());
        if (e instanceof Expr.Sum s) return sum(s.terms(), List.of(), refs);
        if (e instanceof Expr.Difference d) return sum(List.of(d.left()), List.of(d.right()), refs);
        if (e instanceof Expr.Negate n) {
            Figures inner = of(n.inner(), refs);
            return new Figures(inner.value().negate(), inner.figures());
        }
        if (e instanceof Expr.Call call) return function(call, refs);
        // Products, quotients and squares keep the fewest figures of what they take; the value is the formula's own
        // over the shown numbers.
        int figures = ALL;
        for (Expr p : e.parts()) figures = Math.min(figures, of(p, refs).figures());
        BigDecimal value = e.decimal(k -> refs.apply(k).value().doubleValue());
        return new Figures(value == null ? BigDecimal.ZERO : value, value == null ? 0 : figures);
    }

    /**
     * A function keeps what the uncertainty of its arguments leaves of it: σ(−0.046), its argument known to ±0.0005,
     * is 0.4885 known to ±0.00013, so three figures (not the two of −0.046).
     */
    private static Figures function(Expr.Call call, Function<String, Figures> refs) {
        List<Figures> args = new java.util.ArrayList<>();
        List<Expr> placeholders = new java.util.ArrayList<>();
        for (Expr a : call.args()) {
            Figures f = of(a, refs);
            if (f.figures() <= 0) return new Figures(BigDecimal.ZERO, 0);
            placeholders.add(new Expr.Ref("#" + args.size()));
            args.add(f);
        }
        Expr.Call over = new Expr.Call(call.fn(), placeholders);
        BigDecimal value = over.decimal(k -> args.get(Integer.parseInt(k.substring(1))).value().doubleValue());
        if (value == null) return new Figures(BigDecimal.ZERO, 0);
        tutor.engine.Interval range = over.range(k -> {
            Figures f = args.get(Integer.parseInt(k.substring(1)));
            double v = f.value().doubleValue();
            return f.exact() ? tutor.engine.Interval.point(v) : tutor.engine.Interval.around(v, Math.pow(10, f.unitExponent()));
        });
        if (range.width() == 0) return new Figures(value, ALL);
        if (!Double.isFinite(range.width())) return new Figures(value, 0);
        // The unit the value is known to: a width of 0.001 (binary rounding aside) is three decimals.
        int unit = (int) Math.ceil(Math.log10(range.width()) - 1e-6);
        return new Figures(value, figuresAt(value, unit));
    }

    private static Figures sum(List<Expr> plus, List<Expr> minus, Function<String, Figures> refs) {
        BigDecimal total = BigDecimal.ZERO;
        Integer unit = null;
        for (int sign = 1; sign >= -1; sign -= 2) {
            for (Expr t : sign > 0 ? plus : minus) {
                Figures f = of(t, refs);
                total = sign > 0 ? total.add(f.value()) : total.subtract(f.value());
                if (f.exact()) continue;
                if (f.figures() <= 0) return new Figures(total, 0);
                unit = unit == null ? f.unitExponent() : Math.max(unit, f.unitExponent());
            }
        }
        return new Figures(total, unit == null ? ALL : figuresAt(total, unit));
    }

    /** The figures of a value known to the unit 10^unit: 0.5024 to 10^−4 has four. */
    private static int figuresAt(BigDecimal value, int unit) {
        if (value.signum() == 0) return 0;
        return Math.max(0, leading(value) - unit + 1);
    }

    /** The exponent of a number's leading digit: −2 for 0.048, 0 for 2.5. */
    static int leading(BigDecimal v) {
        if (v.signum() == 0) return 0;
        BigDecimal s = v.abs().stripTrailingZeros();
        return s.precision() - s.scale() - 1;
    }
}
