package tutor.quiz;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tutor.expr.Expression;

/**
 * What a learner typed, read as a number: a decimal (0.5523, .5523, -0.0746), a comma decimal (0,5523),
 * scientific notation (7.46e-2) or a small expression (0.7414*0.1868*0.5933). A plain number keeps the
 * precision it was typed with (decimals and significant figures); an expression has none of its own.
 * Digits of any script count (٠٫٥٥ and ０．５５ are 0.55); anything else gets a message, never an exception.
 */
public record Answer(String typed, double value, int decimals, int significant, boolean expression) {

    /** The longest answer read; the answer field takes no more. */
    public static final int MAX_LENGTH = Expression.MAX_LENGTH;

    /** Input that is not a number, with a message the learner can act on. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private static final Pattern COMMA_DECIMAL = Pattern.compile("[-+]?[0-9]*,[0-9]+");
    private static final Pattern PLAIN = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE]([-+]?)([0-9]+))?");
    private static final BigDecimal TOO_LARGE = new BigDecimal("1e300");

    public static Answer parse(String typed) throws Unreadable {
        if (typed.length() > MAX_LENGTH) throw new Unreadable("That is too long to be an answer.");
        String text = Expression.normalize(typed).strip();
        if (text.isEmpty()) throw new Unreadable("Type a number, then press Enter.");
        if (COMMA_DECIMAL.matcher(text).matches()) text = text.replace(',', '.');
        else if (text.contains(",")) {
            if (text.contains(".")) throw new Unreadable("Use either a comma or a point for decimals, not both.");
            text = text.replace(',', '.');
        }
        Matcher plain = PLAIN.matcher(text);
        if (plain.matches()) return number(typed, text, plain.group(3), plain.group(4));
        try {
            double v = Expression.evaluate(text);
            return new Answer(typed, v, -1, -1, true);
        } catch (Expression.Invalid e) {
            throw new Unreadable("I can't read that as a number: " + e.getMessage() + ".");
        }
    }

    /** A plain number, exactly as typed; its exponent is bounded before BigDecimal sees it. */
    private static Answer number(String typed, String text, String sign, String exponent) throws Unreadable {
        if (exponent != null) {
            try {
                Expression.checkExponent(exponent);
            } catch (Expression.Invalid e) {
                if (!"-".equals(sign)) throw new Unreadable("That number is far too large to be the answer.");
                throw new Unreadable("That number is too small to be an answer: " + e.getMessage() + ".");
            }
        }
        BigDecimal exact = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        if (exact.abs().compareTo(TOO_LARGE) > 0) throw new Unreadable("That number is far too large to be the answer.");
        double v = exact.doubleValue();
        int decimals = Math.max(0, exact.scale());
        int significant = exact.signum() == 0 ? 0 : exact.precision();
        return new Answer(typed, v, decimals, significant, false);
    }
}
