package tutor.lab;

import java.util.List;
import java.util.Map;
import tutor.engine.Example;
import tutor.engine.Network;
import tutor.engine.Notation;
import tutor.engine.Precision;

/**
 * The lab's whole state, a value: what it was opened on (a lesson or a practice sheet), the sandbox with its
 * history, the row under the cursor, what is being typed (null when nothing), the panel beside the table (what
 * changed, or the nudge check with its ε as a power of ten), a one-line notice, and whether it was closed.
 * LabUpdate makes the next Lab from a Lab and a LabMsg; LabView draws it.
 */
public record Lab(String id, String title, Map<String, Notation.Label> labels, Sandbox sandbox, int cursor, String input,
                  Panel panel, int epsilonPower, String notice, boolean closed, File pending) {

    /** A file the lab asks the tutor's loop to write (the edited network as a lesson, or as a NumPy script). */
    public record File(String name, String text, String what) {}

    public enum Panel { CHANGES, NUDGE }

    /** ε = 10^−epsilonPower, from 10⁻¹ to 10⁻⁶. */
    public static final int FIRST_POWER = 1;
    public static final int LAST_POWER = 6;

    public Lab {
        labels = Map.copyOf(labels);
    }

    /** The lab on a network as a lesson gives it (its first example in view). */
    public static Lab open(String id, String title, Map<String, Notation.Label> labels, Network net, Map<String, Double> params,
                           List<Example> examples, Precision precision) {
        Setup setup = new Setup(net, params, examples.get(0), precision);
        return new Lab(id, title, labels, Sandbox.of(setup), firstParameterRow(net), null, Panel.CHANGES, 4, null, false, null);
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

    private static int firstParameterRow(Network net) {
        List<Row> rows = Row.of(net);
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).isParameter(net)) return i;
        return 0;
    }

    Lab with(Sandbox s, int c, String in, Panel p, int e, String n) {
        return new Lab(id, title, labels, s, Math.max(0, Math.min(Row.of(s.current().network()).size() - 1, c)), in, p,
                Math.max(FIRST_POWER, Math.min(LAST_POWER, e)), n, closed, null);
    }

    /** The lab asking for a file to be written; the loop writes it and says so (withNotice). */
    public Lab writing(File f) {
        return new Lab(id, title, labels, sandbox, cursor, null, panel, epsilonPower, null, closed, f);
    }

    /** The lab after its file was written (or not): the request gone, the outcome said. */
    public Lab withNotice(String n) {
        return new Lab(id, title, labels, sandbox, cursor, input, panel, epsilonPower, n, closed, null);
    }

    Lab closing() {
        return new Lab(id, title, labels, sandbox, cursor, null, panel, epsilonPower, null, true, null);
    }
}
