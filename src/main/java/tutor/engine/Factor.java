package tutor.engine;

/**
 * One factor of a chain-rule product: its name in symbols (a template, see Notation), what it is (a quantity, a
 * given weight or input, or 1), its value, and how it is shown.
 */
public record Factor(String symbol, Expr expr, double value, String shown) {}
