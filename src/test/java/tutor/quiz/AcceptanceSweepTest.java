package tutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tutor.engine.Expr;
import tutor.engine.Factor;
import tutor.engine.Interval;
import tutor.engine.Numbers;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.quiz.Acceptance.Verdict;

/**
 * Every fill-in question of every lesson and of many practice sheets: the answer a careful student works from the
 * numbers on screen, written to 3 and 4 significant figures, is accepted whenever those numbers carry that many
 * figures, and written to 2 where 2 is all they carry; and a slip rounded to 2 figures is not swallowed where 2 figures
 * are accepted.
 */
class AcceptanceSweepTest {

    static final int SEEDS = Integer.getInteger("sweep.seeds", 40);

    static Stream<Lesson> sheets() {
        return Sheets.withPractice(SEEDS).stream();
    }

    /** A way of working over the shown numbers: its value and the significant figures it carries (MAX: exact). */
    record Way(String how, BigDecimal value, int figures) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void workedFromTheScreenIsAcceptedAtTheFiguresItCarries(Lesson lesson) throws Exception {
        int checked = 0;
        for (Sheets.Asked q : Sheets.questions(lesson)) {
            if (q.fill().tolerance() != null) continue;
            Expected expected = q.expected();
            for (Way w : ways(q)) {
                if (w.value().signum() == 0 || w.figures() < 2) continue;
                for (int k = 2; k <= 4; k++) {
                    // 3 and 4 figures wherever the numbers carry them; 2 where that is all they carry
                    if (k > w.figures() || k == 2 && w.figures() > 2) continue;
                    String typed = figures(w.value(), k);
                    Verdict v = Acceptance.judge(Answer.parse(typed), expected);
                    if (v == Verdict.NOT_MOVED && sameAt(typed, expected.old())) continue; // at k figures it has not moved
                    assertEquals(Verdict.RIGHT, v, q + ": " + w.how() + " = " + w.value() + " carries " + w.figures()
                            + " figures, yet " + typed + " is refused");
                    checked++;
                }
            }
            slipsAreNotSwallowed(q, expected);
        }
        assertTrue(checked > 0, lesson.id() + ": nothing was checked");
    }

    /**
     * Where two figures are accepted, a slip rounded to two figures is refused, unless a right working rounded to as
     * many decimals is that very number (−0.0097 is −0.010 to three decimals, as the slip's −0.0100 is).
     */
    private static void slipsAreNotSwallowed(Sheets.Asked q, Expected expected) throws Exception {
        if (expected.significantNeeded() != 2) return;
        for (Slips.Slip s : Slips.of(q.lesson().network(), q.shown(), q.key())) {
            Slips.Reach r = Slips.reach(s, q.shown(), q.exact());
            if (r == null || r.exact() == 0 || r.range().intersects(expected.reach())) continue;
            String typed = figures(BigDecimal.valueOf(r.exact()), 2);
            List<Double> right = new ArrayList<>(expected.worked());
            right.add(expected.shown());
            int decimals = new BigDecimal(typed).scale();
            boolean alsoRight = right.stream().anyMatch(v -> BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP)
                    .compareTo(new BigDecimal(typed)) == 0); // a right working written the same way
            if (alsoRight) continue;
            assertNotEquals(Verdict.RIGHT, q.verdict(typed), q + ": the slip \"" + s.what() + "\" at two figures, " + typed);
        }
    }

    /** The ways a student works the answer from the screen: the formula, with a step written out, σ of the shown z, the chain, the paths. */
    private static List<Way> ways(Sheets.Asked q) {
        Trace t = q.shown();
        Quantity quantity = t.get(q.key());
        List<Way> out = new ArrayList<>();
        List<Expr> formulas = new ArrayList<>(List.of(quantity.formula(), Expected.expanded(quantity.formula(), t),
                Expected.called(quantity.formula(), t)));
        for (Expr f : formulas) {
            Way w = work(f, q);
            if (w != null) out.add(new Way("the formula " + f.getClass().getSimpleName(), w.value(), w.figures()));
        }
        if (quantity.factors().size() > 1) {
            BigDecimal product = BigDecimal.ONE;
            int figures = Integer.MAX_VALUE;
            for (Factor f : quantity.factors()) {
                BigDecimal d = Numbers.parse(f.shown());
                product = product.multiply(d);
                if (f.expr() instanceof Expr.Ref r && !exactOnScreen(q, r.key())) figures = Math.min(figures, significant(d));
            }
            out.add(new Way("the chain", product, figures));
        }
        if (!quantity.paths().isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            int lastPlace = Integer.MIN_VALUE;
            for (Quantity.Path p : quantity.paths()) {
                BigDecimal d = Numbers.parse(p.shown());
                sum = sum.add(d);
                lastPlace = Math.max(lastPlace, -d.scale());
            }
            out.add(new Way("the paths", sum, figuresDownTo(sum, lastPlace)));
        }
        return out;
    }

    /**
     * A formula over the shown numbers, with the figures the rules of paper carry: a product the fewest of its
     * operands', a sum down to the coarsest last place of its terms, a function (over shown numbers) what their last
     * digits leave of it; given numbers and exact shown ones carry all.
     */
    private static Way work(Expr e, Sheets.Asked q) {
        if (e instanceof Expr.Given g) return new Way("", BigDecimal.valueOf(g.value()), Integer.MAX_VALUE);
        if (e instanceof Expr.Const c) return new Way("", BigDecimal.valueOf(c.value()), Integer.MAX_VALUE);
        if (e instanceof Expr.Ref r) {
            BigDecimal d = Numbers.parse(q.shown().get(r.key()).result());
            if (d == null) return null;
            return new Way("", d, exactOnScreen(q, r.key()) ? Integer.MAX_VALUE : significant(d));
        }
        if (e instanceof Expr.Sum || e instanceof Expr.Difference) {
            List<Expr> terms = e instanceof Expr.Sum s ? s.terms() : e.parts();
            BigDecimal total = BigDecimal.ZERO;
            int lastPlace = Integer.MIN_VALUE;
            boolean anyInexact = false;
            for (int i = 0; i < terms.size(); i++) {
                Way w = work(terms.get(i), q);
                if (w == null) return null;
                total = e instanceof Expr.Difference && i == 1 ? total.subtract(w.value()) : total.add(w.value());
                if (w.figures() == Integer.MAX_VALUE) continue;
                anyInexact = true;
                int leading = w.value().precision() - w.value().scale() - 1;
                lastPlace = Math.max(lastPlace, leading - w.figures() + 1);
            }
            return new Way("", total, anyInexact ? figuresDownTo(total, lastPlace) : Integer.MAX_VALUE);
        }
        BigDecimal v = e.decimal(k -> Numbers.parse(q.shown().get(k).result()).doubleValue());
        if (v == null) return null;
        if (e instanceof Expr.Call) {
            // a function: what its value spans as each shown number spans its last digit (σ(−0.046) to ±0.00013)
            Interval span = e.range(k -> exactOnScreen(q, k) ? Interval.point(Numbers.parse(q.shown().get(k).result()).doubleValue())
                    : Numbers.range(q.shown().get(k).result()));
            if (span.width() == 0) return new Way("", v, Integer.MAX_VALUE);
            double unit = Math.pow(10, Math.ceil(Math.log10(span.width()) - 1e-6));
            int leading = v.signum() == 0 ? 0 : v.abs().stripTrailingZeros().precision() - v.abs().stripTrailingZeros().scale() - 1;
            return new Way("", v, Math.max(0, leading - (int) Math.round(Math.log10(unit)) + 1));
        }
        int figures = Integer.MAX_VALUE;
        for (Expr p : e.parts()) {
            Way w = work(p, q);
            if (w == null) return null;
            figures = Math.min(figures, w.figures());
        }
        return new Way("", v, figures);
    }

    private static boolean exactOnScreen(Sheets.Asked q, String key) {
        BigDecimal shown = Numbers.parse(q.shown().get(key).result());
        return shown != null && shown.compareTo(BigDecimal.valueOf(q.exact().value(key))) == 0;
    }

    private static int significant(BigDecimal d) {
        return d.signum() == 0 ? 0 : d.precision(); // 0.750 carries three figures, its zero included
    }

    private static int figuresDownTo(BigDecimal v, int lastPlace) {
        if (v.signum() == 0) return 0;
        BigDecimal s = v.abs().stripTrailingZeros();
        int leading = s.precision() - s.scale() - 1;
        return Math.max(0, leading - lastPlace + 1);
    }

    /** A value written with exactly this many significant figures, trailing zeros included. */
    static String figures(BigDecimal v, int figures) {
        BigDecimal r = v.round(new MathContext(figures, RoundingMode.HALF_UP));
        if (r.precision() < figures) r = r.setScale(r.scale() + figures - r.precision());
        return r.toPlainString();
    }

    private static boolean sameAt(String typed, Double old) throws Exception {
        if (old == null) return false;
        BigDecimal t = new BigDecimal(typed);
        return BigDecimal.valueOf(old).setScale(Math.max(0, t.scale()), RoundingMode.HALF_UP).compareTo(t) == 0;
    }
}
