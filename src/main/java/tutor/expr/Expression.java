package tutor.expr;

import java.util.function.Function;

/**
 * A small arithmetic expression as written on paper: numbers (0.5, .5, 7.46e-2), + − × · * / ^ (and x between
 * numbers for ×), parentheses,
 * exp( ), ln( ), sqrt( ), σ( ) and names of known values (a:h1, w1). Evaluated by this recursive-descent
 * parser and nothing else: no scripting engine ever sees what a learner types or a lesson holds.
 * <p>
 * Any Unicode decimal digit is read as its value (٣ and ３ are 3), and full-width forms as their ASCII
 * originals, so a learner's keyboard layout never matters. Everything is bounded before it is computed:
 * the length, the nesting and the size of an exponent. Nothing but {@link Invalid} ever leaves evaluate.
 */
public final class Expression {

    /** Input that is not an expression, with what went wrong. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    public static final int MAX_LENGTH = 200;
    /** Exponents beyond this are no number a learner means; BigDecimal would spend unbounded time on them. */
    public static final int MAX_EXPONENT = 300;
    private static final int MAX_DEPTH = 50;

    private final String text;
    private final Function<String, Double> names;
    private int pos;
    private int depth;

    private Expression(String text, Function<String, Double> names) {
        this.text = text;
        this.names = names;
    }

    /** Evaluates without names. */
    public static double evaluate(String text) throws Invalid {
        return evaluate(text, name -> null);
    }

    /** Evaluates; a name resolves through the function (null means unknown). */
    public static double evaluate(String text, Function<String, Double> names) throws Invalid {
        if (text.length() > MAX_LENGTH) throw new Invalid("that is too long to be an answer (over " + MAX_LENGTH + " characters)");
        Expression e = new Expression(normalize(text), names);
        e.skipSpace();
        if (e.pos >= e.text.length()) throw new Invalid("nothing was typed");
        double v;
        try {
            v = e.sum();
        } catch (StackOverflowError tooDeep) {
            throw new Invalid("that is nested too deeply");
        }
        e.skipSpace();
        if (e.pos < e.text.length()) {
            char c = e.text.charAt(e.pos);
            if (Character.isLetter(c)) {
                throw new Invalid("\"" + c + "\" at position " + (e.pos + 1) + " is no number or function (write ×, * or x for times)");
            }
            throw new Invalid("unexpected \"" + c + "\" at position " + (e.pos + 1));
        }
        if (Double.isNaN(v)) throw new Invalid("that is not a number");
        if (Double.isInfinite(v)) throw new Invalid("that number is too large");
        return v;
    }

    /**
     * The text with every decimal digit in ASCII, full-width forms (３．５) as ASCII, and the typographic signs
     * a keyboard or a document may give (− – × · ÷) as the ones this parser reads. Same length as the text.
     */
    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0); // full-width ASCII
            if (c > 127 && Character.isDigit(c)) c = (char) ('0' + Character.digit(c, 10));
            c = switch (c) {
                case '−', '–', '\uFE63' -> '-';
                case '×', '·', '⋅' -> '*';
                case '÷' -> '/';
                case '\u066B' -> '.'; // Arabic decimal separator
                case '\u3000' -> ' '; // ideographic space
                default -> c;
            };
            sb.append(c);
        }
        return sb.toString();
    }

    private double sum() throws Invalid {
        double v = product();
        while (true) {
            skipSpace();
            if (eat('+')) v += product();
            else if (eat('-')) v -= product();
            else return v;
        }
    }

    private double product() throws Invalid {
        double v = unary();
        while (true) {
            skipSpace();
            if (eat('*')) v *= unary();
            else if (eat('/')) {
                double d = unary();
                if (d == 0) throw new Invalid("division by zero");
                v /= d;
            } else if (peek() == '(') {
                v *= unary(); // (0.5)(0.3): juxtaposed parentheses multiply, as on paper
            } else if (timesX()) {
                v *= unary(); // 0.5 x 0.3: an x between numbers is the times sign a keyboard lacks
            } else {
                return v;
            }
        }
    }

    /** An x (or X) standing for ×: after a number or ")", before a number, a sign or "(". Eaten when it is. */
    private boolean timesX() {
        char c = peek();
        if (c != 'x' && c != 'X') return false;
        int before = pos - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
        if (before < 0 || !(isDigit(text.charAt(before)) || text.charAt(before) == '.' || text.charAt(before) == ')')) return false;
        int after = pos + 1;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) after++;
        if (after >= text.length()) return false;
        char next = text.charAt(after);
        if (!(isDigit(next) || next == '.' || next == '(' || next == '-' || next == '+')) return false;
        pos++;
        return true;
    }

    private double unary() throws Invalid {
        skipSpace();
        if (eat('-')) return -nested(this::unary);
        if (eat('+')) return nested(this::unary);
        return power();
    }

    private double power() throws Invalid {
        double base = atom();
        skipSpace();
        if (eat('^')) return Math.pow(base, nested(this::unary));
        if (eat('²')) return base * base;
        return base;
    }

    private interface Part {
        double parse() throws Invalid;
    }

    /** One level deeper: every recursion passes here, so nesting is bounded whatever the text. */
    private double nested(Part part) throws Invalid {
        if (++depth > MAX_DEPTH) throw new Invalid("too many parentheses or signs in a row");
        try {
            return part.parse();
        } finally {
            depth--;
        }
    }

    private double atom() throws Invalid {
        skipSpace();
        char c = peek();
        if (eat('(')) {
            double v = nested(this::sum);
            skipSpace();
            if (!eat(')')) throw new Invalid("a \"(\" is not closed");
            return v;
        }
        if (isDigit(c) || c == '.') return number();
        if (Character.isLetter(c) || c == 'σ') return named();
        if (pos >= text.length()) throw new Invalid("the expression ends too early");
        throw new Invalid("unexpected \"" + c + "\" at position " + (pos + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A decimal number: digits, a point, digits (at least one digit in all), and an optional bounded exponent. */
    private double number() throws Invalid {
        int start = pos;
        int digits = 0;
        while (pos < text.length() && isDigit(text.charAt(pos))) { pos++; digits++; }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) { pos++; digits++; }
        }
        if (digits == 0) throw new Invalid("a \".\" needs a digit before or after it, at position " + (start + 1));
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) pos++;
            int expStart = pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
            if (pos == expStart) pos = mark; // "2e" is not an exponent; leave the e
            else checkExponent(text.substring(expStart, pos));
        }
        double v = Double.parseDouble(text.substring(start, pos));
        if (Double.isInfinite(v)) throw new Invalid("that number is too large");
        return v;
    }

    /** Refuses an exponent beyond ±MAX_EXPONENT, looking only at its digits (it may be a million digits long). */
    public static void checkExponent(String digits) throws Invalid {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') i++;
        String significant = digits.substring(i);
        if (significant.length() > 3 || Integer.parseInt(significant) > MAX_EXPONENT) {
            throw new Invalid("an exponent may be at most " + MAX_EXPONENT + " (as in 1e-" + MAX_EXPONENT + ")");
        }
    }

    private double named() throws Invalid {
        int start = pos;
        if (eat('σ')) return call("σ");
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == ':') pos++;
            else break;
        }
        String name = text.substring(start, pos);
        skipSpace();
        if (peek() == '(' && isFunction(name)) return call(name);
        Double v = names.apply(name);
        if (v == null) throw new Invalid("\"" + name + "\" is not a number");
        return v;
    }

    private static boolean isFunction(String name) {
        return switch (name) {
            case "exp", "ln", "log", "sqrt", "sigmoid", "sig" -> true;
            default -> false;
        };
    }

    private double call(String name) throws Invalid {
        skipSpace();
        if (!eat('(')) throw new Invalid(name + " needs its argument in parentheses");
        double x = nested(this::sum);
        skipSpace();
        if (!eat(')')) throw new Invalid("a \"(\" is not closed");
        return switch (name) {
            case "exp" -> Math.exp(x);
            case "ln", "log" -> {
                if (x <= 0) throw new Invalid("ln needs a positive number");
                yield Math.log(x);
            }
            case "sqrt" -> {
                if (x < 0) throw new Invalid("sqrt needs a number of at least 0");
                yield Math.sqrt(x);
            }
            default -> 1.0 / (1.0 + Math.exp(-x));
        };
    }

    private char peek() {
        skipSpace();
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean eat(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }
}
