package tutor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training step on one example, worked as on paper: the forward pass, the loss, every δ and
 * gradient computed with the old parameters, then all parameters updated at once (W ← W − η·∂L/∂W).
 * Each quantity is rounded as the precision says before anything else uses it.
 */
public final class Backprop {

    /** Beyond this many chain-rule paths a gradient is explained by its δ alone. */
    static final int MAX_PATHS = 8;

    private final Network net;
    private final Map<String, Double> params;
    private final Example example;
    private final Precision precision;
    private final Map<String, Quantity> quantities = new LinkedHashMap<>();
    /** Activation of every input and neuron by id. */
    private final Map<String, Double> activation = new HashMap<>();
    private final Map<String, Double> z = new HashMap<>();
    private final Map<String, Double> delta = new HashMap<>();
    private final Map<String, Double> dact = new HashMap<>();
    private final Map<String, Double> dloss = new HashMap<>();

    private Backprop(Network net, Map<String, Double> params, Example example, Precision precision) {
        this.net = net;
        this.params = params;
        this.example = example;
        this.precision = precision;
    }

    public static Trace trace(Network net, Map<String, Double> params, Example example, Precision precision) {
        String missing = net.firstMissing(params, example.inputs());
        if (missing != null) throw new IllegalArgumentException("no value for " + missing);
        for (String out : net.outputs()) {
            if (!example.targets().containsKey(out)) throw new IllegalArgumentException("no target for output " + out);
        }
        Backprop b = new Backprop(net, params, example, precision);
        b.forward();
        b.loss();
        b.backward();
        b.gradientsAndUpdates();
        return new Trace(net, example, precision, params, b.quantities);
    }

    // ---- forward -------------------------------------------------------------------------------

    private void forward() {
        for (String in : net.inputs()) {
            double v = example.inputs().get(in);
            checkFinite("input:" + in, v, "input " + in);
            activation.put(in, v);
        }
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            List<String> sources = net.sourcesOf(l);
            for (int j = 0; j < layer.size(); j++) {
                String n = layer.neurons().get(j);
                List<String> symbols = new ArrayList<>();
                List<String> numbers = new ArrayList<>();
                double sum = 0;
                for (int i = 0; i < sources.size(); i++) {
                    String w = layer.weightIds().get(j).get(i);
                    String s = sources.get(i);
                    sum += params.get(w) * activation.get(s);
                    symbols.add("{" + w + "}·" + valueToken(s));
                    numbers.add("(" + Numbers.given(params.get(w)) + ")(" + written(s) + ")");
                }
                String b = layer.biasIds().get(j);
                if (b != null) {
                    sum += params.get(b);
                    symbols.add("{" + b + "}");
                    numbers.add(Numbers.given(params.get(b)));
                }
                double zv = record("z:" + n, Section.FORWARD, sum, "{z:" + n + "}",
                        String.join(" + ", symbols), String.join(" + ", numbers), List.of(), List.of());
                z.put(n, zv);
                activate(n, layer.activation(), zv);
            }
        }
    }

    private void activate(String n, Activation f, double zv) {
        String zText = Numbers.computed(zv, precision);
        String substituted;
        if (f == Activation.SIGMOID) {
            double e = Math.exp(-zv);
            String shown = Double.isFinite(e) ? Numbers.computed(precision.round(e), precision) : "∞";
            if (Double.isFinite(e)) {
                record("expneg:" + n, Section.FORWARD, e, "e^(−{z:" + n + "})", "", "e^(" + neg(zText) + ")",
                        List.of(), List.of());
            }
            substituted = "σ(" + zText + ") = 1 / (1 + " + shown + ")";
        } else if (f == Activation.RELU) {
            substituted = "max(0, " + zText + ")";
        } else if (f == Activation.LEAKY_RELU) {
            substituted = zv > 0 ? zText : "0.01 × " + Numbers.factor(zText);
        } else if (f == Activation.TANH) {
            substituted = "tanh(" + zText + ")";
        } else {
            substituted = zText;
        }
        double a = record("a:" + n, Section.FORWARD, f.apply(zv), "{a:" + n + "}",
                f.symbol() + "({z:" + n + "})", substituted, List.of(), List.of());
        activation.put(n, a);
    }

    private static String neg(String number) {
        return number.startsWith("-") ? number.substring(1) : "-" + number;
    }

    // ---- loss ----------------------------------------------------------------------------------

    private void loss() {
        List<String> outs = net.outputs();
        int count = outs.size();
        Loss loss = net.loss();
        if (count == 1) {
            String o = outs.get(0);
            double t = example.targets().get(o);
            record("loss", Section.LOSS, loss.term(t, activation.get(o), count), "{L}",
                    loss.termSymbolic("{t:" + o + "}", "{a:" + o + "}", count),
                    loss.termSymbolic(Numbers.given(t), written(o), count), List.of(), List.of());
            return;
        }
        List<String> symbols = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        double total = 0;
        for (String o : outs) {
            double t = example.targets().get(o);
            double term = record("loss:" + o, Section.LOSS, loss.term(t, activation.get(o), count),
                    "{loss:" + o + "}", loss.termSymbolic("{t:" + o + "}", "{a:" + o + "}", count),
                    loss.termSymbolic(Numbers.given(t), written(o), count), List.of(), List.of());
            total += term;
            symbols.add("{loss:" + o + "}");
            numbers.add(Numbers.computed(term, precision));
        }
        record("loss", Section.LOSS, total, "{L}", String.join(" + ", symbols), String.join(" + ", numbers),
                List.of(), List.of());
    }

    // ---- backward ------------------------------------------------------------------------------

    private void backward() {
        int last = net.layers().size() - 1;
        Layer out = net.outputLayer();
        int count = out.size();
        for (String o : out.neurons()) {
            double t = example.targets().get(o);
            double y = activation.get(o);
            double d = record("dloss:" + o, Section.BACKWARD, net.loss().derivative(t, y, count),
                    "∂{L}/∂{a:" + o + "}", net.loss().derivativeSymbolic("{t:" + o + "}", "{a:" + o + "}", count),
                    net.loss().derivativeSymbolic(Numbers.given(t), written(o), count), List.of(), List.of());
            dloss.put(o, d);
            localDerivative(o, out.activation());
            double dl = record("delta:" + o, Section.BACKWARD, d * dact.get(o), "{delta:" + o + "}",
                    "∂{L}/∂{a:" + o + "} · ∂{a:" + o + "}/∂{z:" + o + "}",
                    product(List.of(d, dact.get(o))),
                    List.of(new Factor("∂{L}/∂{a:" + o + "}", d), new Factor("∂{a:" + o + "}/∂{z:" + o + "}", dact.get(o))),
                    List.of());
            delta.put(o, dl);
        }
        for (int l = last - 1; l >= 0; l--) {
            Layer layer = net.layers().get(l);
            Layer next = net.layers().get(l + 1);
            for (int j = 0; j < layer.size(); j++) {
                String n = layer.neurons().get(j);
                List<String> symbols = new ArrayList<>();
                List<String> numbers = new ArrayList<>();
                double sum = 0;
                for (int k = 0; k < next.size(); k++) {
                    String w = next.weightIds().get(k).get(j);
                    String m = next.neurons().get(k);
                    sum += params.get(w) * delta.get(m);
                    symbols.add("{" + w + "}·{delta:" + m + "}");
                    numbers.add("(" + Numbers.given(params.get(w)) + ")(" + Numbers.computed(delta.get(m), precision) + ")");
                }
                double da = record("dA:" + n, Section.BACKWARD, sum, "∂{L}/∂{a:" + n + "}",
                        String.join(" + ", symbols), String.join(" + ", numbers), List.of(), List.of());
                localDerivative(n, layer.activation());
                double dl = record("delta:" + n, Section.BACKWARD, da * dact.get(n), "{delta:" + n + "}",
                        "∂{L}/∂{a:" + n + "} · ∂{a:" + n + "}/∂{z:" + n + "}", product(List.of(da, dact.get(n))),
                        List.of(new Factor("∂{L}/∂{a:" + n + "}", da), new Factor("∂{a:" + n + "}/∂{z:" + n + "}", dact.get(n))),
                        List.of());
                delta.put(n, dl);
            }
        }
    }

    private void localDerivative(String n, Activation f) {
        String a = "{a:" + n + "}";
        double av = activation.get(n);
        String substituted = switch (f) {
            case SIGMOID -> written(n) + " × (1 − " + written(n) + ")";
            case TANH -> "1 − " + Numbers.factor(written(n)) + "²";
            case RELU, LEAKY_RELU -> "z = " + Numbers.computed(z.get(n), precision)
                    + (z.get(n) > 0 ? " > 0" : " ≤ 0");
            case IDENTITY -> "1";
        };
        String formula = f == Activation.SIGMOID ? a + " × (1 − " + a + ")" : f.derivativeSymbolic(a);
        double d = record("dact:" + n, Section.BACKWARD, f.derivative(z.get(n), av), "∂" + a + "/∂{z:" + n + "}",
                formula, substituted, List.of(), List.of());
        dact.put(n, d);
    }

    // ---- gradients and the update ----------------------------------------------------------------

    /** Where a parameter is used: the neuron it feeds and the source it multiplies (null for a bias). */
    private record Use(String neuron, int layer, String source) {}

    private void gradientsAndUpdates() {
        List<String> ids = net.parameterIds();
        Map<String, Double> gradients = new LinkedHashMap<>();
        for (String p : ids) gradients.put(p, gradient(p));
        double eta = net.learningRate();
        for (String p : ids) {
            double g = gradients.get(p);
            double old = params.get(p);
            String gText = Numbers.computed(g, precision);
            double step = record("step:" + p, Section.UPDATE, eta * g, "η·∂{L}/∂{" + p + "}", "",
                    Numbers.given(eta) + " × " + Numbers.factor(gText), List.of(), List.of());
            double updated = record("new:" + p, Section.UPDATE, old - step, "{new:" + p + "}",
                    "{" + p + "} − η·∂L/∂{" + p + "}",
                    Numbers.given(old) + " − " + Numbers.factor(Numbers.computed(step, precision)), List.of(), List.of());
            record("change:" + p, Section.UPDATE, updated - old, "Δ{" + p + "}", "{new:" + p + "} − {" + p + "}",
                    Numbers.computed(updated, precision) + " − " + Numbers.factor(Numbers.given(old)), List.of(), List.of());
        }
    }

    private double gradient(String p) {
        List<Use> uses = usesOf(p);
        List<String> symbols = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<Quantity.Path> paths = new ArrayList<>();
        double sum = 0;
        boolean tooMany = false;
        for (Use use : uses) {
            double source = use.source == null ? 1.0 : activation.get(use.source);
            sum += delta.get(use.neuron) * source;
            String d = "{delta:" + use.neuron + "}";
            symbols.add(use.source == null ? d : d + "·" + valueToken(use.source));
            String dText = Numbers.factor(Numbers.computed(delta.get(use.neuron), precision));
            numbers.add(use.source == null ? dText : dText + " × " + Numbers.factor(written(use.source)));
            List<Quantity.Path> routes = pathsTo(use.neuron);
            if (routes == null || tooMany) {
                tooMany = true;
                continue;
            }
            String last = use.source == null ? "∂{z:" + use.neuron + "}/∂{" + p + "} (= 1)" : "∂{z:" + use.neuron + "}/∂{" + p + "}";
            for (Quantity.Path route : routes) {
                List<Factor> fs = new ArrayList<>(route.factors());
                fs.add(new Factor(last, source));
                double prod = 1;
                for (Factor f : fs) prod *= f.value();
                String via = uses.size() > 1 ? "{" + use.neuron + "}" + (route.via().isEmpty() ? "" : ", " + route.via()) : route.via();
                paths.add(new Quantity.Path(fs, precision.round(prod), via));
            }
        }
        if (tooMany || paths.size() > MAX_PATHS) paths.clear();
        List<Factor> factors = paths.size() == 1 ? paths.get(0).factors() : List.of();
        List<Quantity.Path> several = paths.size() > 1 ? paths : List.of();
        return record("grad:" + p, Section.BACKWARD, sum, "∂{L}/∂{" + p + "}", String.join(" + ", symbols),
                String.join(" + ", numbers), factors, several);
    }

    private List<Use> usesOf(String p) {
        List<Use> uses = new ArrayList<>();
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            List<String> sources = net.sourcesOf(l);
            for (int j = 0; j < layer.size(); j++) {
                List<String> row = layer.weightIds().get(j);
                for (int i = 0; i < row.size(); i++) {
                    if (row.get(i).equals(p)) uses.add(new Use(layer.neurons().get(j), l, sources.get(i)));
                }
                if (p.equals(layer.biasIds().get(j))) uses.add(new Use(layer.neurons().get(j), l, null));
            }
        }
        return uses;
    }

    /** The chain-rule routes from the loss down to neuron n's z, or null when there are too many to show. */
    private List<Quantity.Path> pathsTo(String n) {
        int l = layerOf(n);
        String a = "{a:" + n + "}";
        Factor local = new Factor("∂" + a + "/∂{z:" + n + "}", dact.get(n));
        if (l == net.layers().size() - 1) {
            return List.of(new Quantity.Path(List.of(new Factor("∂{L}/∂" + a, dloss.get(n)), local), 0, ""));
        }
        Layer next = net.layers().get(l + 1);
        int j = net.layers().get(l).neurons().indexOf(n);
        List<Quantity.Path> routes = new ArrayList<>();
        for (int k = 0; k < next.size(); k++) {
            String m = next.neurons().get(k);
            String w = next.weightIds().get(k).get(j);
            List<Quantity.Path> further = pathsTo(m);
            if (further == null) return null;
            for (Quantity.Path route : further) {
                List<Factor> fs = new ArrayList<>(route.factors());
                fs.add(new Factor("∂{z:" + m + "}/∂" + a + " (= {" + w + "})", params.get(w)));
                fs.add(local);
                String via = "{" + m + "}" + (route.via().isEmpty() ? "" : ", " + route.via());
                routes.add(new Quantity.Path(fs, 0, via));
                if (routes.size() > MAX_PATHS) return null;
            }
        }
        return routes;
    }

    private int layerOf(String n) {
        for (int l = 0; l < net.layers().size(); l++) if (net.layers().get(l).neurons().contains(n)) return l;
        throw new IllegalStateException("no neuron " + n);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** An input is written as given; a neuron's activation as computed. */
    private String written(String id) {
        double v = activation.get(id);
        return net.inputs().contains(id) ? Numbers.given(v) : Numbers.computed(v, precision);
    }

    private String valueToken(String id) {
        return net.inputs().contains(id) ? "{" + id + "}" : "{a:" + id + "}";
    }

    private String product(List<Double> values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) parts.add(Numbers.factor(Numbers.computed(v, precision)));
        return String.join(" × ", parts);
    }

    /** Rounds, checks and stores a quantity; returns the value everything after it uses. */
    private double record(String key, Section section, double raw, String symbol, String formula, String substituted,
                          List<Factor> factors, List<Quantity.Path> paths) {
        checkFinite(key, raw, substituted.isEmpty() ? formula : substituted);
        double v = precision.round(raw);
        quantities.put(key, new Quantity(key, section, v, symbol, formula, substituted, Numbers.computed(v, precision),
                factors, paths));
        return v;
    }

    private static void checkFinite(String key, double v, String from) {
        if (Double.isNaN(v)) {
            throw new EngineException(key, key + " is not a number (NaN), from " + from);
        }
        if (Double.isInfinite(v)) {
            throw new EngineException(key, key + " is infinite (too large to compute), from " + from);
        }
    }
}
