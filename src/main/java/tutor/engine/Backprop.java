package tutor.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One training step on one example, worked as on paper: the forward pass, the loss, every δ and gradient
 * computed with the old parameters, then all parameters updated at once (W ← W − η·∂L/∂W). Each quantity is
 * a formula over given numbers and earlier quantities (Expr), computed from it and rounded as the precision says
 * before anything else uses it.
 */
public final class Backprop {

    /** Beyond this many chain-rule paths a gradient is explained by its δ alone. */
    static final int MAX_PATHS = 8;

    /** Up to this |z| a sigmoid is worked through e^(−z) as on paper; beyond, e^(−z) is too large to write. */
    private static final double WRITTEN_SIGMOID = 30;

    private final Network net;
    private final Map<String, Double> params;
    private final Example example;
    private final Precision precision;
    private final Map<String, Quantity> quantities = new LinkedHashMap<>();

    private Backprop(Network net, Map<String, Double> params, Example example, Precision precision) {
        this.net = net;
        this.params = params;
        this.example = example;
        this.precision = precision;
    }

    public static Trace trace(Network net, Map<String, Double> params, Example example, Precision precision) {
        return run(net, params, example, precision, true);
    }

    /** The forward pass and the loss only: what a finite difference or a training curve needs. */
    public static Trace forward(Network net, Map<String, Double> params, Example example, Precision precision) {
        return run(net, params, example, precision, false);
    }

    private static Trace run(Network net, Map<String, Double> params, Example example, Precision precision, boolean backward) {
        String missing = net.firstMissing(params, example.inputs());
        if (missing != null) throw new IllegalArgumentException("no value for " + missing);
        for (String out : net.outputs()) {
            if (!example.targets().containsKey(out)) throw new IllegalArgumentException("no target for output " + out);
        }
        Backprop b = new Backprop(net, params, example, precision);
        b.forward();
        b.loss();
        if (backward) {
            b.backward();
            b.update();
        }
        return new Trace(net, example, precision, params, b.quantities);
    }

    // ---- forward -------------------------------------------------------------------------------

    private void forward() {
        for (String in : net.inputs()) checkFinite("input:" + in, example.inputs().get(in), "input " + in);
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            List<String> sources = net.sourcesOf(l);
            for (int j = 0; j < layer.size(); j++) {
                String n = layer.neurons().get(j);
                List<Expr> terms = new ArrayList<>();
                for (int i = 0; i < sources.size(); i++) {
                    terms.add(Expr.times(param(layer.weightIds().get(j).get(i)), valueOf(sources.get(i))));
                }
                String b = layer.biasIds().get(j);
                if (b != null) terms.add(param(b));
                record("z:" + n, Section.FORWARD, "{z:" + n + "}", null, terms.size() == 1 ? terms.get(0) : new Expr.Sum(terms));
                activate(n, layer.activation());
            }
        }
    }

    private void activate(String n, Activation f) {
        Expr.Ref z = ref("z:" + n);
        String symbol = "{a:" + n + "}";
        switch (f) {
            case SIGMOID -> {
                if (Math.abs(value("z:" + n)) <= WRITTEN_SIGMOID) {
                    record("expneg:" + n, Section.FORWARD, "e^(−{z:" + n + "})", null, Expr.call(Fn.EXP_NEG, z));
                    Expr one = Expr.Const.of(1);
                    record("a:" + n, Section.FORWARD, symbol, "σ({z:" + n + "})",
                            new Expr.Quotient(one, Expr.plus(one, ref("expneg:" + n))));
                } else {
                    record("a:" + n, Section.FORWARD, symbol, null, Expr.call(Fn.SIGMOID, z));
                }
            }
            case TANH -> record("a:" + n, Section.FORWARD, symbol, null, Expr.call(Fn.TANH, z));
            case RELU -> record("a:" + n, Section.FORWARD, symbol, null, Expr.call(Fn.RELU, z));
            case LEAKY_RELU -> record("a:" + n, Section.FORWARD, symbol, null, Expr.call(Fn.LEAKY_RELU, z));
            case IDENTITY -> record("a:" + n, Section.FORWARD, symbol, null, z);
        }
    }

    // ---- loss ----------------------------------------------------------------------------------

    private void loss() {
        List<String> outs = net.outputs();
        if (outs.size() == 1) {
            record("loss", Section.LOSS, "{L}", null, lossTerm(outs.get(0), 1));
            return;
        }
        List<Expr> terms = new ArrayList<>();
        for (String o : outs) {
            record("loss:" + o, Section.LOSS, "{loss:" + o + "}", null, lossTerm(o, outs.size()));
            terms.add(ref("loss:" + o));
        }
        record("loss", Section.LOSS, "{L}", null, new Expr.Sum(terms));
    }

    private Expr lossTerm(String o, int count) {
        Expr t = target(o);
        Expr y = ref("a:" + o);
        Expr.Square square = new Expr.Square(new Expr.Difference(t, y));
        return switch (net.loss()) {
            case HALF_SSE -> Expr.times(new Expr.Const(0.5, "½", "½"), square);
            case SSE -> square;
            case MSE -> count == 1 ? square : new Expr.Quotient(square, Expr.Const.of(count));
            case BINARY_CROSS_ENTROPY -> sigmoidOutput() ? Expr.call(Fn.BCE_FROM_Z, t, y, ref("z:" + o)) : Expr.call(Fn.BCE, t, y);
        };
    }

    private boolean sigmoidOutput() {
        return net.outputLayer().activation() == Activation.SIGMOID;
    }

    // ---- backward ------------------------------------------------------------------------------

    private void backward() {
        int last = net.layers().size() - 1;
        Layer out = net.outputLayer();
        for (String o : out.neurons()) {
            record("dloss:" + o, Section.BACKWARD, "∂{L}/∂{a:o}".replace(":o}", ":" + o + "}"), null, lossSlope(o, out.size()));
            slope(o, out.activation());
            String chain = "∂{L}/∂{a:" + o + "}·∂{a:" + o + "}/∂{z:" + o + "}";
            if (net.loss() == Loss.BINARY_CROSS_ENTROPY && sigmoidOutput()) {
                // The two slopes cancel to ŷ − y, which stays exact however close ŷ is to 0 or 1.
                record("delta:" + o, Section.BACKWARD, "{delta:" + o + "}", chain,
                        Expr.call(Fn.BCE_DELTA_FROM_Z, target(o), ref("a:" + o), ref("z:" + o)), Set.of("dloss:" + o, "dact:" + o),
                        List.of(), List.of());
            } else {
                record("delta:" + o, Section.BACKWARD, "{delta:" + o + "}", null, Expr.times(ref("dloss:" + o), ref("dact:" + o)));
            }
        }
        for (int l = last - 1; l >= 0; l--) {
            Layer layer = net.layers().get(l);
            Layer next = net.layers().get(l + 1);
            for (int j = 0; j < layer.size(); j++) {
                String n = layer.neurons().get(j);
                List<Expr> terms = new ArrayList<>();
                for (int k = 0; k < next.size(); k++) {
                    terms.add(Expr.times(param(next.weightIds().get(k).get(j)), ref("delta:" + next.neurons().get(k))));
                }
                record("dA:" + n, Section.BACKWARD, "∂{L}/∂{a:" + n + "}", null, terms.size() == 1 ? terms.get(0) : new Expr.Sum(terms));
                slope(n, layer.activation());
                record("delta:" + n, Section.BACKWARD, "{delta:" + n + "}", null, Expr.times(ref("dA:" + n), ref("dact:" + n)));
            }
        }
    }

    private Expr lossSlope(String o, int count) {
        Expr t = target(o);
        Expr y = ref("a:" + o);
        Expr minusTwice = Expr.times(Expr.Const.of(-2), new Expr.Difference(t, y));
        return switch (net.loss()) {
            case HALF_SSE -> new Expr.Difference(y, t);
            case SSE -> minusTwice;
            case MSE -> count == 1 ? minusTwice : new Expr.Quotient(minusTwice, Expr.Const.of(count));
            case BINARY_CROSS_ENTROPY -> sigmoidOutput() ? Expr.call(Fn.BCE_SLOPE_FROM_Z, t, y, ref("z:" + o)) : Expr.call(Fn.BCE_SLOPE, t, y);
        };
    }

    private void slope(String n, Activation f) {
        Expr.Ref a = ref("a:" + n);
        Expr.Ref z = ref("z:" + n);
        Expr formula = switch (f) {
            case SIGMOID -> Expr.times(a, new Expr.Difference(Expr.Const.of(1), a));
            case TANH -> new Expr.Difference(Expr.Const.of(1), new Expr.Square(a));
            case RELU -> Expr.call(Fn.RELU_SLOPE, z);
            case LEAKY_RELU -> Expr.call(Fn.LEAKY_SLOPE, z);
            case IDENTITY -> Expr.Const.of(1);
        };
        record("dact:" + n, Section.BACKWARD, "∂{a:" + n + "}/∂{z:" + n + "}", null, formula);
    }

    // ---- gradients and the update ----------------------------------------------------------------

    /** Where a parameter is used: the neuron it feeds and the source it multiplies (null for a bias). */
    private record Use(String neuron, String source) {}

    private void update() {
        List<String> ids = net.parameterIds();
        for (String p : ids) gradient(p);
        Expr eta = new Expr.Const(net.learningRate(), "η", Numbers.given(net.learningRate()));
        for (String p : ids) {
            Expr.Ref grad = ref("grad:" + p);
            record("step:" + p, Section.UPDATE, "η·∂{L}/∂{" + p + "}", null, Expr.times(eta, grad));
            // From the step as shown, as on paper; written out with η first.
            record("new:" + p, Section.UPDATE, "{new:" + p + "}", null, new Expr.Difference(param(p), new Expr.Ref("step:" + p, true)));
            record("change:" + p, Section.UPDATE, "Δ{" + p + "}", null, new Expr.Difference(ref("new:" + p), param(p)));
        }
    }

    private void gradient(String p) {
        List<Use> uses = usesOf(p);
        List<Expr> terms = new ArrayList<>();
        List<Quantity.Path> paths = new ArrayList<>();
        boolean tooMany = false;
        for (Use use : uses) {
            Expr delta = ref("delta:" + use.neuron);
            terms.add(use.source == null ? delta : Expr.times(delta, valueOf(use.source)));
            List<Route> routes = tooMany ? null : routesTo(use.neuron);
            if (routes == null) {
                tooMany = true;
                continue;
            }
            Expr source = use.source == null ? Expr.Const.of(1) : valueOf(use.source);
            String last = "∂{z:" + use.neuron + "}/∂{" + p + "}" + (use.source == null ? " (= 1)" : "");
            for (Route route : routes) {
                List<Factor> fs = new ArrayList<>(route.factors());
                fs.add(factor(last, source));
                List<String> via = new ArrayList<>();
                if (uses.size() > 1) via.add("{" + use.neuron + "}");
                via.addAll(route.via());
                paths.add(path(fs, String.join(", ", via)));
            }
        }
        if (tooMany || paths.size() > MAX_PATHS) paths.clear();
        List<Factor> factors = paths.size() == 1 ? paths.get(0).factors() : List.of();
        List<Quantity.Path> several = paths.size() > 1 ? paths : List.of();
        record("grad:" + p, Section.BACKWARD, "∂{L}/∂{" + p + "}", null, terms.size() == 1 ? terms.get(0) : new Expr.Sum(terms),
                Set.of(), factors, several);
    }

    /** One chain-rule route from the loss down to a neuron's z: its factors and the neurons it passes through. */
    private record Route(List<Factor> factors, List<String> via) {}

    /** Every route from the loss down to neuron n's z; null when there are too many to show. */
    private List<Route> routesTo(String n) {
        int l = layerOf(n);
        String a = "{a:" + n + "}";
        Factor local = factor("∂" + a + "/∂{z:" + n + "}", ref("dact:" + n));
        if (l == net.layers().size() - 1) {
            return List.of(new Route(List.of(factor("∂{L}/∂" + a, ref("dloss:" + n)), local), List.of()));
        }
        Layer next = net.layers().get(l + 1);
        int j = net.layers().get(l).neurons().indexOf(n);
        List<Route> routes = new ArrayList<>();
        for (int k = 0; k < next.size(); k++) {
            String m = next.neurons().get(k);
            String w = next.weightIds().get(k).get(j);
            List<Route> further = routesTo(m);
            if (further == null) return null;
            for (Route route : further) {
                List<Factor> fs = new ArrayList<>(route.factors());
                fs.add(factor("∂{z:" + m + "}/∂" + a + " (= {" + w + "})", param(w)));
                fs.add(local);
                List<String> via = new ArrayList<>(List.of("{" + m + "}"));
                via.addAll(route.via());
                routes.add(new Route(fs, via));
                if (routes.size() > MAX_PATHS) return null;
            }
        }
        return routes;
    }

    /** A route's product, and the product of its shown factors written as the trace writes its values. */
    private Quantity.Path path(List<Factor> fs, String via) {
        double product = 1;
        BigDecimal shown = BigDecimal.ONE;
        for (Factor f : fs) {
            product *= f.value();
            BigDecimal s = Numbers.parse(f.shown());
            shown = shown.multiply(s == null ? BigDecimal.valueOf(f.value()) : s);
        }
        return new Quantity.Path(fs, precision.round(product), Numbers.computed(precision.round(shown.doubleValue()), precision), via);
    }

    private Factor factor(String symbol, Expr expr) {
        double v = expr.value(this::value);
        String shown = expr instanceof Expr.Ref r ? quantities.get(r.key()).result()
                : expr instanceof Expr.Given g ? Numbers.given(g.value()) : ((Expr.Const) expr).written();
        return new Factor(symbol, expr, v, shown);
    }

    private List<Use> usesOf(String p) {
        List<Use> uses = new ArrayList<>();
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            List<String> sources = net.sourcesOf(l);
            for (int j = 0; j < layer.size(); j++) {
                List<String> row = layer.weightIds().get(j);
                for (int i = 0; i < row.size(); i++) {
                    if (row.get(i).equals(p)) uses.add(new Use(layer.neurons().get(j), sources.get(i)));
                }
                if (p.equals(layer.biasIds().get(j))) uses.add(new Use(layer.neurons().get(j), null));
            }
        }
        return uses;
    }

    private int layerOf(String n) {
        for (int l = 0; l < net.layers().size(); l++) if (net.layers().get(l).neurons().contains(n)) return l;
        throw new IllegalStateException("no neuron " + n);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Expr.Ref ref(String key) {
        return new Expr.Ref(key);
    }

    private Expr.Given param(String id) {
        return new Expr.Given("{" + id + "}", params.get(id));
    }

    private Expr.Given target(String o) {
        return new Expr.Given("{t:" + o + "}", example.targets().get(o));
    }

    /** What a source carries: an input as given, a neuron's activation as computed. */
    private Expr valueOf(String id) {
        return net.inputs().contains(id) ? new Expr.Given("{" + id + "}", example.inputs().get(id)) : ref("a:" + id);
    }

    private double value(String key) {
        return quantities.get(key).value();
    }

    private void record(String key, Section section, String symbol, String definition, Expr formula) {
        record(key, section, symbol, definition, formula, Set.of(), List.of(), List.of());
    }

    /** Computes, rounds, checks and stores a quantity, with how it is written and what it depends on. */
    private void record(String key, Section section, String symbol, String definition, Expr formula, Set<String> alsoFrom,
                        List<Factor> factors, List<Quantity.Path> paths) {
        double raw = formula.value(this::value);
        String numbers = ExprText.numbers(formula, k -> quantities.get(k).result());
        checkFinite(key, raw, numbers);
        double v = precision.round(raw);
        String result = Numbers.computed(v, precision);
        Function<String, Double> shownValue = k -> {
            BigDecimal s = Numbers.parse(quantities.get(k).result());
            return s == null ? Double.NaN : s.doubleValue();
        };
        // A cross-entropy is computed from z but written with the rounded ŷ: "=" only where the written numbers give it.
        BigDecimal fromShown = formula instanceof Expr.Call c ? c.decimalAsWritten(shownValue) : formula.decimal(shownValue);
        boolean approximate = fromShown == null || !Numbers.computed(precision.round(fromShown.doubleValue()), precision).equals(result);
        Set<String> deps = new HashSet<>(alsoFrom);
        formula.refs(deps);
        for (Factor f : factors) f.expr().refs(deps);
        for (Quantity.Path path : paths) for (Factor f : path.factors()) f.expr().refs(deps);
        String expanded = ExprText.expanded(formula, k -> quantities.get(k).result(), k -> quantities.get(k).formula());
        quantities.put(key, new Quantity(key, section, v, symbol, definition, formula,
                ExprText.symbols(formula, k -> quantities.get(k).symbol()), expanded, numbers, approximate, result, factors,
                paths, deps));
    }

    private static void checkFinite(String key, double v, String from) {
        if (Double.isNaN(v)) {
            throw new EngineException(key, key + " cannot be computed (it is infinite or undefined), from " + from);
        }
        if (Double.isInfinite(v)) {
            throw new EngineException(key, key + " is infinite (too large to compute), from " + from);
        }
    }
}
