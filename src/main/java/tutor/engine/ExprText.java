package tutor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a formula as on paper: in symbols (a template with {tokens} for the notation) or with its numbers as
 * shown. Parentheses only where precedence needs them; a negative number inside a product or after a minus is
 * parenthesised, and a negative term of a sum is written with a minus (a − 0.1, never a + −0.1).
 */
final class ExprText {
    private ExprText() {}

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    /** In symbols: references by their symbol templates. */
    static String symbols(Expr e, Function<String, String> refSymbol) {
        return new Writer(false, refSymbol, null).write(e);
    }

    /** With numbers: references by their shown values. */
    static String numbers(Expr e, Function<String, String> refShown) {
        return new Writer(true, refShown, null).write(e);
    }

    /** With numbers, expanded references written as their own formulas (null when the formula has none). */
    static String expanded(Expr e, Function<String, String> refShown, Function<String, Expr> formulaOf) {
        if (!hasExpanded(e)) return null;
        return new Writer(true, refShown, formulaOf).write(e);
    }

    private static boolean hasExpanded(Expr e) {
        if (e instanceof Expr.Ref r) return r.expanded();
        for (Expr p : e.parts()) if (hasExpanded(p)) return true;
        return false;
    }

    private record Writer(boolean numbers, Function<String, String> refs, Function<String, Expr> formulaOf) {

        String write(Expr e) {
            if (e instanceof Expr.Given g) return numbers ? Numbers.given(g.value()) : g.token();
            if (e instanceof Expr.Const c) return numbers ? c.written() : c.symbol();
            if (e instanceof Expr.Ref r) return formulaOf != null && r.expanded() ? write(formulaOf.apply(r.key())) : refs.apply(r.key());
            if (e instanceof Expr.Sum s) {
                StringBuilder sb = new StringBuilder();
                for (Expr t : s.terms()) {
                    String text = t instanceof Expr.Negate n ? "−" + operand(n.inner(), POWER, false) : write(t);
                    if (sb.length() == 0) sb.append(text);
                    else if (Numbers.isNegative(text)) sb.append(" − ").append(text.substring(1)); // a − 0.1, never a + −0.1
                    else sb.append(" + ").append(text);
                }
                return sb.toString();
            }
            if (e instanceof Expr.Difference d) return write(d.left()) + " − " + operand(d.right(), PRODUCT, false);
            if (e instanceof Expr.Product p) {
                List<Expr> fs = p.factors();
                if (fs.size() == 2 && fs.get(0) instanceof Expr.Const c && !isNumber(fs.get(1))) {
                    // A constant before a bracket is written against it: ½(y − ŷ)², −2(y − ŷ).
                    String rest = operand(fs.get(1), PRODUCT, false);
                    if (rest.startsWith("(")) return (numbers ? c.written() : c.symbol()) + rest;
                }
                List<String> texts = new ArrayList<>();
                for (Expr f : fs) texts.add(operand(f, PRODUCT, texts.isEmpty()));
                return String.join(numbers ? " × " : "·", texts);
            }
            if (e instanceof Expr.Quotient q) return operand(q.top(), PRODUCT, true) + " / " + operand(q.bottom(), UNARY, false);
            if (e instanceof Expr.Negate n) return "−" + operand(n.inner(), POWER, false);
            if (e instanceof Expr.Square s) return operand(s.inner(), ATOM, false) + "²";
            Expr.Call c = (Expr.Call) e;
            List<String> args = new ArrayList<>();
            for (Expr a : c.args()) args.add(write(a));
            return c.fn().write(args, numbers);
        }

        /**
         * A part written inside an operation of the given precedence: bracketed when it binds less tightly, or when
         * it starts with a minus anywhere but at the front (0.8 − (−0.012), 0.1 × (−0.122), (−0.3)²).
         */
        private String operand(Expr e, int context, boolean first) {
            String text = write(e);
            if (precedence(e) < context || !first && Numbers.isNegative(text)) return "(" + text + ")";
            return text;
        }

        private boolean isNumber(Expr e) {
            if (e instanceof Expr.Ref r && r.expanded() && formulaOf != null) return isNumber(formulaOf.apply(r.key()));
            return e instanceof Expr.Given || e instanceof Expr.Const || e instanceof Expr.Ref && numbers;
        }

        private int precedence(Expr e) {
            if (e instanceof Expr.Ref r && r.expanded() && formulaOf != null) return precedence(formulaOf.apply(r.key()));
            if (e instanceof Expr.Sum || e instanceof Expr.Difference) return SUM;
            if (e instanceof Expr.Product || e instanceof Expr.Quotient) return PRODUCT;
            if (e instanceof Expr.Negate) return UNARY;
            if (e instanceof Expr.Square) return POWER;
            if (e instanceof Expr.Ref && !numbers) return refs.apply(((Expr.Ref) e).key()).contains(" ") ? SUM : ATOM;
            return ATOM;
        }
    }
}
