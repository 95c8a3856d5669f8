package tutor.lab;

import java.util.List;
import java.util.Map;
import tutor.engine.Example;
import tutor.engine.Network;
import tutor.engine.Notation;
import tutor.engine.Precision;

/**
 * The lab's whole state, a value: what it was opened on (a lesson or a practice sheet, and the task it states as a
 * grid of points, if any), the sandbox with its history, the row under the cursor, what is being typed (null when
 * nothing), the panel beside the table (what changed, or the nudge check with its ε as a power of ten), a training
 * run when one is in view, a one-line notice, a file asked to be written, and whether it was closed. LabUpdate makes
 * the next Lab from a Lab and a LabMsg; LabView and TrainView draw it.
 */
public record Lab(String id, String title, Map<String, Notation.Label> labels, List<Example> task, Sandbox sandbox,
                  int cursor, String input, Panel panel, int epsilonPower, Run run, String notice, boolean closed,
                  File pending, Predict predict) {

    /**
     * Predict, then see: whether the lab asks before an edit of a weight or bias, the edit waiting for the guess
     * (null when none), the parameter it moves, and the last verdict (until the next edit).
     */
    public record Predict(boolean on, Setup asked, String key, Prediction said) {
        public static final Predict OFF = new Predict(false, null, null, null);
    }

    public enum Panel { CHANGES, NUDGE }

    /** A file the lab asks the tutor's loop to write (the edited network as a lesson, or as a NumPy script). */
    public record File(String name, String text, String what) {}

    /** ε = 10^−epsilonPower, from 10⁻¹ to 10⁻⁶. */
    public static final int FIRST_POWER = 1;
    public static final int LAST_POWER = 6;

    public Lab {
        labels = Map.copyOf(labels);
        task = List.copyOf(task);
    }

    /** The lab on a network as a lesson gives it (its first example in view); task may be empty. */
    public static Lab open(String id, String title, Map<String, Notation.Label> labels, Network net, Map<String, Double> params,
                           List<Example> examples, Precision precision, List<Example> task) {
        Setup setup = new Setup(net, params, examples.get(0), precision);
        return new Lab(id, title, labels, task, Sandbox.of(setup), firstParameterRow(net), null, Panel.CHANGES, 4, null, null,
                false, null, Predict.OFF);
    }

    public static Lab open(String id, String title, Map<String, Notation.Label> labels, Network net, Map<String, Double> params,
                           List<Example> examples, Precision precision) {
        return open(id, title, labels, net, params, examples, precision, List.of());
    }

    public Notation notation(boolean ascii) {
        return new Notation(labels, ascii);
    }

    public List<Row> rows() {
        return Row.of(sandbox.current().network());
    }

    public Row row() {
        return rows().get(cursor);
    }

    public double epsilon() {
        return Math.pow(10, -epsilonPower);
    }

    public boolean typing() {
        return input != null;
    }

    /** Whether a training run plays: then the tutor's loop sends a tick every 50 ms. */
    public boolean playing() {
        return run != null && run.playing();
    }

    private static int firstParameterRow(Network net) {
        List<Row> rows = Row.of(net);
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).isParameter(net)) return i;
        return 0;
    }

    Lab with(Sandbox s, int c, String in, Panel p, int e, String n) {
        return new Lab(id, title, labels, task, s, Math.max(0, Math.min(Row.of(s.current().network()).size() - 1, c)), in, p,
                Math.max(FIRST_POWER, Math.min(LAST_POWER, e)), run, n, closed, null, predict);
    }

    Lab withPredict(Predict p) {
        return new Lab(id, title, labels, task, sandbox, cursor, input, panel, epsilonPower, run, notice, closed, null, p);
    }

    Lab withRun(Run r, String n) {
        return new Lab(id, title, labels, task, sandbox, cursor, null, panel, epsilonPower, r, n, closed, null, predict);
    }

    /** The lab asking for a file to be written; the loop writes it and says so (withNotice). */
    public Lab writing(File f) {
        return new Lab(id, title, labels, task, sandbox, cursor, null, panel, epsilonPower, run, null, closed, f, predict);
    }

    /** The lab after its file was written (or not): the request gone, the outcome said. */
    public Lab withNotice(String n) {
        return new Lab(id, title, labels, task, sandbox, cursor, input, panel, epsilonPower, run, n, closed, null, predict);
    }

    Lab closing() {
        return new Lab(id, title, labels, task, sandbox, cursor, null, panel, epsilonPower, null, null, true, null, predict);
    }
}
