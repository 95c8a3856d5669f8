package tutor.render;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Factor;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Precision;
import tutor.engine.Quantity;

/** A quantity as it is written on paper: the line, then its chain-rule factors or one product per path. */
public final class Formulas {
    private Formulas() {}

    public static List<String> lines(Quantity q, Notation n, Precision p) {
        List<String> out = new ArrayList<>();
        out.add(q.line(n));
        if (!q.factors().isEmpty() && q.factors().size() > 2) {
            out.add("  = " + chain(q.factors(), n, false, p));
            out.add("  = " + chain(q.factors(), n, true, p) + " = " + q.result());
        }
        if (!q.paths().isEmpty()) {
            List<String> products = new ArrayList<>();
            for (Quantity.Path path : q.paths()) {
                String via = path.via().isEmpty() ? "" : n.render(" (via " + path.via() + ")");
                out.add("  path" + via + ": " + chain(path.factors(), n, true, p) + " = "
                        + Numbers.computed(path.product(), p));
                products.add(Numbers.factor(Numbers.computed(path.product(), p)));
            }
            out.add("  sum of " + q.paths().size() + " paths: " + String.join(" + ", products) + " = " + q.result());
        }
        return out;
    }

    /** Factors by name (A × B × C) or by value. */
    static String chain(List<Factor> factors, Notation n, boolean numbers, Precision p) {
        List<String> parts = new ArrayList<>();
        for (Factor f : factors) {
            parts.add(numbers ? Numbers.factor(Numbers.computed(f.value(), p)) : n.render(f.symbol()));
        }
        return String.join(n.ascii() ? " * " : " × ", parts);
    }
}
