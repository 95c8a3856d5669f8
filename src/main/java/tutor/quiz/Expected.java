package tutor.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tutor.engine.Expr;
import tutor.engine.Factor;
import tutor.engine.Interval;
import tutor.engine.Numbers;
import tutor.engine.Quantity;
import tutor.engine.Trace;

/**
 * What an asked quantity's answer may be: its exact value, its value as the lesson shows it, and the range a
 * learner reaches working from the numbers on screen, each within half a unit of its last shown digit. That range
 * is the formula over those numbers, or the chain-rule factors, or the formula with a step written out (w − η·g), or
 * with a function worked from its shown argument (σ of the shown z rather than 1 / (1 + the shown e^(−z))),
 * whichever the learner follows. Each way of working also gives a number exactly (its value over the shown numbers)
 * and carries some significant figures (Carry): the fewest of them is all an answer needs. An update question also
 * knows the value before the update.
 */
public record Expected(double exact, double shown, Interval reach, Double old, Double tolerance, List<Double> worked,
                       int figures) {

    public Expected {
        worked = List.copyOf(worked);
    }

    /** An answer whose ways of working are not known: only the exact and shown values are lossless. */
    public Expected(double exact, double shown, Interval reach, Double old, Double tolerance) {
        this(exact, shown, reach, old, tolerance, List.of(), Carry.ALL);
    }

    public static Expected of(Trace shown, Trace exact, String key, Double tolerance) {
        Quantity q = shown.get(key);
        Interval reach = Interval.point(exact.value(key)).hull(Interval.point(q.value()));
        List<Double> worked = new ArrayList<>();
        int figures = Carry.ALL;
        for (Expr way : waysOf(q, shown)) {
            reach = reach.hull(way.range(shown::shownRange));
            Carry.Figures f = Carry.of(way, shown, exact);
            worked.add(f.value().doubleValue());
            figures = Math.min(figures, f.figures());
        }
        if (q.factors().size() > 1) {
            reach = reach.hull(product(q.factors(), shown));
            Carry.Figures f = Carry.ofFactors(q.factors(), exact);
            worked.add(f.value().doubleValue());
            figures = Math.min(figures, f.figures());
        }
        if (!q.paths().isEmpty()) {
            // The paths' products from their factors, or as each path's line shows its product.
            Interval sum = Interval.point(0);
            Interval sumOfShown = Interval.point(0);
            List<String> products = new ArrayList<>();
            for (Quantity.Path p : q.paths()) {
                sum = sum.plus(product(p.factors(), shown));
                sumOfShown = sumOfShown.plus(Numbers.range(p.shown()));
                products.add(p.shown());
            }
            reach = reach.hull(sum).hull(sumOfShown);
            Carry.Figures f = Carry.sumOfShown(products);
            worked.add(f.value().doubleValue());
            figures = Math.min(figures, f.figures());
        }
        Double old = key.startsWith("new:") ? shown.given(key.substring(4)) : null;
        return new Expected(exact.value(key), q.value(), reach, old, tolerance, worked, figures);
    }

    /**
     * The formulas a learner may work over the numbers on screen: the quantity's own, with a step written out
     * (w − η·g), and with each function of a shown number worked from that number (σ(z) for 1 / (1 + e^(−z))).
     */
    private static List<Expr> waysOf(Quantity q, Trace shown) {
        List<Expr> ways = new ArrayList<>();
        ways.add(q.formula());
        Expr written = expanded(q.formula(), shown);
        if (written != q.formula()) ways.add(written);
        Expr called = called(q.formula(), shown);
        if (!called.equals(q.formula())) ways.add(called);
        return ways;
    }

    /** The formula with each reference to a function of shown numbers (e^(−z)) replaced by that function. */
    static Expr called(Expr e, Trace t) {
        Expr out = e;
        Set<String> refs = new HashSet<>();
        e.refs(refs);
        for (String k : refs) {
            if (t.get(k).formula() instanceof Expr.Call call) out = out.replace(new Expr.Ref(k), call);
        }
        return out;
    }

    /** The fewest significant figures an answer needs: 3, or 2 where that is all the numbers on screen carry. */
    public int significantNeeded() {
        return Math.max(2, Math.min(Acceptance.MIN_SIGNIFICANT, figures));
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.^])[−-]?(?:\\d+\\.\\d+|\\.\\d+)(?!\\w|\\.\\d)");

    /** Whether a text (an erratum's note, say) quotes a number that would be taken as this answer. */
    public boolean quotedIn(String text) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            try {
                if (Acceptance.judge(Answer.parse(m.group().replace('−', '-')), this) == Acceptance.Verdict.RIGHT) return true;
            } catch (Answer.Unreadable e) {
                // not a number after all
            }
        }
        return false;
    }

    /** Whether an update moves the parameter at all (when it does not, its old value is the answer). */
    public boolean moves() {
        return old != null && exact != old;
    }

    private static Interval product(List<Factor> factors, Trace shown) {
        Interval p = Interval.point(1);
        for (Factor f : factors) p = p.times(f.expr().range(shown::shownRange));
        return p;
    }

    /** The formula with each expanded reference (Expr.Ref#expanded) replaced by that quantity's own formula. */
    static Expr expanded(Expr e, Trace t) {
        Expr out = e;
        Set<String> refs = new HashSet<>();
        e.refs(refs);
        for (String k : refs) {
            Expr.Ref r = new Expr.Ref(k, true);
            if (containsPart(e, r)) out = out.replace(r, t.get(k).formula());
        }
        return out;
    }

    private static boolean containsPart(Expr e, Expr part) {
        if (e.equals(part)) return true;
        for (Expr p : e.parts()) if (containsPart(p, part)) return true;
        return false;
    }
}
