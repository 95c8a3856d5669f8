package tutor.quiz;

import java.math.BigDecimal;

/**
 * What a learner typed, read as a number: a decimal (0.5523, .5523, -0.0746), a comma decimal (0,5523),
 * scientific notation (7.46e-2) or a small expression (0.7414*0.1868*0.5933). A plain number keeps the
 * precision it was typed with (decimals and significant figures); an expression has none of its own.
 */
public record Answer(String typed, double value, int decimals, int significant, boolean expression) {

    /** Input that is not a number, with a message the learner can act on. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    public static Answer parse(String typed) throws Unreadable {
        String text = typed.strip().replace('−', '-').replace('–', '-').replace('×', '*').replace('·', '*');
        if (text.isEmpty()) throw new Unreadable("Type a number, then press Enter.");
        if (text.length() > Expression.MAX_LENGTH) throw new Unreadable("That is too long to be an answer.");
        if (text.matches("[-+]?[0-9]*,[0-9]+")) text = text.replace(',', '.');
        else if (text.contains(",")) {
            if (text.contains(".")) throw new Unreadable("Use either a comma or a point for decimals, not both.");
            text = text.replace(',', '.');
        }
        if (text.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            BigDecimal exact;
            try {
                exact = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            } catch (NumberFormatException e) {
                throw new Unreadable("That is not a number I can read.");
            }
            double v = exact.doubleValue();
            if (Double.isInfinite(v) || exact.abs().compareTo(new BigDecimal("1e300")) > 0) {
                throw new Unreadable("That number is far too large to be the answer.");
            }
            int decimals = Math.max(0, exact.scale());
            int significant = exact.signum() == 0 ? 0 : exact.precision();
            return new Answer(typed, v, decimals, significant, false);
        }
        try {
            double v = Expression.evaluate(text);
            return new Answer(typed, v, -1, -1, true);
        } catch (Expression.Invalid e) {
            throw new Unreadable("I can't read that as a number: " + e.getMessage() + ".");
        }
    }
}
