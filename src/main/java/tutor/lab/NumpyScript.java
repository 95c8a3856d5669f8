package tutor.lab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.engine.Activation;
import tutor.engine.Example;
import tutor.engine.Layer;
import tutor.engine.Loss;
import tutor.engine.Network;
import tutor.engine.Notation;

/**
 * A network's one training step as a short Python script with NumPy: the given numbers under the lesson's names,
 * each layer as a matrix, the forward pass, the loss, the backward pass and the update, printing every quantity
 * under its trace key (as `./tutor trace --json` names it) in exact float64: the bridge from hand working to code.
 */
public final class NumpyScript {
    private final Network net;
    private final Map<String, Double> params;
    private final Example example;
    private final Notation notation;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>(RESERVED);
    private final StringBuilder out = new StringBuilder();

    private static final Set<String> RESERVED = Set.of("np", "sigmoid", "show", "x", "t", "eta", "L", "losses", "print",
            "float", "sum", "min", "max", "abs", "len", "range", "list", "dict", "int", "str", "id", "type", "input",
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
            "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private NumpyScript(Network net, Map<String, Double> params, Example example, Notation asciiNotation) {
        this.net = net;
        this.params = params;
        this.example = example;
        this.notation = asciiNotation;
        for (int l = 1; l <= net.layers().size(); l++) {
            for (String n : List.of("W_", "b_", "z_", "a_", "delta_", "dL_da_", "dW_", "db_")) taken.add(n + l);
        }
    }

    /** The script; header lines become its opening comment. The notation should be ASCII (labels in prints). */
    public static String write(Network net, Map<String, Double> params, Example example, Notation asciiNotation,
                               List<String> header) {
        NumpyScript s = new NumpyScript(net, params, example, asciiNotation);
        s.write(header);
        return s.out.toString();
    }

    private void write(List<String> header) {
        line("#!/usr/bin/env python3");
        for (String h : header) line("# " + h);
        line("# Exported by backprop-tutor: one training step in NumPy, every number in exact float64 (the tutor's");
        line("# screens may round them). Each line printed is: trace key, the lesson's name, value.");
        line("import numpy as np");
        line("");
        line("");
        if (uses(Activation.SIGMOID)) {
            line("def sigmoid(z):");
            line("    return 1 / (1 + np.exp(-z))");
            line("");
            line("");
        }
        line("def show(key, name, value):");
        line("    print(f\"{key:<12} {name:<12} {float(value)!r}\")");
        line("");
        line("");
        given();
        matrices();
        forward();
        loss();
        backward();
        gradients();
        update();
    }

    private boolean uses(Activation f) {
        return net.layers().stream().anyMatch(l -> l.activation() == f);
    }

    // ---- names ---------------------------------------------------------------------------------

    /** The Python name of a given number: its ASCII label when that is a name, else its id made into one. */
    private String name(String key, String label, String fallback) {
        String known = names.get(key);
        if (known != null) return known;
        String candidate = identifier(label) ? label : identifier(fallback) ? fallback : fallback.replaceAll("[^A-Za-z0-9_]", "_");
        if (candidate.isEmpty() || Character.isDigit(candidate.charAt(0))) candidate = "v_" + candidate;
        while (taken.contains(candidate) || taken.contains("dL_d" + candidate) || taken.contains(candidate + "_new")) {
            candidate = candidate + "_";
        }
        taken.add(candidate);
        taken.add("dL_d" + candidate);
        taken.add(candidate + "_new");
        names.put(key, candidate);
        return candidate;
    }

    private static boolean identifier(String s) {
        return s != null && s.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    private String param(String id) {
        return name(id, notation.label(null, id), id);
    }

    private String input(String id) {
        return name(id, notation.label(null, id), id);
    }

    private String target(String o) {
        return name("t:" + o, notation.label("t", o), "t_" + o);
    }

    private String label(String template) {
        return notation.render(template).replace("\"", "'");
    }

    // ---- the script, part by part ----------------------------------------------------------------

    private void given() {
        line("# The given numbers, named as in the lesson");
        for (String in : net.inputs()) line(input(in) + " = " + number(example.inputs().get(in)));
        for (String p : net.parameterIds()) line(param(p) + " = " + number(params.get(p)));
        for (String o : net.outputs()) {
            line(target(o) + " = " + number(example.targets().get(o)) + "  # target of " + label("{" + o + "}"));
        }
        line("eta = " + number(net.learningRate()) + "  # learning rate");
        line("");
    }

    private void matrices() {
        line("# Each layer as a matrix: row j holds the weights into neuron j");
        line("x = np.array([" + join(net.inputs(), this::input) + "])");
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            int k = l + 1;
            List<String> rows = new ArrayList<>();
            for (List<String> row : layer.weightIds()) rows.add("[" + join(row, this::param) + "]");
            line("W_" + k + " = np.array([" + String.join(", ", rows) + "])  # layer " + k + ": "
                    + label(String.join(", ", braced(layer.neurons()))) + " (" + layer.activation().id() + ")");
            if (hasBiases(layer)) {
                List<String> bs = new ArrayList<>();
                for (String b : layer.biasIds()) bs.add(b == null ? "0.0" : param(b));
                line("b_" + k + " = np.array([" + String.join(", ", bs) + "])" + (shared(layer) ? "  # one bias shared" : ""));
            }
        }
        line("t = np.array([" + join(net.outputs(), this::target) + "])");
        line("");
    }

    private void forward() {
        line("# Forward pass: z = W @ a + b, then the activation");
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            int k = l + 1;
            String in = l == 0 ? "x" : "a_" + l;
            line("z_" + k + " = W_" + k + " @ " + in + (hasBiases(layer) ? " + b_" + k : ""));
            line("a_" + k + " = " + activation(layer.activation(), "z_" + k));
            for (int j = 0; j < layer.size(); j++) {
                String n = layer.neurons().get(j);
                show("z:" + n, "{z:" + n + "}", "z_" + k + "[" + j + "]");
                show("a:" + n, "{a:" + n + "}", "a_" + k + "[" + j + "]");
            }
        }
        line("");
    }

    private void loss() {
        int last = net.layers().size();
        int n = net.outputs().size();
        String a = "a_" + last;
        String z = "z_" + last;
        line("# Loss: " + tutor.engine.Ascii.transliterate(net.loss().formula().replace("²", "**2")));
        line("losses = " + switch (net.loss()) {
            case HALF_SSE -> "0.5 * (t - " + a + ") ** 2";
            case SSE -> "(t - " + a + ") ** 2";
            case MSE -> "(t - " + a + ") ** 2 / " + n;
            case BINARY_CROSS_ENTROPY -> sigmoidOutput()
                    ? "t * np.logaddexp(0, -" + z + ") + (1 - t) * np.logaddexp(0, " + z + ")  # from z: exact near 0 and 1"
                    : "-(t * np.log(" + a + ") + (1 - t) * np.log(1 - " + a + "))";
        });
        line("L = losses.sum()");
        if (n > 1) {
            for (int o = 0; o < n; o++) show("loss:" + net.outputs().get(o), "{loss:" + net.outputs().get(o) + "}", "losses[" + o + "]");
        }
        show("loss", "{L}", "L");
        line("");
    }

    private void backward() {
        int last = net.layers().size();
        int n = net.outputs().size();
        String a = "a_" + last;
        line("# Backward pass: delta = dL/dz, from the output back, with the weights as they were");
        line("dL_da_" + last + " = " + switch (net.loss()) {
            case HALF_SSE -> a + " - t";
            case SSE -> "-2 * (t - " + a + ")";
            case MSE -> "-2 * (t - " + a + ") / " + n;
            case BINARY_CROSS_ENTROPY -> "(" + a + " - t) / (" + a + " * (1 - " + a + "))";
        });
        Layer out = net.outputLayer();
        for (int o = 0; o < n; o++) {
            show("dloss:" + out.neurons().get(o), "dL/d{a:" + out.neurons().get(o) + "}", "dL_da_" + last + "[" + o + "]");
        }
        if (net.loss() == Loss.BINARY_CROSS_ENTROPY && sigmoidOutput()) {
            line("delta_" + last + " = " + a + " - t  # the loss's slope and the sigmoid's cancel to y^ - y");
            slopes(out, last);
        } else {
            slopes(out, last);
            line("delta_" + last + " = dL_da_" + last + " * " + slope(out.activation(), last));
        }
        deltas(out, last);
        for (int k = last - 1; k >= 1; k--) {
            Layer layer = net.layers().get(k - 1);
            line("dL_da_" + k + " = W_" + (k + 1) + ".T @ delta_" + (k + 1) + "  # each neuron adds up its paths");
            for (int j = 0; j < layer.size(); j++) {
                String nn = layer.neurons().get(j);
                show("dA:" + nn, "dL/d{a:" + nn + "}", "dL_da_" + k + "[" + j + "]");
            }
            slopes(layer, k);
            line("delta_" + k + " = dL_da_" + k + " * " + slope(layer.activation(), k));
            deltas(layer, k);
        }
        line("");
    }

    private void slopes(Layer layer, int k) {
        for (int j = 0; j < layer.size(); j++) {
            String n = layer.neurons().get(j);
            String s = slope(layer.activation(), k);
            show("dact:" + n, "d{a:" + n + "}/d{z:" + n + "}", s.equals("1.0") ? "1.0" : "(" + s + ")[" + j + "]");
        }
    }

    private void deltas(Layer layer, int k) {
        for (int j = 0; j < layer.size(); j++) {
            String n = layer.neurons().get(j);
            show("delta:" + n, "{delta:" + n + "}", "delta_" + k + "[" + j + "]");
        }
    }

    private void gradients() {
        line("# Gradients: dL/dW = delta times the layer's input, dL/db = delta; a parameter used twice adds both");
        for (int l = 0; l < net.layers().size(); l++) {
            int k = l + 1;
            line("dW_" + k + " = np.outer(delta_" + k + ", " + (l == 0 ? "x" : "a_" + l) + ")");
            if (hasBiases(net.layers().get(l))) line("db_" + k + " = delta_" + k);
        }
        for (String p : net.parameterIds()) {
            List<String> uses = new ArrayList<>();
            for (int l = 0; l < net.layers().size(); l++) {
                Layer layer = net.layers().get(l);
                for (int j = 0; j < layer.size(); j++) {
                    List<String> row = layer.weightIds().get(j);
                    for (int i = 0; i < row.size(); i++) if (row.get(i).equals(p)) uses.add("dW_" + (l + 1) + "[" + j + ", " + i + "]");
                    if (p.equals(layer.biasIds().get(j))) uses.add("db_" + (l + 1) + "[" + j + "]");
                }
            }
            line("dL_d" + param(p) + " = " + String.join(" + ", uses));
            show("grad:" + p, "dL/d{" + p + "}", "dL_d" + param(p));
        }
        line("");
    }

    private void update() {
        line("# Update: every parameter moves against its gradient, all at once");
        for (String p : net.parameterIds()) {
            line(param(p) + "_new = " + param(p) + " - eta * dL_d" + param(p));
            show("new:" + p, "{" + p + "}_new", param(p) + "_new");
        }
    }

    // ---- pieces ----------------------------------------------------------------------------------

    private String activation(Activation f, String z) {
        return switch (f) {
            case SIGMOID -> "sigmoid(" + z + ")";
            case TANH -> "np.tanh(" + z + ")";
            case RELU -> "np.maximum(" + z + ", 0.0)";
            case LEAKY_RELU -> "np.where(" + z + " > 0, " + z + ", 0.01 * " + z + ")";
            case IDENTITY -> z + ".copy()";
        };
    }

    /** The activation's slope at layer k, as a vector expression ("1.0" for the identity). */
    private static String slope(Activation f, int k) {
        String a = "a_" + k;
        String z = "z_" + k;
        return switch (f) {
            case SIGMOID -> a + " * (1 - " + a + ")";
            case TANH -> "1 - " + a + " ** 2";
            case RELU -> "np.where(" + z + " > 0, 1.0, 0.0)";
            case LEAKY_RELU -> "np.where(" + z + " > 0, 1.0, 0.01)";
            case IDENTITY -> "1.0";
        };
    }

    private boolean sigmoidOutput() {
        return net.outputLayer().activation() == Activation.SIGMOID;
    }

    private static boolean hasBiases(Layer layer) {
        return layer.biasIds().stream().anyMatch(b -> b != null);
    }

    private static boolean shared(Layer layer) {
        List<String> bs = layer.biasIds().stream().filter(b -> b != null).toList();
        return bs.size() > 1 && new HashSet<>(bs).size() < bs.size();
    }

    private void show(String key, String labelTemplate, String value) {
        line("show(\"" + key + "\", \"" + label(labelTemplate) + "\", " + value + ")");
    }

    private static List<String> braced(List<String> ids) {
        return ids.stream().map(i -> "{" + i + "}").toList();
    }

    private static String join(List<String> ids, java.util.function.Function<String, String> f) {
        return String.join(", ", ids.stream().map(f).toList());
    }

    /** A float literal Python reads back as the same double. */
    static String number(double v) {
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        if (s.length() > 24) s = Double.toString(v);
        return s.contains(".") || s.contains("E") ? s : s + ".0";
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
