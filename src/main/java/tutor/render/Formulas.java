package tutor.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tutor.engine.Factor;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Precision;
import tutor.engine.Quantity;

/**
 * A quantity as it is written on paper: the line, then its chain-rule factors or one product per path. Every
 * product is of the factors as shown; "≈" marks a result that the shown numbers give only approximately.
 */
public final class Formulas {
    private Formulas() {}

    public static List<String> lines(Quantity q, Notation n, Precision p) {
        List<String> out = new ArrayList<>();
        out.add(q.line(n));
        if (!q.factors().isEmpty() && q.factors().size() > 2) {
            out.add("  = " + chain(q.factors(), n, false));
            BigDecimal product = BigDecimal.ONE;
            for (Factor f : q.factors()) product = product.multiply(shown(f));
            out.add("  = " + chain(q.factors(), n, true) + n.render(equals(product, q.result()) + q.result()));
        }
        if (!q.paths().isEmpty()) {
            List<String> products = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Quantity.Path path : q.paths()) {
                String via = path.via().isEmpty() ? "" : n.render(" (via " + path.via() + ")");
                out.add("  path" + via + ": " + chain(path.factors(), n, true) + " = " + n.render(path.shown()));
                products.add(Numbers.factor(path.shown()));
                sum = sum.add(Numbers.parse(path.shown()));
            }
            out.add(n.render("  sum of " + q.paths().size() + " paths: " + String.join(" + ", products)
                    + equals(sum, q.result()) + q.result()));
        }
        return out;
    }

    /** " = " when the value, written like the result, is the result; " ≈ " when it only comes close. */
    private static String equals(BigDecimal value, String result) {
        return Numbers.like(value, result).equals(result) ? " = " : " ≈ ";
    }

    private static BigDecimal shown(Factor f) {
        BigDecimal d = Numbers.parse(f.shown());
        return d == null ? BigDecimal.valueOf(f.value()) : d;
    }

    /** Factors by name (A × B × C) or as shown. */
    static String chain(List<Factor> factors, Notation n, boolean numbers) {
        List<String> parts = new ArrayList<>();
        for (Factor f : factors) parts.add(numbers ? Numbers.factor(f.shown()) : f.symbol());
        return n.render(String.join(" × ", parts));
    }
}
