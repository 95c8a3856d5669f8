package tutor.lesson;

import java.util.ArrayList;
import java.util.Arrays;
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
import tutor.engine.Section;

/**
 * Turns a JSON tree into a Lesson, collecting every problem with its place rather than stopping at
 * the first, so a teacher fixes a file in one pass. Returns null for the lesson when anything is wrong.
 */
final class LessonReader {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private LessonReader(String file) {
        this.file = file;
    }

    record Result(Lesson lesson, List<Problem> problems) {}

    static Result read(String file, Json.Node root) {
        LessonReader r = new LessonReader(file);
        Lesson lesson = r.lesson(root);
        return new Result(r.problems.isEmpty() ? lesson : null, List.copyOf(r.problems));
    }

    private static final Set<String> TOP = Set.of("$schema", "id", "title", "source", "summary", "network",
            "parameters", "examples", "labels", "paper", "steps", "figures", "errata", "assumptions");

    private Lesson lesson(Json.Node root) {
        Json.Obj o = object(root, "a lesson object");
        if (o == null) return null;
        known(o, TOP);
        String id = string(o, "id", true);
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            problem(o.fields().get("id"), "expected an id of letters, digits, - and _ (it is typed on the command line)");
        }
        String title = string(o, "title", true);
        String source = string(o, "source", false);
        String summary = string(o, "summary", false);
        Network net = network(o.fields().get("network"), o);
        Map<String, Double> params = numberMap(o, "parameters", true);
        if (net != null && params != null) {
            Json.Node at = o.fields().get("parameters");
            Json.Obj given = (Json.Obj) at;
            for (String p : net.parameterIds()) {
                if (!given.fields().containsKey(p)) problem(at, "no value for parameter " + p + "; expected \"" + p + "\": a number");
            }
            for (String p : given.fields().keySet()) {
                if (!net.parameterIds().contains(p)) problem(field(at, p), "no weight or bias of the network is called " + p);
            }
        }
        List<Example> examples = examples(o, net);
        Map<String, Notation.Label> labels = labels(o);
        Precision precision = Precision.EXACT;
        Json.Node paper = o.fields().get("paper");
        if (paper != null) {
            Integer n = integer(paper, 0, 12, "the number of decimals of paper mode");
            if (n != null) precision = Precision.paper(n);
        }
        List<Step> steps = objects(o.fields().get("steps"), "steps", "a step object", this::step);
        List<Lesson.Figure> figures = objects(o.fields().get("figures"), "figures", "a figure object with key, stated and mode",
                this::figure);
        List<Lesson.Erratum> errata = objects(o.fields().get("errata"), "errata", "an erratum object with key, stated and note",
                this::erratum);
        List<String> assumptions = strings(o.fields().get("assumptions"), "assumptions");
        if (!problems.isEmpty()) return null;
        return new Lesson(id, title, source, file, summary, net, params, examples, labels, precision, steps, figures,
                errata, assumptions);
    }

    // ---- the network ---------------------------------------------------------------------------

    private Network network(Json.Node node, Json.Obj parent) {
        if (node == null) {
            problem(parent, "missing field \"network\"; expected an object with inputs, layers, loss and learningRate");
            return null;
        }
        Json.Obj o = object(node, "an object with inputs, layers, loss and learningRate");
        if (o == null) return null;
        known(o, Set.of("inputs", "layers", "loss", "learningRate"));
        int before = problems.size();
        List<String> inputs = strings(o.fields().get("inputs"), "input ids");
        if (o.fields().get("inputs") == null) problem(o, "missing field \"inputs\"; expected an array of input ids");
        else if (inputs.isEmpty()) problem(o.fields().get("inputs"), "expected at least one input");
        Set<String> ids = new LinkedHashSet<>(inputs);
        if (ids.size() != inputs.size()) problem(o.fields().get("inputs"), "an input id is listed twice");
        List<Layer> layers = new ArrayList<>();
        Json.Node layersNode = o.fields().get("layers");
        if (layersNode == null) {
            problem(o, "missing field \"layers\"; expected an array of layers");
        } else if (layersNode instanceof Json.Arr arr) {
            if (arr.items().isEmpty()) problem(arr, "expected at least one layer");
            int sources = inputs.size();
            for (Json.Node ln : arr.items()) {
                Layer layer = layer(ln, sources, ids);
                if (layer != null) layers.add(layer);
                // Count on with the neurons as written, so one bad layer does not make the next one look wrong.
                if (ln instanceof Json.Obj lo && lo.fields().get("neurons") instanceof Json.Arr na) sources = na.items().size();
            }
        } else {
            expected(layersNode, "an array of layers");
        }
        Loss loss = null;
        String lossId = string(o, "loss", true);
        if (lossId != null) {
            loss = Loss.fromId(lossId);
            if (loss == null) problem(o.fields().get("loss"), "unknown loss \"" + lossId + "\"; expected one of " + Loss.knownIds());
        }
        Double eta = number(o, "learningRate", true);
        if (eta != null && eta <= 0) problem(o.fields().get("learningRate"), "expected a learning rate above 0");
        if (problems.size() != before) return null;
        return new Network(inputs, layers, loss, eta);
    }

    private Layer layer(Json.Node node, int sources, Set<String> ids) {
        Json.Obj o = object(node, "a layer object with activation and neurons");
        if (o == null) return null;
        known(o, Set.of("name", "activation", "neurons"));
        int before = problems.size();
        Activation activation = null;
        String act = string(o, "activation", true);
        if (act != null) {
            activation = Activation.fromId(act);
            if (activation == null) {
                problem(o.fields().get("activation"), "unknown activation \"" + act + "\"; expected one of "
                        + Activation.knownIds());
            }
        }
        List<String> neurons = new ArrayList<>();
        List<List<String>> weights = new ArrayList<>();
        List<String> biases = new ArrayList<>();
        Json.Node ns = o.fields().get("neurons");
        if (ns == null) {
            problem(o, "missing field \"neurons\"; expected an array of neurons");
        } else if (ns instanceof Json.Arr arr) {
            if (arr.items().isEmpty()) problem(arr, "expected at least one neuron");
            for (Json.Node nn : arr.items()) {
                Json.Obj n = object(nn, "a neuron object with id and weights");
                if (n == null) continue;
                known(n, Set.of("id", "weights", "bias"));
                String id = string(n, "id", true);
                if (id != null && !ids.add(id)) problem(n.fields().get("id"), "the id " + id + " is used twice");
                List<String> row = strings(n.fields().get("weights"), "weight ids");
                if (n.fields().get("weights") == null) {
                    problem(n, "missing field \"weights\"; expected " + sources + " weight ids, one per source");
                } else if (row.size() != sources) {
                    problem(n.fields().get("weights"), "expected " + sources + " weight ids (one per neuron of the layer "
                            + "before, or per input), found " + row.size());
                }
                String bias = string(n, "bias", false);
                neurons.add(id);
                weights.add(row);
                biases.add(bias);
            }
        } else {
            expected(ns, "an array of neurons");
        }
        if (problems.size() != before) return null;
        return new Layer(neurons, activation, weights, biases);
    }

    // ---- examples and labels -------------------------------------------------------------------

    private List<Example> examples(Json.Obj o, Network net) {
        Json.Node node = o.fields().get("examples");
        List<Example> out = new ArrayList<>();
        if (node == null) {
            problem(o, "missing field \"examples\"; expected an array with at least one example");
            return out;
        }
        if (!(node instanceof Json.Arr arr)) {
            expected(node, "an array of examples");
            return out;
        }
        if (arr.items().isEmpty()) problem(arr, "expected at least one example");
        for (Json.Node en : arr.items()) {
            Json.Obj e = object(en, "an example object with inputs and targets");
            if (e == null) continue;
            known(e, Set.of("name", "inputs", "targets"));
            String name = string(e, "name", false);
            Map<String, Double> inputs = numberMap(e, "inputs", true);
            Map<String, Double> targets = numberMap(e, "targets", true);
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
        for (String w : wanted) if (!given.contains(w)) problem(at, "no value for " + what + " " + w);
        for (String g : given) if (!wanted.contains(g)) problem(field(at, g), "the network has no " + what + " " + g);
    }

    private Map<String, Notation.Label> labels(Json.Obj o) {
        Map<String, Notation.Label> out = new LinkedHashMap<>();
        Json.Node node = o.fields().get("labels");
        if (node == null) return out;
        Json.Obj labels = object(node, "an object of labels");
        if (labels == null) return out;
        for (Map.Entry<String, Json.Node> e : labels.fields().entrySet()) {
            Json.Node v = e.getValue();
            if (v instanceof Json.Str s) {
                out.put(e.getKey(), new Notation.Label(s.value(), tutor.engine.Ascii.transliterate(s.value())));
            } else if (v instanceof Json.Obj lo) {
                known(lo, Set.of("unicode", "ascii"));
                String u = string(lo, "unicode", true);
                String a = string(lo, "ascii", true);
                if (a != null && !a.chars().allMatch(c -> c >= 32 && c < 127)) {
                    problem(lo.fields().get("ascii"), "expected plain ASCII characters only");
                }
                if (u != null && a != null) out.put(e.getKey(), new Notation.Label(u, a));
            } else {
                expected(v, "a label: a string, or an object with unicode and ascii");
            }
        }
        return out;
    }

    // ---- steps, quizzes, figures, errata ----------------------------------------------------------

    /** Each object of an optional array, read by one function; what it cannot read it skips (with a problem). */
    private <T> List<T> objects(Json.Node node, String what, String itemWhat, java.util.function.Function<Json.Obj, T> each) {
        List<T> out = new ArrayList<>();
        if (node == null) return out;
        if (!(node instanceof Json.Arr arr)) {
            expected(node, "an array of " + what);
            return out;
        }
        for (Json.Node n : arr.items()) {
            Json.Obj o = object(n, itemWhat);
            T item = o == null ? null : each.apply(o);
            if (item != null) out.add(item);
        }
        return out;
    }

    private int exampleIndex(Json.Obj o) {
        return o.fields().containsKey("example") ? orZero(integer(o.fields().get("example"), 0, 99, "an example index")) : 0;
    }

    private Step step(Json.Obj s) {
        known(s, Set.of("section", "title", "text", "focus", "show", "quiz", "example", "table"));
        Section section = null;
        String sec = string(s, "section", true);
        if (sec != null) {
            section = Arrays.stream(Section.values()).filter(x -> x.name().equalsIgnoreCase(sec)).findFirst().orElse(null);
            if (section == null) problem(s.fields().get("section"), "unknown section \"" + sec
                    + "\"; expected forward, loss, backward or update");
        }
        String title = string(s, "title", true);
        String text = string(s, "text", true);
        List<String> focus = strings(s.fields().get("focus"), "ids in focus");
        List<String> show = strings(s.fields().get("show"), "quantity keys");
        Step.Table table = Step.Table.NONE;
        String t = string(s, "table", false);
        if (t != null) {
            table = switch (t) {
                case "forward" -> Step.Table.FORWARD;
                case "update" -> Step.Table.UPDATE;
                default -> {
                    problem(s.fields().get("table"), "unknown table \"" + t + "\"; expected forward or update");
                    yield Step.Table.NONE;
                }
            };
        }
        List<QuizItem> quiz = objects(s.fields().get("quiz"), "quiz items",
                "a quiz item: {\"fill\": KEY} or {\"question\", \"choices\", \"answer\"}", this::quizItem);
        return new Step(section, title, text, focus, show, quiz, exampleIndex(s), table);
    }

    private QuizItem quizItem(Json.Obj q) {
        if (q.fields().containsKey("fill")) {
            known(q, Set.of("fill", "prompt", "tolerance"));
            String key = string(q, "fill", true);
            String prompt = string(q, "prompt", false);
            Double tol = number(q, "tolerance", false);
            if (tol != null && tol <= 0) problem(q.fields().get("tolerance"), "expected a tolerance above 0");
            return key == null ? null : new QuizItem.Fill(key, prompt, tol);
        }
        if (q.fields().containsKey("question")) {
            known(q, Set.of("question", "choices", "answer", "explanation"));
            String question = string(q, "question", true);
            List<String> choices = strings(q.fields().get("choices"), "choices");
            if (choices.size() < 2) problem(q.fields().getOrDefault("choices", q), "expected at least two choices");
            Integer answer = q.fields().containsKey("answer")
                    ? integer(q.fields().get("answer"), 0, Math.max(0, choices.size() - 1),
                    "the index of the right choice (0 is the first)") : null;
            if (!q.fields().containsKey("answer")) problem(q, "missing field \"answer\"; expected the index of the right choice");
            String explanation = string(q, "explanation", false);
            if (question == null || answer == null || choices.size() < 2) return null;
            return new QuizItem.Choice(question, choices, answer, explanation == null ? "" : explanation);
        }
        problem(q, "expected a quiz item with \"fill\" (a quantity key) or \"question\" (multiple choice)");
        return null;
    }

    private Lesson.Figure figure(Json.Obj f) {
        known(f, Set.of("key", "stated", "mode", "example"));
        String key = string(f, "key", true);
        String stated = statedFigure(f);
        String mode = string(f, "mode", true);
        Precision p = null;
        if (mode != null) {
            if (mode.equals("exact")) p = Precision.EXACT;
            else if (mode.matches("paper:([0-9]|1[0-2])")) p = Precision.paper(Integer.parseInt(mode.substring(6)));
            else problem(f.fields().get("mode"), "expected \"exact\" or \"paper:N\" (N decimals, 0 to 12)");
        }
        int example = exampleIndex(f);
        return key == null || stated == null || p == null ? null : new Lesson.Figure(key, stated, p, example, f.where());
    }

    private Lesson.Erratum erratum(Json.Obj e) {
        known(e, Set.of("key", "stated", "note", "label", "example"));
        String key = string(e, "key", true);
        String stated = statedFigure(e);
        String note = string(e, "note", true);
        String label = string(e, "label", false);
        int example = exampleIndex(e);
        return key == null || stated == null || note == null ? null
                : new Lesson.Erratum(key, stated, note, label, example, e.where());
    }

    /** A stated figure is kept as text, so its printed precision (trailing zeros too) is not lost. */
    private String statedFigure(Json.Obj o) {
        String s = string(o, "stated", true);
        if (s != null && !s.matches("-?[0-9]+(\\.[0-9]+)?")) {
            problem(o.fields().get("stated"), "expected the figure as the document prints it, e.g. \"0.7514\"");
            return null;
        }
        return s;
    }

    // ---- typed access with problems --------------------------------------------------------------

    private Json.Obj object(Json.Node node, String what) {
        if (node instanceof Json.Obj o) {
            for (String d : o.duplicates()) problem(o, "the field \"" + d + "\" appears twice");
            return o;
        }
        expected(node, what);
        return null;
    }

    private void known(Json.Obj o, Set<String> allowed) {
        for (Map.Entry<String, Json.Node> e : o.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue(), "unknown field \"" + e.getKey() + "\"; expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private String string(Json.Obj o, String name, boolean required) {
        Json.Node n = o.fields().get(name);
        if (n == null || n instanceof Json.Null) {
            if (required) problem(o, "missing field \"" + name + "\"; expected a string");
            return null;
        }
        if (n instanceof Json.Str s) return s.value();
        expected(n, "a string");
        return null;
    }

    private Double number(Json.Obj o, String name, boolean required) {
        Json.Node n = o.fields().get(name);
        if (n == null) {
            if (required) problem(o, "missing field \"" + name + "\"; expected a number");
            return null;
        }
        if (n instanceof Json.Num num) {
            if (!Double.isFinite(num.value())) {
                problem(n, "the number " + num.text() + " is too large; expected a finite number");
                return null;
            }
            return num.value();
        }
        expected(n, "a number");
        return null;
    }

    private Integer integer(Json.Node n, int min, int max, String what) {
        if (n instanceof Json.Num num && num.value() == Math.rint(num.value()) && num.value() >= min && num.value() <= max) {
            return (int) num.value();
        }
        expected(n, what + ", a whole number from " + min + " to " + max);
        return null;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private Map<String, Double> numberMap(Json.Obj o, String name, boolean required) {
        Json.Node n = o.fields().get(name);
        if (n == null) {
            if (required) problem(o, "missing field \"" + name + "\"; expected an object of id: number");
            return null;
        }
        Json.Obj m = object(n, "an object of id: number");
        if (m == null) return null;
        Map<String, Double> out = new LinkedHashMap<>();
        for (String key : m.fields().keySet()) {
            Double v = number(m, key, true);
            if (v != null) out.put(key, v);
        }
        return out;
    }

    private List<String> strings(Json.Node n, String what) {
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        if (!(n instanceof Json.Arr arr)) {
            expected(n, "an array of " + what);
            return out;
        }
        for (Json.Node item : arr.items()) {
            if (item instanceof Json.Str s) out.add(s.value());
            else expected(item, "a string (" + what + ")");
        }
        return out;
    }

    private static Json.Node field(Json.Node obj, String name) {
        if (obj instanceof Json.Obj o && o.fields().containsKey(name)) return o.fields().get(name);
        return obj;
    }

    private void expected(Json.Node n, String what) {
        problem(n, "expected " + what + ", found " + n.kind());
    }

    private void problem(Json.Node n, String message) {
        problems.add(Problem.at(file, n.where(), message));
    }
}
