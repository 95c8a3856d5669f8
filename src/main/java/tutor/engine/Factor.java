package tutor.engine;

/** One factor of a chain-rule product: its name in symbols (a template, see Notation) and its value. */
public record Factor(String symbol, double value) {}
