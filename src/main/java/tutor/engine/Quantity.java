package tutor.engine;

import java.util.List;
import java.util.Set;

/**
 * One traced quantity, able to explain itself as on paper: symbol = definition = formula in symbols = formula
 * with numbers (first with expanded references written out, see Expr.Ref) = result. The formula is data (Expr): what it is computed from is what it depends on, and the line
 * reads "≈" instead of "=" before the result when the shown numbers do not give the shown result exactly. A
 * gradient also carries its chain-rule factors (one path) or one product per path.
 */
public record Quantity(String key, Section section, double value, String symbol, String definition, Expr formula,
                       String symbols, String expanded, String numbers, boolean approximate, String result, List<Factor> factors,
                       List<Path> paths, Set<String> dependsOn) {

    public Quantity {
        factors = List.copyOf(factors);
        paths = List.copyOf(paths);
        dependsOn = Set.copyOf(dependsOn);
    }

    /** One route from a parameter to the loss: its factors, their product, and the product of the shown factors. */
    public record Path(List<Factor> factors, double product, String shown, String via) {
        public Path {
            factors = List.copyOf(factors);
        }
    }

    /** The whole line, symbols then numbers then result, with labels from the notation. */
    public String line(Notation n) {
        return working(n, 2) + n.render((approximate ? " ≈ " : " = ") + result);
    }

    /**
     * The working without the result: the symbol and definition, then (depth ≥ 1) the formula in symbols, then
     * (depth ≥ 2) the formula with numbers. A hint shows the first depths; the line shows them all.
     */
    public String working(Notation n, int depth) {
        StringBuilder sb = new StringBuilder(n.render(symbol));
        String last = symbol;
        if (definition != null) {
            sb.append(" = ").append(n.render(definition));
            last = definition;
        }
        if (depth >= 1 && !symbols.equals(last) && !symbols.equals(symbol)) {
            sb.append(" = ").append(n.render(symbols));
            last = symbols;
        }
        if (depth >= 2 && expanded != null) sb.append(" = ").append(n.render(expanded));
        if (depth >= 2 && !numbers.equals(symbols) && !numbers.equals(result)) sb.append(" = ").append(n.render(numbers));
        return sb.toString();
    }
}
