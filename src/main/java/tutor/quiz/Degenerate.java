package tutor.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Activation;
import tutor.engine.Backprop;
import tutor.engine.Example;
import tutor.engine.Layer;
import tutor.engine.Network;
import tutor.engine.Precision;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lesson.Condition;
import tutor.lesson.Lesson;
import tutor.lesson.PracticeRules;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;

/**
 * When a practice sheet is not worth working by hand, and why: a saturated sigmoid (slope below 0.05, so every
 * gradient through it vanishes); a hidden ReLU layer switched off entirely; an asked value that shows as zero at
 * the lesson's precision; an update that leaves a weight as it was at that precision; a number too large to work
 * by hand; an example that does not show what the lesson requires of it; a ReLU's sum that shows as 0 but is not
 * (on or off cannot be told on paper); an asked value that another, unrelated number of the sheet shows too. A zero that a switched-off ReLU makes is
 * the point of a step about one (a step whose own numbers show such a zero), so there it is allowed.
 */
final class Degenerate {

    static final double MIN_SLOPE = 0.05;
    static final double MAX_MAGNITUDE = 10;

    private final Set<Integer> aboutDead = new HashSet<>();
    private final Set<Integer> examplesAboutDead = new HashSet<>();

    private Degenerate() {}

    /** The rules for a lesson's sheets; which steps are about a switched-off neuron is read from the lesson's own numbers. */
    static Degenerate of(Lesson base) {
        Degenerate d = new Degenerate();
        if (!hasHiddenRelu(base.network())) return d;
        List<Step> steps = Walkthrough.stepsOf(base);
        List<Trace> traces = new ArrayList<>();
        for (var ex : base.examples()) traces.add(Backprop.trace(base.network(), base.parameters(), ex, base.precision()));
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Trace t = traces.get(s.example());
            List<String> keys = new ArrayList<>(s.show());
            for (QuizItem q : s.quiz()) if (q instanceof QuizItem.Fill f) keys.add(f.key());
            for (String k : keys) {
                if (t.has(k) && t.value(k) == 0.0) {
                    d.aboutDead.add(i);
                    d.examplesAboutDead.add(s.example());
                }
            }
        }
        return d;
    }

    /** The digits a learner writes: the paper decimals, or 4 for exact lessons (as numbers are shown). */
    static int decimals(Precision p) {
        return p.isExact() ? 4 : p.decimals();
    }

    /** Null when the sheet is worth working; otherwise what is wrong with it. */
    String reason(Lesson sheet, List<Trace> traces) {
        for (int e = 0; e < traces.size(); e++) {
            String why = reason(sheet, e, traces.get(e));
            if (why != null) return why;
        }
        return null;
    }

    /**
     * The rules that concern one example, which are all of them: each step, requirement and neuron value belongs to
     * one example, so an example can be drawn again alone.
     */
    String reason(Lesson sheet, int e, Trace t) {
        for (PracticeRules.Requirement r : sheet.practice().requirements()) {
            if (r.example() != e) continue;
            try {
                if (!r.condition().holds(name -> t.has(name) ? Double.valueOf(t.value(name)) : t.given(name))) {
                    return "example " + e + " does not meet " + r.condition();
                }
            } catch (Condition.Invalid ex) {
                return "the requirement " + r.condition() + " cannot be evaluated";
            }
        }
        Network net = sheet.network();
        int d = decimals(sheet.precision());
        for (Layer layer : net.layers()) {
            for (String n : layer.neurons()) {
                boolean squashing = layer.activation() == Activation.SIGMOID || layer.activation() == Activation.TANH;
                if (squashing && t.value("dact:" + n) < MIN_SLOPE) return "the slope of " + n + " is below " + MIN_SLOPE;
            }
        }
        if (!examplesAboutDead.contains(e)) {
            for (int l = 0; l < net.layers().size() - 1; l++) {
                Layer layer = net.layers().get(l);
                if (layer.activation() == Activation.RELU && layer.neurons().stream().allMatch(n -> t.value("z:" + n) <= 0)) {
                    return "every ReLU of hidden layer " + (l + 1) + " is switched off";
                }
            }
        }
        for (Quantity q : t.quantities()) {
            if (!q.key().startsWith("expneg:") && Math.abs(q.value()) > MAX_MAGNITUDE) return q.key() + " is too large to work by hand";
        }
        for (Layer layer : net.layers()) {
            if (layer.activation() != Activation.RELU) continue;
            for (String n : layer.neurons()) {
                double raw = t.get("z:" + n).formula().value(t::value);
                if (raw != 0 && showsAsZero(raw, d)) return "the sum of " + n + " shows as 0 but is not: on or off cannot be told";
            }
        }
        // The twin rule judges as the tutor does, against the exact value (so what 2 figures of a working allow).
        Trace exact = sheet.precision().isExact() ? t : Backprop.trace(net, sheet.parameters(), sheet.examples().get(e), Precision.EXACT);
        for (int i = 0; i < sheet.steps().size(); i++) {
            Step s = sheet.steps().get(i);
            if (s.example() != e) continue;
            boolean aboutOff = aboutDead.contains(i);
            for (QuizItem q : s.quiz()) {
                if (!(q instanceof QuizItem.Fill f)) continue;
                double v = t.value(f.key());
                if (showsAsZero(v, d) && !(aboutOff && offReluZero(net, t, f.key()))) return "the asked " + f.key() + " shows as zero";
                if (f.key().startsWith("new:") && unmoved(t, f.key().substring(4), d)
                        && !(aboutOff && offReluZero(net, t, "grad:" + f.key().substring(4)))) {
                    return "the asked " + f.key() + " equals the old value";
                }
                String twin = v == 0.0 ? null : twin(t, exact, f); // a switched-off neuron's zeros are the point of its step
                if (twin != null) return "the asked " + f.key() + " can be read off " + twin;
            }
            if (s.table() == Step.Table.UPDATE) {
                for (String p : net.parameterIds()) {
                    if (unmoved(t, p, d) && !(aboutOff && offReluZero(net, t, "grad:" + p))) return "the update leaves " + p + " as it was";
                }
            }
        }
        return null;
    }

    /**
     * A quick look before the engine traces an example, for speed only: whether the first layer's ReLUs are
     * certainly switched off where the rules forbid it (all of them, or one whose activation a step asks for) on a
     * step not about a switched-off neuron. Certainly means with room for paper-mode rounding of each product.
     */
    boolean hopeless(Lesson sheet, int e) {
        Network net = sheet.network();
        Layer first = net.layers().get(0);
        if (first.activation() != Activation.RELU || net.layers().size() < 2 || examplesAboutDead.contains(e)) return false;
        Example ex = sheet.examples().get(e);
        Precision p = sheet.precision();
        double margin = p.isExact() ? 0 : (net.inputs().size() + 2) * 0.5 * Math.pow(10, -p.decimals());
        List<String> off = new ArrayList<>();
        for (int j = 0; j < first.size(); j++) {
            double z = 0;
            for (int i = 0; i < net.inputs().size(); i++) {
                z += sheet.parameters().get(first.weightIds().get(j).get(i)) * ex.inputs().get(net.inputs().get(i));
            }
            String b = first.biasIds().get(j);
            if (b != null) z += sheet.parameters().get(b);
            if (z < -margin) off.add(first.neurons().get(j));
        }
        if (off.size() == first.size()) return true;
        for (Step s : sheet.steps()) {
            if (s.example() != e) continue;
            for (QuizItem q : s.quiz()) if (q instanceof QuizItem.Fill f && off.stream().anyMatch(n -> f.key().equals("a:" + n))) return true;
        }
        return false;
    }

    /**
     * Another number of the sheet that would be taken as the answer to an asked value: an unrelated quantity or given
     * number that happens to show the same (equal inputs make two gradients equal). What is computed from the answer
     * is hidden while it is asked, and so is what it is computed from directly when that shows the same number (a
     * ReLU's z), so those do not count; null when there is none.
     */
    private static String twin(Trace t, Trace exact, QuizItem.Fill f) {
        Expected expected = Expected.of(t, exact, f.key(), f.tolerance());
        Set<String> family = new HashSet<>(t.dependents(f.key()));
        family.addAll(t.get(f.key()).dependsOn());
        family.add(f.key());
        List<String> others = new ArrayList<>();
        for (Quantity q : t.quantities()) if (!family.contains(q.key())) others.add(q.result());
        for (double v : t.parameters().values()) others.add(tutor.engine.Numbers.given(v));
        for (double v : t.example().inputs().values()) others.add(tutor.engine.Numbers.given(v));
        for (double v : t.example().targets().values()) others.add(tutor.engine.Numbers.given(v));
        for (String written : others) {
            if (!tutor.engine.Numbers.range(written).intersects(expected.reach())) continue; // far off: no need to judge
            try {
                Answer a = Answer.parse(written.replace(tutor.engine.Numbers.MINUS, '-'));
                boolean whole = a.significant() < Acceptance.MIN_SIGNIFICANT && a.decimals() == 0;
                if (!whole && Acceptance.judge(a, expected) == Acceptance.Verdict.RIGHT) return written;
            } catch (Answer.Unreadable e) {
                // a value shown as no number (∞) is no twin
            }
        }
        return null;
    }

    static boolean showsAsZero(double v, int decimals) {
        return Precision.roundTo(Math.abs(v), decimals) == 0;
    }

    private static boolean unmoved(Trace t, String param, int decimals) {
        return Precision.roundTo(t.value("new:" + param), decimals) == Precision.roundTo(t.parameters().get(param), decimals);
    }

    private static boolean hasHiddenRelu(Network net) {
        for (int l = 0; l < net.layers().size() - 1; l++) if (net.layers().get(l).activation() == Activation.RELU) return true;
        return false;
    }

    /**
     * Whether a quantity is zero because a ReLU is switched off: its activation or δ, or the gradient of a weight
     * into it or out of it (which carries its 0).
     */
    private static boolean offReluZero(Network net, Trace t, String key) {
        if (!t.has(key) || t.value(key) != 0.0) return false;
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            if (layer.activation() != Activation.RELU) continue;
            for (int j = 0; j < layer.size(); j++) {
                String n = layer.neurons().get(j);
                if (t.value("z:" + n) > 0) continue;
                if (key.equals("a:" + n) || key.equals("delta:" + n)) return true;
                if (layer.weightIds().get(j).stream().anyMatch(w -> key.equals("grad:" + w))) return true;
                if (key.equals("grad:" + layer.biasIds().get(j))) return true;
                if (l + 1 < net.layers().size()) {
                    for (List<String> row : net.layers().get(l + 1).weightIds()) if (key.equals("grad:" + row.get(j))) return true;
                }
            }
        }
        return false;
    }
}
