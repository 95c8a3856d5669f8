package tutor.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Expr;
import tutor.engine.Interval;
import tutor.engine.Layer;
import tutor.engine.Loss;
import tutor.engine.Network;
import tutor.engine.Numbers;
import tutor.engine.Quantity;
import tutor.engine.Trace;

/**
 * The common slips behind a wrong number. Each slip is the quantity's own formula with one thing done wrong (a
 * factor left out, a sign dropped, the wrong quantity used), so it is computed, and matched against what was typed,
 * exactly as the right formula is: over the numbers on screen. Messages are templates ({w1}) in the lesson's notation.
 */
public final class Slips {
    private Slips() {}

    /** What a slip was, and the formula it amounts to. */
    public record Slip(String what, Expr formula) {}

    /** A slip's value: exactly, as shown on paper, and the range from the shown numbers. */
    public record Reach(double exact, Interval range) {}

    /** Every slip that applies to this quantity, most telling first (the right formula itself is never among them). */
    public static List<Slip> of(Network net, Trace shown, String key) {
        Quantity q = shown.get(key);
        Expr f = q.formula();
        String kind = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
        String id = key.contains(":") ? key.substring(key.indexOf(':') + 1) : "";
        List<Slip> out = new ArrayList<>();
        switch (kind) {
            case "z" -> forwardSum(net, id, f, out);
            case "expneg" -> out.add(new Slip("That is e^(z); the sigmoid needs e^(−z), with the minus.",
                    Expr.call(tutor.engine.Fn.EXP_NEG, new Expr.Negate(ref("z:" + id)))));
            case "a" -> activation(net, shown, id, out);
            case "dact" -> slope(net, id, f, out);
            case "delta" -> delta(net, shown, id, f, out);
            case "dA" -> upstream(net, shown, id, f, out);
            case "grad" -> gradient(net, shown, id, f, out);
            case "step" -> out.add(new Slip("That is the gradient itself; the step is η times it.", ref("grad:" + id)));
            case "new" -> update(id, f, out);
            case "change" -> out.add(new Slip("That is the new value; the change is the new value minus the old.", ref("new:" + id)));
            case "loss", "dloss" -> { }
            default -> { }
        }
        if (kind.equals("loss")) unsquared(shown, f, out);
        if (kind.equals("loss") && id.isEmpty() && net.outputs().size() > 1) {
            for (String o : net.outputs()) {
                out.add(new Slip("That is the loss of {" + o + "} only; the total adds the loss of every output.", ref("loss:" + o)));
            }
        }
        half(net, kind, f, out);
        droppedMinus(shown, f, out);
        out.add(new Slip("The sign is flipped.", new Expr.Negate(f)));
        return out;
    }

    /**
     * The sentences for every slip the answer fits and the right answer does not: the document's own wrong figure
     * first (from the lesson's errata), then the slips of the formula. Empty when none fits.
     */
    public static List<String> named(Answer a, Network net, Trace shown, Trace exact, String key, List<Erratum> errata) {
        Set<String> out = new LinkedHashSet<>();
        double right = exact.value(key);
        Expected expected = Expected.of(shown, exact, key, null);
        boolean worth = worthNaming(a);
        for (Erratum e : errata) {
            if (!worth) break;
            if (Acceptance.fits(a, Numbers.range(e.stated()), right)) {
                // The erratum's reason is told only when it does not quote the right answer.
                String figure = "That is the figure the document printed, " + e.stated().replace('-', Numbers.MINUS) + ", and it is wrong";
                out.add(expected.quotedIn(e.note()) ? figure + "; why is in the errata once you have the answer." : figure + ". " + e.note());
            }
        }
        for (Slip s : of(net, shown, key)) {
            Reach r = reach(s, shown, exact);
            if (r == null || same(r.exact(), right)) continue;
            // One figure says how a number came about only when it is the very number the slip gives on screen
            // (−0.02, the z shown, typed for a switched-off ReLU's output).
            if ((worth || copiedFromScreen(a, s, shown)) && Acceptance.fits(a, r.range(), r.exact())) out.add(s.what());
        }
        return new ArrayList<>(out);
    }

    /** Too few figures say nothing about how a number came about (a bare 0 is no slip). */
    private static boolean worthNaming(Answer a) {
        return a.expression() || a.significant() >= 2;
    }

    private static boolean copiedFromScreen(Answer a, Slip s, Trace shown) {
        double onScreen = s.formula().value(shown::value);
        return a.value() != 0 && Double.isFinite(onScreen) && same(a.value(), onScreen);
    }

    /** A figure the document printed wrong for this quantity, and why (from the lesson's errata). */
    public record Erratum(String stated, String note) {}

    /** Where a slip lands: its exact value and everything the shown numbers allow; null when it cannot be computed. */
    public static Reach reach(Slip s, Trace shown, Trace exact) {
        double v = s.formula().value(exact::value);
        double onPaper = s.formula().value(shown::value);
        if (!Double.isFinite(v) || !Double.isFinite(onPaper)) return null;
        Interval range = s.formula().range(shown::shownRange);
        if (Double.isNaN(range.lo()) || Double.isInfinite(range.width())) return null;
        return new Reach(v, range.hull(Interval.point(v)).hull(Interval.point(onPaper)));
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    }

    // ---- by kind ---------------------------------------------------------------------------------

    private static void forwardSum(Network net, String n, Expr f, List<Slip> out) {
        String bias = biasOf(net, n);
        if (bias != null && f instanceof Expr.Sum s) {
            List<Expr> rest = new ArrayList<>();
            for (Expr t : s.terms()) if (!(t instanceof Expr.Given g && g.token().equals("{" + bias + "}"))) rest.add(t);
            out.add(new Slip("The bias {" + bias + "} is missing from the sum.", rest.size() == 1 ? rest.get(0) : new Expr.Sum(rest)));
        }
    }

    private static void activation(Network net, Trace shown, String n, List<Slip> out) {
        out.add(new Slip("That is z, before the activation; the activation is what the function makes of z.", ref("z:" + n)));
        if (shown.has("expneg:" + n)) {
            out.add(new Slip("That is e^(−z); the sigmoid is 1 / (1 + e^(−z)).", ref("expneg:" + n)));
        }
        if (layerOf(net, n).activation() == tutor.engine.Activation.SIGMOID) {
            out.add(new Slip("The sign inside e^(−z) is flipped: that is σ(−z) = 1 / (1 + e^(z)), not σ(z) = 1 / (1 + e^(−z)).",
                    Expr.call(tutor.engine.Fn.SIGMOID, new Expr.Negate(ref("z:" + n)))));
        }
        // A slip in z carries into the activation: the activation of the slipped sum.
        Expr f = shown.get("a:" + n).formula();
        Expr z = shown.get("z:" + n).formula();
        List<Slip> sums = new ArrayList<>();
        forwardSum(net, n, z, sums);
        droppedMinus(shown, z, sums);
        for (Slip s : sums) {
            Expr slipped = shown.has("expneg:" + n)
                    ? Expr.call(tutor.engine.Fn.SIGMOID, s.formula())
                    : f.replace(ref("z:" + n), s.formula());
            out.add(new Slip(s.what(), slipped));
        }
    }

    private static void slope(Network net, String n, Expr f, List<Slip> out) {
        if (layerOf(net, n).activation() != tutor.engine.Activation.SIGMOID) return;
        out.add(new Slip("That is the activation σ(z), not its slope σ′(z) = a·(1 − a).", ref("a:" + n)));
        out.add(new Slip("z was used in place of the activation in a·(1 − a).", f.replace(ref("a:" + n), ref("z:" + n))));
        out.add(new Slip("That is 1 − a; the slope is a·(1 − a).", new Expr.Difference(tutor.engine.Expr.Const.of(1), ref("a:" + n))));
    }

    private static void delta(Network net, Trace shown, String n, Expr f, List<Slip> out) {
        boolean output = net.outputs().contains(n);
        String upstream = output ? "dloss:" + n : "dA:" + n;
        String dLda = output ? "∂L/∂ŷ" : "∂L/∂a";
        out.add(new Slip("The slope of the activation is missing: δ = " + dLda + " × σ′(z).", ref(upstream)));
        if (layerOf(net, n).activation() == tutor.engine.Activation.SIGMOID) {
            out.add(new Slip("σ(z) was used in place of its slope σ′(z) = a·(1 − a).", Expr.times(ref(upstream), ref("a:" + n))));
        }
        if (!output) {
            Expr dA = shown.get("dA:" + n).formula();
            for (Slip s : upstreamSlips(net, shown, n, dA)) out.add(new Slip(s.what(), Expr.times(s.formula(), ref("dact:" + n))));
        }
    }

    private static void upstream(Network net, Trace shown, String n, Expr f, List<Slip> out) {
        out.addAll(upstreamSlips(net, shown, n, f));
    }

    /** ∂L/∂a of a hidden neuron: one path of several; the updated weights used in place of the old ones. */
    private static List<Slip> upstreamSlips(Network net, Trace shown, String n, Expr dA) {
        List<Slip> out = new ArrayList<>();
        if (dA instanceof Expr.Sum s && s.terms().size() > 1) {
            for (Expr t : s.terms()) {
                String via = via(t);
                out.add(new Slip("That is one path only (through {" + via + "}); {" + n + "} reaches the loss along "
                        + s.terms().size() + " paths: add them all.", t));
            }
        }
        // Every updated weight in place of its old one, or just one of them (the one whose new value is on screen).
        Expr updated = dA;
        List<Expr.Given> weights = new ArrayList<>();
        for (Expr.Given g : dA.givens()) {
            String w = g.token().substring(1, g.token().length() - 1);
            if (!shown.has("new:" + w)) continue;
            weights.add(g);
            updated = updated.replace(g, ref("new:" + w));
        }
        if (!updated.equals(dA)) {
            out.add(new Slip("That uses the updated weights; backpropagation uses the old weights throughout.", updated));
        }
        if (weights.size() > 1) {
            for (Expr.Given g : weights) {
                String w = g.token().substring(1, g.token().length() - 1);
                out.add(new Slip("That uses the updated " + g.token() + "; backpropagation uses the old weights throughout.",
                        dA.replace(g, ref("new:" + w))));
            }
        }
        return out;
    }

    private static void gradient(Network net, Trace shown, String p, Expr f, List<Slip> out) {
        String what = net.isBias(p) ? "bias" : "weight";
        List<Expr> terms = f instanceof Expr.Sum s ? s.terms() : List.of(f);
        for (Expr term : terms) {
            Expr.Ref delta = (Expr.Ref) (term instanceof Expr.Product pr ? pr.factors().get(0) : term);
            String n = delta.key().substring("delta:".length());
            boolean output = net.outputs().contains(n);
            out.add(new Slip("The slope of the activation is missing from the chain: δ includes ∂a/∂z.",
                    f.replace(delta, ref(output ? "dloss:" + n : "dA:" + n))));
            if (term instanceof Expr.Product pr && pr.factors().get(1) instanceof Expr.Ref source && source.key().startsWith("a:")) {
                String m = source.key().substring(2);
                out.add(new Slip("z was used where the activation belongs: ∂z/∂w is the activation the " + what + " carries, {a:" + m + "}.",
                        f.replace(source, ref("z:" + m))));
            }
            if (term instanceof Expr.Product) {
                out.add(new Slip("That is δ alone; multiply it by the value the " + what + " carries.", f.replace(term, delta)));
            }
            if (!output) {
                for (Slip s : upstreamSlips(net, shown, n, shown.get("dA:" + n).formula())) {
                    out.add(new Slip(s.what(), f.replace(delta, Expr.times(s.formula(), ref("dact:" + n)))));
                }
            }
        }
        if (terms.size() > 1 && net.isBias(p)) {
            for (Expr term : terms) {
                out.add(new Slip("That is the gradient through {" + via(term) + "} only; the shared bias {" + p + "} feeds "
                        + terms.size() + " neurons: add all their δs.", term));
            }
        } else if (terms.size() > 1) {
            for (Expr term : terms) {
                out.add(new Slip("That is the gradient through {" + via(term) + "} only; the shared " + what + " {" + p
                        + "} is used " + terms.size() + " times: add every use.", term));
            }
        }
        Quantity q = shown.get("grad:" + p);
        List<Quantity.Path> paths = q.paths();
        for (Quantity.Path path : paths) {
            out.add(new Slip("That is one path only (via " + path.via() + "); the " + what + " reaches the loss along "
                    + paths.size() + " paths: add them all.", product(path.factors(), net, false)));
        }
        // The hidden slopes left out of the chain as well (document 001's own working does both).
        for (Quantity.Path path : paths) {
            out.add(new Slip("That is one path only (via " + path.via() + "), and the hidden neuron's slope ∂a/∂z is left out of it:"
                    + " every path has every slope, and the " + paths.size() + " paths are added.", product(path.factors(), net, true)));
        }
        if (q.factors().size() > 2) {
            out.add(new Slip("The hidden neuron's slope ∂a/∂z is missing from the chain.", product(q.factors(), net, true)));
        }
    }

    /** A chain's product, without the slopes of hidden neurons when asked. */
    private static Expr product(List<tutor.engine.Factor> factors, Network net, boolean withoutHiddenSlopes) {
        List<Expr> fs = new ArrayList<>();
        for (tutor.engine.Factor f : factors) {
            boolean hiddenSlope = f.expr() instanceof Expr.Ref r && r.key().startsWith("dact:")
                    && !net.outputs().contains(r.key().substring(5));
            if (!(withoutHiddenSlopes && hiddenSlope)) fs.add(f.expr());
        }
        return new Expr.Product(fs);
    }

    private static void update(String p, Expr f, List<Slip> out) {
        Expr old = ((Expr.Difference) f).left();
        out.add(new Slip("You added η·gradient; the update subtracts it: new = old − η·gradient.", Expr.plus(old, ref("step:" + p))));
        out.add(new Slip("The learning rate η is missing: new = old − η·gradient.", new Expr.Difference(old, ref("grad:" + p))));
        out.add(new Slip("That is the gradient; the question asks for the new value, old − η·gradient.", ref("grad:" + p)));
        out.add(new Slip("That is the step η·gradient; subtract it from the old value.", ref("step:" + p)));
    }

    /** Dropping the ½ of the loss (or adding one the loss does not have) doubles or halves everything from ∂L/∂ŷ on. */
    private static void half(Network net, String kind, Expr f, List<Slip> out) {
        boolean halfLoss = net.loss() == Loss.HALF_SSE;
        if (!halfLoss && net.loss() != Loss.SSE && !(net.loss() == Loss.MSE && net.outputs().size() == 1)) return;
        Expr.Const factor = halfLoss ? Expr.Const.of(2) : new Expr.Const(0.5, "½", "½");
        String onLoss = halfLoss ? "That is (y − ŷ)² without the ½ in front of it."
                : "That has a ½ in front; this lesson's loss (y − ŷ)² has none.";
        String onSlope = halfLoss
                ? "That is twice the answer. If the 2 from the square was kept: the ½ in front of the loss cancels it, so ∂L/∂ŷ = ŷ − y."
                : "That is half the answer. If a ½ was put in front: this loss has none, so the 2 from the square stays: ∂L/∂ŷ = −2(y − ŷ).";
        String onUpdate = halfLoss
                ? "That is the update with twice the gradient. If the 2 from the square was kept: the ½ in front of the loss cancels it, so ∂L/∂ŷ = ŷ − y."
                : "That is the update with half the gradient. If a ½ was put in front: this loss has none, so the 2 from the square stays: ∂L/∂ŷ = −2(y − ŷ).";
        switch (kind) {
            case "loss" -> out.add(new Slip(onLoss, Expr.times(factor, f)));
            case "dloss", "delta", "dA", "grad", "step", "change" -> out.add(new Slip(onSlope, Expr.times(factor, f)));
            case "new" -> {
                Expr.Difference d = (Expr.Difference) f;
                out.add(new Slip(onUpdate, new Expr.Difference(d.left(), Expr.times(factor, d.right()))));
            }
            default -> { }
        }
    }

    /**
     * A squared loss with its square left out: the difference y − ŷ as it stands, or as ŷ − y (the total of several
     * outputs adds each one's difference).
     */
    private static void unsquared(Trace shown, Expr f, List<Slip> out) {
        Expr plain = unsquare(f, shown, false);
        if (plain.equals(f)) return;
        String what = "The difference is left unsquared: the loss squares it, (y − ŷ)².";
        out.add(new Slip(what, plain));
        out.add(new Slip(what, unsquare(f, shown, true)));
    }

    private static Expr unsquare(Expr e, Trace shown, boolean flipped) {
        if (e instanceof Expr.Square sq) return flipped ? new Expr.Negate(sq.inner()) : sq.inner();
        if (e instanceof Expr.Ref r && r.key().startsWith("loss:")) {
            Expr inner = shown.get(r.key()).formula();
            Expr plain = unsquare(inner, shown, flipped);
            return plain.equals(inner) ? e : plain;
        }
        if (e.parts().isEmpty()) return e;
        List<Expr> parts = new ArrayList<>();
        for (Expr p : e.parts()) parts.add(unsquare(p, shown, flipped));
        return e.with(parts);
    }

    /** A minus dropped from a given negative number: a weight, an input or a target. */
    private static void droppedMinus(Trace shown, Expr f, List<Slip> out) {
        Set<Expr.Given> seen = new LinkedHashSet<>();
        for (Expr.Given g : f.givens()) {
            if (g.value() >= 0 || !seen.add(g)) continue;
            out.add(new Slip("The minus sign of " + g.token() + " = " + Numbers.given(g.value()) + " was dropped.",
                    f.replace(g, new Expr.Given(g.token(), -g.value()))));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Expr.Ref ref(String key) {
        return new Expr.Ref(key);
    }

    /** The neuron a term goes through: the δ (or a) it multiplies. */
    private static String via(Expr term) {
        Set<String> refs = new LinkedHashSet<>();
        term.refs(refs);
        for (String r : refs) if (r.startsWith("delta:")) return r.substring(6);
        return refs.isEmpty() ? "?" : refs.iterator().next().replaceFirst("^[a-zA-Z]+:", "");
    }

    private static String biasOf(Network net, String neuron) {
        for (Layer l : net.layers()) {
            int j = l.neurons().indexOf(neuron);
            if (j >= 0) return l.biasIds().get(j);
        }
        return null;
    }

    private static Layer layerOf(Network net, String neuron) {
        for (Layer l : net.layers()) if (l.neurons().contains(neuron)) return l;
        throw new IllegalArgumentException("no neuron " + neuron);
    }
}
