package tutor.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tutor.engine.Ascii;
import tutor.engine.Layer;
import tutor.engine.Network;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.render.Canvas;
import tutor.render.Formulas;
import tutor.render.Role;
import tutor.render.Text;

/**
 * view(lab) → canvas. Left, the numbers the learner may change, each weight and bias with its gradient; right,
 * every neuron's z, a and δ and the loss, then what the last edit changed (old → new) or the nudge check; below,
 * the working of the row in focus, and the keys. A value the last edit moved is drawn as changed. Pure.
 */
public final class LabView {
    private LabView() {}

    public static Canvas render(Lab lab, int width, int height, boolean ascii) {
        if (lab.run() != null) return TrainView.render(lab, width, height, ascii);
        Canvas c = new Canvas(width, height);
        Notation n = lab.notation(ascii);
        Sandbox s = lab.sandbox();
        int left = Math.max(40, width / 2);
        bar(c, 0, "Lab · " + lab.title(), lab.panel() == Lab.Panel.NUDGE ? "∂w check" : edits(s), Role.TITLE, ascii);
        c.put(1, 1, text(Text.clip(Summary.of(lab, ascii), width - 2, ascii), ascii), Role.DIM);
        numbers(c, lab, n, ascii, 0, 2, left - 1, height - 7);
        neurons(c, lab, n, ascii, left + 1, 2, width - left - 2);
        footer(c, lab, n, ascii, height);
        return c;
    }

    private static String edits(Sandbox s) {
        return s.edits() == 0 ? "sandbox · the lesson's numbers" : "sandbox · " + s.edits() + (s.edits() == 1 ? " edit" : " edits");
    }

    // ---- left: the numbers ---------------------------------------------------------------------

    private static void numbers(Canvas c, Lab lab, Notation n, boolean ascii, int x, int y, int width, int rows) {
        Setup setup = lab.sandbox().current();
        Trace t = lab.sandbox().trace();
        Map<String, Double> moved = lab.sandbox().changedNumbers();
        c.put(x + 2, y, text("number        value    ∂L/∂·", ascii), Role.DIM);
        List<Row> all = lab.rows();
        int first = Math.max(0, Math.min(lab.cursor() - rows / 2, all.size() - rows));
        for (int i = first; i < Math.min(all.size(), first + rows); i++) {
            Row row = all.get(i);
            int line = y + 1 + i - first;
            boolean focus = i == lab.cursor();
            c.put(x, line, focus ? (ascii ? ">" : "▸") : " ", Role.FOCUS);
            String label;
            String value;
            String gradient = "";
            switch (row.kind()) {
                case NUMBER -> {
                    label = row.key().startsWith("t:") ? n.label("t", row.key().substring(2)) + " target"
                            : n.label(null, row.key());
                    value = Numbers.given(setup.number(row.key()));
                    if (setup.parameters().containsKey(row.key())) gradient = t.get("grad:" + row.key()).result();
                }
                case RATE -> {
                    label = ascii ? "eta" : "η";
                    value = Numbers.given(setup.network().learningRate());
                }
                case ACTIVATION -> {
                    Layer layer = setup.network().layers().get(row.layer());
                    label = "layer " + (row.layer() + 1);
                    value = layer.activation().id() + " (" + String.join(" ", layer.neurons().stream().map(id -> n.label(null, id)).toList()) + ")";
                }
                default -> {
                    label = "loss";
                    value = setup.network().loss().id() + " " + setup.network().loss().formula();
                }
            }
            Role role = focus ? Role.FOCUS : Role.NORMAL;
            c.put(x + 2, line, text(Text.clip(label, 12, ascii), ascii), role);
            boolean changed = moved.containsKey(row.key()) || row.kind() != Row.Kind.NUMBER && lab.sandbox().before() != null
                    && !same(row, lab.sandbox().before(), setup);
            c.put(x + 16, line, text(Text.clip(value, width - 17, ascii), ascii), changed ? Role.GOOD : role);
            if (!gradient.isEmpty()) {
                c.put(x + 26, line, text(gradient, ascii), lab.sandbox().was("grad:" + row.key()) != null ? Role.GOOD : Role.VALUE);
            }
        }
        if (first > 0) c.put(x + width - 1, y + 1, ascii ? "^" : "↑", Role.DIM);
        if (first + rows < all.size()) c.put(x + width - 1, y + rows, ascii ? "v" : "↓", Role.DIM);
    }

    private static boolean same(Row row, Setup a, Setup b) {
        return switch (row.kind()) {
            case RATE -> a.network().learningRate() == b.network().learningRate();
            case ACTIVATION -> a.network().layers().get(row.layer()).activation() == b.network().layers().get(row.layer()).activation();
            case LOSS -> a.network().loss() == b.network().loss();
            case NUMBER -> a.number(row.key()) == b.number(row.key());
        };
    }

    // ---- right: neurons, loss, and the panel -----------------------------------------------------

    private static void neurons(Canvas c, Lab lab, Notation n, boolean ascii, int x, int y, int width) {
        Trace t = lab.sandbox().trace();
        Network net = t.network();
        c.put(x, y, text("neuron    z         a         δ", ascii), Role.DIM);
        int line = y + 1;
        for (Layer layer : net.layers()) {
            for (String id : layer.neurons()) {
                c.put(x, line, text(Text.clip(n.label(null, id), 9, ascii), ascii), Role.NORMAL);
                cell(c, lab, ascii, x + 10, line, "z:" + id);
                cell(c, lab, ascii, x + 20, line, "a:" + id);
                cell(c, lab, ascii, x + 30, line, "delta:" + id);
                line++;
            }
        }
        String loss = n.render("{L} = ");
        c.put(x, line, text(loss, ascii), Role.NORMAL);
        cell(c, lab, ascii, x + Text.width(text(loss, ascii)), line, "loss");
        line += 2;
        List<String> panel = lab.panel() == Lab.Panel.NUDGE ? NudgePanel.lines(lab, n) : changes(lab, n);
        int bottom = c.height() - 5;
        List<String> wrappedLines = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (String p : panel) {
            for (String wrapped : Text.wrap(text(p, ascii), width)) {
                wrappedLines.add(wrapped);
                roles.add(p.startsWith("  ") ? Role.VALUE : Role.NORMAL);
            }
        }
        int room = bottom - line + 1;
        for (int i = 0; i < wrappedLines.size() && i < room; i++) {
            boolean cut = wrappedLines.size() > room && i == room - 1;
            c.put(x, line + i, cut ? text("  … " + (wrappedLines.size() - i) + " more lines", ascii)
                    : wrappedLines.get(i), cut ? Role.DIM : roles.get(i));
        }
    }

    private static void cell(Canvas c, Lab lab, boolean ascii, int x, int y, String key) {
        c.put(x, y, text(lab.sandbox().trace().get(key).result(), ascii), lab.sandbox().was(key) != null ? Role.GOOD : Role.VALUE);
    }

    /** The quantities the last edit moved, old → new, in the order they are worked. */
    static List<String> changes(Lab lab, Notation n) {
        Sandbox s = lab.sandbox();
        List<String> out = new ArrayList<>();
        if (lab.predict().said() != null && s.previous() != null) out.add(lab.predict().said().say(n.label(null, lab.predict().key())));
        if (s.previous() == null) {
            out.add("Change any number on the left (type it, or ← → by 0.1) and every quantity computed from it follows; "
                    + "what moved is listed here, old → new.");
            return out;
        }
        List<String> moved = new ArrayList<>();
        for (Quantity q : s.trace().quantities()) {
            String kind = q.key().contains(":") ? q.key().substring(0, q.key().indexOf(':')) : q.key();
            if (!List.of("z", "a", "loss", "delta", "grad", "new").contains(kind) || s.was(q.key()) == null) continue;
            moved.add("  " + n.render(q.symbol()) + " " + s.previous().get(q.key()).result() + " → " + q.result());
        }
        out.add(moved.isEmpty() ? "The last edit moved no computed value." : "The last edit moved " + moved.size()
                + (moved.size() == 1 ? " value:" : " values:"));
        out.addAll(moved);
        return out;
    }

    // ---- bottom: the working in focus, the notice or the answer field, the keys -------------------

    private static void footer(Canvas c, Lab lab, Notation n, boolean ascii, int height) {
        int y = height - 4;
        Row row = lab.row();
        Trace t = lab.sandbox().trace();
        List<String> working = new ArrayList<>();
        if (row.isParameter(t.network())) {
            working.addAll(Formulas.lines(t.get("grad:" + row.key()), n, t.precision()).subList(0, 1));
            working.add(t.get("new:" + row.key()).line(n));
        } else if (row.kind() == Row.Kind.NUMBER) {
            working.add(t.get("loss").line(n));
        }
        for (int i = 0; i < Math.min(2, working.size()); i++) c.put(1, y + i, text(Text.clip(working.get(i), c.width() - 2, ascii), ascii), Role.NORMAL);
        if (lab.typing()) {
            Lab.Predict p = lab.predict();
            String prompt = p.asked() != null ? "Before " + n.label(null, p.key()) + " becomes "
                    + Numbers.given(p.asked().number(p.key())) + ": ΔL will be about? " : "New value for " + label(lab, n) + ": ";
            c.put(0, y + 2, " ".repeat(c.width()), Role.INPUT);
            int end = c.put(1, y + 2, text(prompt + lab.input(), ascii), Role.INPUT);
            c.put(end, y + 2, "_", Role.INPUT);
        }
        if (lab.notice() != null) c.put(1, y + 2, text(Text.clip(lab.notice(), c.width() - 2, ascii), ascii), Role.WARNING);
        String keys = lab.typing() ? "Enter apply · Esc cancel · Ctrl-U clear"
                : lab.panel() == Lab.Panel.NUDGE ? "← → ε larger, smaller · ↑ ↓ another weight · d close · q back"
                : "← → edit · u y undo · R reset · d nudge · e predict · t train · w p save";
        bar(c, height - 1, keys, null, Role.STATUS, ascii);
    }

    static String label(Lab lab, Notation n) {
        Row row = lab.row();
        return switch (row.kind()) {
            case NUMBER -> row.key().startsWith("t:") ? "the target " + n.label("t", row.key().substring(2)) : n.label(null, row.key());
            case RATE -> n.ascii() ? "eta" : "η";
            case ACTIVATION -> "layer " + (row.layer() + 1);
            case LOSS -> "the loss";
        };
    }

    private static void bar(Canvas c, int y, String left, String right, Role role, boolean ascii) {
        c.put(0, y, " ".repeat(c.width()), role);
        String l = Text.clip(text(left, ascii), c.width() - 2, ascii);
        c.put(1, y, l, role);
        if (right != null) {
            String r = text(right, ascii);
            if (Text.width(l) + Text.width(r) + 4 <= c.width()) c.put(c.width() - Text.width(r) - 1, y, r, role);
        }
    }

    /** In ASCII, with the lab's own glyphs spelled out first (ε, ±, Δ are not among the formulas' glyphs). */
    static String text(String s, boolean ascii) {
        if (!ascii) return s;
        return Ascii.transliterate(s.replace("ε", "eps").replace("±", "+/-").replace("Δ", "d").replace("← →", "<- ->")
                .replace("↑ ↓", "^ v").replace("10⁻", "1e-"));
    }
}
