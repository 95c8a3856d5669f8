package tutor.engine;

import java.util.List;

/**
 * One traced quantity, able to explain itself as on paper: symbol = formula = substituted = result.
 * symbol and formula are templates whose {tokens} a Notation turns into labels; substituted holds
 * the numbers. A gradient also carries its chain-rule factors (one path) or one product per path.
 */
public record Quantity(String key, Section section, double value, String symbol, String formula,
                       String substituted, String result, List<Factor> factors, List<Path> paths) {

    public Quantity {
        factors = List.copyOf(factors);
        paths = List.copyOf(paths);
    }

    /** One route from a parameter to the loss: its factors and their product. */
    public record Path(List<Factor> factors, double product, String via) {
        public Path {
            factors = List.copyOf(factors);
        }
    }

    /** The whole line, symbols then numbers then result, with labels from the notation. */
    public String line(Notation n) {
        StringBuilder sb = new StringBuilder(n.render(symbol));
        if (!formula.isEmpty()) sb.append(" = ").append(n.render(formula));
        if (!substituted.isEmpty() && !substituted.equals(result)) sb.append(" = ").append(n.render(substituted));
        return sb.append(" = ").append(result).toString();
    }
}
