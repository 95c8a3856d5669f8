package tutor.quiz;

import java.util.List;
import tutor.engine.Expr;
import tutor.engine.Factor;
import tutor.engine.Interval;
import tutor.engine.Quantity;
import tutor.engine.Trace;

/**
 * What an asked quantity's answer may be: its exact value, its value as the lesson shows it, and the range a
 * learner reaches working from the numbers on screen, each within half a unit of its last shown digit. That range
 * is the formula over those numbers, or the chain-rule factors, or the formula with a step written out (w − η·g),
 * whichever the learner follows. An update question also knows the value before the update.
 */
public record Expected(double exact, double shown, Interval reach, Double old, Double tolerance) {

    public static Expected of(Trace shown, Trace exact, String key, Double tolerance) {
        Quantity q = shown.get(key);
        Interval reach = Interval.point(exact.value(key)).hull(Interval.point(q.value()));
        reach = reach.hull(q.formula().range(shown::shownRange));
        Expr written = expanded(q.formula(), shown);
        if (written != q.formula()) reach = reach.hull(written.range(shown::shownRange));
        if (q.factors().size() > 1) reach = reach.hull(product(q.factors(), shown));
        if (!q.paths().isEmpty()) {
            // The paths' products from their factors, or as each path's line shows its product.
            Interval sum = Interval.point(0);
            Interval sumOfShown = Interval.point(0);
            for (Quantity.Path p : q.paths()) {
                sum = sum.plus(product(p.factors(), shown));
                sumOfShown = sumOfShown.plus(tutor.engine.Numbers.range(p.shown()));
            }
            reach = reach.hull(sum).hull(sumOfShown);
        }
        Double old = key.startsWith("new:") ? shown.given(key.substring(4)) : null;
        return new Expected(exact.value(key), q.value(), reach, old, tolerance);
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("(?<![\\w.^])[−-]?(?:\\d+\\.\\d+|\\.\\d+)(?!\\w|\\.\\d)");

    /** Whether a text (an erratum's note, say) quotes a number that would be taken as this answer. */
    public boolean quotedIn(String text) {
        java.util.regex.Matcher m = NUMBER.matcher(text);
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
        java.util.Set<String> refs = new java.util.HashSet<>();
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
