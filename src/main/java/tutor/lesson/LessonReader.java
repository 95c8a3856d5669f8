package tutor.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.engine.Activation;
import tutor.engine.Example;
import tutor.engine.Layer;
import tutor.engine.Loss;
import tutor.engine.Network;
import tutor.engine.Notation;
import tutor.engine.Precision;

/**
 * Turns a JSON tree into a Lesson, collecting every problem with its place rather than stopping at
 * the first, so a teacher fixes a file in one pass. Returns null for the lesson when anything is wrong.
 */
final class LessonReader {
    private final JsonFields in;
    private final StepReader stepReader;

    private LessonReader(String file) {
        this.in = new JsonFields(file);
        this.stepReader = new StepReader(in);
    }

    record Result(Lesson lesson, List<Problem> problems) {}

    static Result read(String file, Json.Node root) {
        LessonReader r = new LessonReader(file);
        Lesson lesson = r.lesson(root);
        return new Result(r.in.problems().isEmpty() ? lesson : null, List.copyOf(r.in.problems()));
    }

    // Compiled once: a lesson has dozens of figures, and String.matches compiles its pattern on every call.
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final java.util.regex.Pattern PAPER = java.util.regex.Pattern.compile("paper:([0-9]|1[0-2])");
    private static final java.util.regex.Pattern STATED = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private static final Set<String> TOP = Set.of("$schema", "id", "title", "source", "summary", "network",
            "parameters", "examples", "labels", "paper", "steps", "figures", "errata", "assumptions",
            "practice");

    private Lesson lesson(Json.Node root) {
        Json.Obj o = in.object(root, "a lesson object");
        if (o == null) return null;
        in.known(o, TOP);
        String id = in.string(o, "id", true, Limits.ID);
        if (id != null && !ID.matcher(id).matches()) {
            in.problem(o.fields().get("id"), "expected an id of letters, digits, - and _ (it is typed on the command line)");
        }
        String title = in.string(o, "title", true, Limits.TITLE);
        String source = PracticeRulesReader.sourceTitle(in, o);
        String summary = in.string(o, "summary", false, Limits.PROSE);
        Network net = network(o.fields().get("network"), o);
        Map<String, Double> params = in.numberMap(o, "parameters", true);
        if (net != null && params != null) {
            Json.Node at = o.fields().get("parameters");
            Json.Obj given = (Json.Obj) at;
            for (String p : net.parameterIds()) {
                if (!given.fields().containsKey(p)) in.problem(at, "no value for parameter " + p + "; expected \"" + p + "\": a number");
            }
            for (String p : given.fields().keySet()) {
                if (!net.parameterIds().contains(p)) in.problem(in.field(at, p), "no weight or bias of the network is called " + p);
            }
        }
        List<Example> examples = examples(o, net);
        Map<String, Notation.Label> labels = labels(o);
        Precision precision = Precision.EXACT;
        Json.Node paper = o.fields().get("paper");
        if (paper != null) {
            Integer n = in.integer(paper, 0, 12, "the number of decimals of paper mode");
            if (n != null) precision = Precision.paper(n);
        }
        List<Step> steps = in.objects(o.fields().get("steps"), "steps", Limits.STEPS, "a step object", stepReader::step);
        List<Lesson.Figure> figures = in.objects(o.fields().get("figures"), "figures", Limits.FIGURES, "a figure object with key, stated and mode",
                this::figure);
        List<Lesson.Erratum> errata = in.objects(o.fields().get("errata"), "errata", Limits.ERRATA, "an erratum object with key, stated and note",
                this::erratum);
        List<String> assumptions = in.strings(o.fields().get("assumptions"), "assumptions", Limits.PROSE, Limits.ASSUMPTIONS);
        PracticeRules practice = PracticeRulesReader.read(in, o.fields().get("practice"), net, stepReader.practiceTexts());
        if (!in.problems().isEmpty()) return null;
        return new Lesson(id, title, source, in.file(), summary, net, params, examples, labels, precision, steps, figures,
                errata, assumptions, practice);
    }

    // ---- the network ---------------------------------------------------------------------------

    private Network network(Json.Node node, Json.Obj parent) {
        if (node == null) {
            in.problem(parent, "missing field \"network\"; expected an object with inputs, layers, loss and learningRate");
            return null;
        }
        Json.Obj o = in.object(node, "an object with inputs, layers, loss and learningRate");
        if (o == null) return null;
        in.known(o, Set.of("inputs", "layers", "loss", "learningRate"));
        int before = in.problems().size();
        List<String> inputs = in.strings(o.fields().get("inputs"), "inputs", Limits.ID, Limits.INPUTS);
        for (String input : inputs) networkId(o.fields().get("inputs"), input);
        if (o.fields().get("inputs") == null) in.problem(o, "missing field \"inputs\"; expected an array of input ids");
        else if (inputs.isEmpty()) in.problem(o.fields().get("inputs"), "expected at least one input");
        Set<String> ids = new LinkedHashSet<>(inputs);
        if (ids.size() != inputs.size()) in.problem(o.fields().get("inputs"), "an input id is listed twice");
        List<Layer> layers = new ArrayList<>();
        Json.Node layersNode = o.fields().get("layers");
        if (layersNode == null) {
            in.problem(o, "missing field \"layers\"; expected an array of layers");
        } else if (layersNode instanceof Json.Arr arr) {
            if (arr.items().isEmpty()) in.problem(arr, "expected at least one layer");
            if (in.fits(arr, Limits.LAYERS, "layers") && sizesFit(arr, inputs.size())) {
                int sources = inputs.size();
                for (Json.Node ln : arr.items()) {
                    Layer layer = layer(ln, sources, ids);
                    if (layer != null) layers.add(layer);
                    // Count on with the neurons as written, so one bad layer does not make the next one look wrong.
                    if (ln instanceof Json.Obj lo && lo.fields().get("neurons") instanceof Json.Arr na) sources = na.items().size();
                }
            }
        } else {
            in.expected(layersNode, "an array of layers");
        }
        Loss loss = null;
        String lossId = in.string(o, "loss", true, Limits.KEY);
        if (lossId != null) {
            loss = Loss.fromId(lossId);
            if (loss == null) in.problem(o.fields().get("loss"), "unknown loss \"" + lossId + "\"; expected one of " + Loss.knownIds());
        }
        Double eta = in.number(o, "learningRate", true);
        if (eta != null && eta <= 0) in.problem(o.fields().get("learningRate"), "expected a learning rate above 0");
        if (in.problems().size() != before) return null;
        return new Network(inputs, layers, loss, eta);
    }

    private Layer layer(Json.Node node, int sources, Set<String> ids) {
        Json.Obj o = in.object(node, "a layer object with activation and neurons");
        if (o == null) return null;
        in.known(o, Set.of("name", "activation", "neurons"));
        int before = in.problems().size();
        Activation activation = null;
        String act = in.string(o, "activation", true, Limits.KEY);
        if (act != null) {
            activation = Activation.fromId(act);
            if (activation == null) {
                in.problem(o.fields().get("activation"), "unknown activation \"" + act + "\"; expected one of "
                        + Activation.knownIds());
            }
        }
        List<String> neurons = new ArrayList<>();
        List<List<String>> weights = new ArrayList<>();
        List<String> biases = new ArrayList<>();
        Json.Node ns = o.fields().get("neurons");
        if (ns == null) {
            in.problem(o, "missing field \"neurons\"; expected an array of neurons");
        } else if (ns instanceof Json.Arr arr) {
            if (arr.items().isEmpty()) in.problem(arr, "expected at least one neuron");
            for (Json.Node nn : arr.items()) {
                Json.Obj n = in.object(nn, "a neuron object with id and weights");
                if (n == null) continue;
                in.known(n, Set.of("id", "weights", "bias"));
                String id = networkId(n.fields().get("id"), in.string(n, "id", true, Limits.ID));
                if (id != null && !ids.add(id)) in.problem(n.fields().get("id"), "the id " + id + " is used twice");
                List<String> row = in.strings(n.fields().get("weights"), "weight ids", Limits.ID, Math.max(Limits.INPUTS, Limits.NEURONS_PER_LAYER));
                for (String w : row) networkId(n.fields().get("weights"), w);
                if (n.fields().get("weights") == null) {
                    in.problem(n, "missing field \"weights\"; expected " + sources + " weight ids, one per source");
                } else if (row.size() != sources) {
                    in.problem(n.fields().get("weights"), "expected " + sources + " weight ids (one per neuron of the layer "
                            + "before, or per input), found " + row.size());
                }
                String bias = networkId(n.fields().get("bias"), in.string(n, "bias", false, Limits.ID));
                neurons.add(id);
                weights.add(row);
                biases.add(bias);
            }
        } else {
            in.expected(ns, "an array of neurons");
        }
        if (in.problems().size() != before) return null;
        return new Layer(neurons, activation, weights, biases);
    }

    /**
     * Whether the layers, as written, stay within the limits on neurons and weights; if not, one problem that says
     * so, before any of them is read further (a 2-6000-1 network is refused here, not after a minute of arithmetic).
     */
    private boolean sizesFit(Json.Arr layers, int inputs) {
        int neurons = 0;
        long weights = 0;
        int sources = inputs;
        for (Json.Node ln : layers.items()) {
            if (!(ln instanceof Json.Obj lo && lo.fields().get("neurons") instanceof Json.Arr na)) continue;
            int size = na.items().size();
            if (size > Limits.NEURONS_PER_LAYER) {
                in.problem(na, "this layer has " + size + " neurons; a layer may have at most " + Limits.NEURONS_PER_LAYER);
                return false;
            }
            neurons += size;
            weights += (long) size * sources;
            sources = size;
        }
        if (neurons > Limits.NEURONS) {
            in.problem(layers, "the network has " + neurons + " neurons; a lesson may have at most " + Limits.NEURONS);
            return false;
        }
        if (weights > Limits.WEIGHTS) {
            in.problem(layers, "the network has " + weights + " weights (connections); a lesson may have at most " + Limits.WEIGHTS);
            return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern NETWORK_ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * An input, neuron, weight or bias id: letters, digits and _, starting with a letter, since it is written in
     * keys (a:h1), narration ({w1}) and expressions (1 - a:o). Returns the id (null stays null).
     */
    private String networkId(Json.Node at, String id) {
        if (id != null && !NETWORK_ID.matcher(id).matches()) {
            in.problem(at, "the id " + JsonFields.quote(id) + " may hold only letters, digits and _, starting with a letter");
        }
        return id;
    }

    // ---- examples and labels -------------------------------------------------------------------

    private List<Example> examples(Json.Obj o, Network net) {
        Json.Node node = o.fields().get("examples");
        List<Example> out = new ArrayList<>();
        if (node == null) {
            in.problem(o, "missing field \"examples\"; expected an array with at least one example");
            return out;
        }
        if (!(node instanceof Json.Arr arr)) {
            in.expected(node, "an array of examples");
            return out;
        }
        if (arr.items().isEmpty()) in.problem(arr, "expected at least one example");
        if (!in.fits(arr, Limits.EXAMPLES, "examples")) return out;
        for (Json.Node en : arr.items()) {
            Json.Obj e = in.object(en, "an example object with inputs and targets");
            if (e == null) continue;
            in.known(e, Set.of("name", "inputs", "targets"));
            String name = in.string(e, "name", false, Limits.NAME);
            Map<String, Double> inputs = in.numberMap(e, "inputs", true);
            Map<String, Double> targets = in.numberMap(e, "targets", true);
            if (net != null && inputs != null) {
                sameKeys(e.fields().get("inputs"), inputs.keySet(), net.inputs(), "input");
            }
            if (net != null && targets != null) {
                sameKeys(e.fields().get("targets"), targets.keySet(), net.outputs(), "output");
            }
            if (inputs != null && targets != null) {
                out.add(new Example(name == null ? "example " + (out.size() + 1) : name, inputs, targets));
            }
        }
        return out;
    }

    private void sameKeys(Json.Node at, Set<String> given, List<String> wanted, String what) {
        for (String w : wanted) if (!given.contains(w)) in.problem(at, "no value for " + what + " " + w);
        for (String g : given) if (!wanted.contains(g)) in.problem(in.field(at, g), "the network has no " + what + " " + g);
    }

    private Map<String, Notation.Label> labels(Json.Obj o) {
        Map<String, Notation.Label> out = new LinkedHashMap<>();
        Json.Node node = o.fields().get("labels");
        if (node == null) return out;
        Json.Obj labels = in.object(node, "an object of labels");
        if (labels == null) return out;
        if (labels.fields().size() > Limits.LABELS) {
            in.problem(labels, "there are " + labels.fields().size() + " labels; a lesson may have at most " + Limits.LABELS);
            return out;
        }
        for (Map.Entry<String, Json.Node> e : labels.fields().entrySet()) {
            Json.Node v = e.getValue();
            if (v instanceof Json.Str s) {
                String label = in.checked(s, Limits.LABEL);
                if (label != null) out.put(e.getKey(), new Notation.Label(label, tutor.engine.Ascii.transliterate(label)));
            } else if (v instanceof Json.Obj lo) {
                in.known(lo, Set.of("unicode", "ascii"));
                String u = in.string(lo, "unicode", true, Limits.LABEL);
                String a = in.string(lo, "ascii", true, Limits.LABEL);
                if (a != null && !a.chars().allMatch(c -> c >= 32 && c < 127)) {
                    in.problem(lo.fields().get("ascii"), "expected plain ASCII characters only");
                }
                if (u != null && a != null) out.put(e.getKey(), new Notation.Label(u, a));
            } else {
                in.expected(v, "a label: a string, or an object with unicode and ascii");
            }
        }
        return out;
    }

    // ---- steps, quizzes, figures, errata ----------------------------------------------------------

    private Lesson.Figure figure(Json.Obj f) {
        in.known(f, Set.of("key", "stated", "mode", "example"));
        String key = in.string(f, "key", true, Limits.KEY);
        String stated = statedFigure(f);
        String mode = in.string(f, "mode", true, Limits.KEY);
        Precision p = null;
        if (mode != null) {
            if (mode.equals("exact")) p = Precision.EXACT;
            else if (PAPER.matcher(mode).matches()) p = Precision.paper(Integer.parseInt(mode.substring(6)));
            else in.problem(f.fields().get("mode"), "expected \"exact\" or \"paper:N\" (N decimals, 0 to 12)");
        }
        int example = in.exampleIndex(f);
        return key == null || stated == null || p == null ? null : new Lesson.Figure(key, stated, p, example, f.where());
    }

    private Lesson.Erratum erratum(Json.Obj e) {
        in.known(e, Set.of("key", "stated", "note", "label", "example"));
        String key = in.string(e, "key", true, Limits.KEY);
        String stated = statedFigure(e);
        String note = in.string(e, "note", true, Limits.PROSE);
        String label = in.string(e, "label", false, Limits.LINE);
        int example = in.exampleIndex(e);
        return key == null || stated == null || note == null ? null
                : new Lesson.Erratum(key, stated, note, label, example, e.where());
    }

    /** A stated figure is kept as text, so its printed precision (trailing zeros too) is not lost. */
    private String statedFigure(Json.Obj o) {
        String s = in.string(o, "stated", true, Limits.STATED);
        if (s != null && !STATED.matcher(s).matches()) {
            in.problem(o.fields().get("stated"), "expected the figure as the document prints it, e.g. \"0.7514\"");
            return null;
        }
        return s;
    }
}
