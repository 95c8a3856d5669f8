package tutor.quiz;

import java.util.function.Function;

/**
 * A small arithmetic expression as written on paper: numbers (0.5, .5, 7.46e-2), + − × · * / ^, parentheses,
 * exp( ), ln( ), sqrt( ), σ( ) and names of known values (a:h1, w1). Evaluated by this recursive-descent
 * parser and nothing else: no scripting engine ever sees what a learner types.
 */
public final class Expression {

    /** Input that is not an expression, with what went wrong. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    public static final int MAX_LENGTH = 200;
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
        Expression e = new Expression(text, names);
        e.skipSpace();
        if (e.pos >= text.length()) throw new Invalid("nothing was typed");
        double v = e.sum();
        e.skipSpace();
        if (e.pos < text.length()) throw new Invalid("unexpected \"" + text.charAt(e.pos) + "\" at position " + (e.pos + 1));
        if (Double.isNaN(v)) throw new Invalid("that is not a number");
        if (Double.isInfinite(v)) throw new Invalid("that number is too large");
        return v;
    }

    private double sum() throws Invalid {
        double v = product();
        while (true) {
            skipSpace();
            if (eat('+')) v += product();
            else if (eat('-') || eat('−')) v -= product();
            else return v;
        }
    }

    private double product() throws Invalid {
        double v = unary();
        while (true) {
            skipSpace();
            if (eat('*') || eat('×') || eat('·')) v *= unary();
            else if (eat('/') || eat('÷')) {
                double d = unary();
                if (d == 0) throw new Invalid("division by zero");
                v /= d;
            } else if (peek() == '(') {
                v *= unary(); // (0.5)(0.3): juxtaposed parentheses multiply, as on paper
            } else {
                return v;
            }
        }
    }

    private double unary() throws Invalid {
        skipSpace();
        if (eat('-') || eat('−')) return -unary();
        if (eat('+')) return unary();
        return power();
    }

    private double power() throws Invalid {
        double base = atom();
        skipSpace();
        if (eat('^')) return Math.pow(base, unary());
        if (eat('²')) return base * base;
        return base;
    }

    private double atom() throws Invalid {
        skipSpace();
        if (++depth > MAX_DEPTH) throw new Invalid("too many parentheses");
        try {
            char c = peek();
            if (eat('(')) {
                double v = sum();
                skipSpace();
                if (!eat(')')) throw new Invalid("a \"(\" is not closed");
                return v;
            }
            if (Character.isDigit(c) || c == '.') return number();
            if (Character.isLetter(c) || c == 'σ') return named();
            if (pos >= text.length()) throw new Invalid("the expression ends too early");
            throw new Invalid("unexpected \"" + c + "\" at position " + (pos + 1));
        } finally {
            depth--;
        }
    }

    private double number() throws Invalid {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) pos++;
            int digits = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            if (pos == digits) pos = mark; // "2e" is not an exponent; leave the e
        }
        String s = text.substring(start, pos);
        if (s.equals(".")) throw new Invalid("a lone \".\" is not a number");
        double v = Double.parseDouble(s);
        if (Double.isInfinite(v)) throw new Invalid("that number is too large");
        return v;
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
        double x = sum();
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
