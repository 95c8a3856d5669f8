package tutor.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tutor.expr.Expression;

/**
 * A statement about a lesson's numbers, written as a teacher would: comparisons of expressions
 * ({@code x1 + x2 > 1}, {@code a:H2 = 0}, {@code delta:o < 0}) joined by {@code and}, {@code or}, {@code not} and
 * parentheses. Comparisons use the values as the lesson computes them (rounded in paper mode), so {@code =} is
 * exact: a switched-off ReLU gives exactly 0. Names are quantity keys and given values (see ./tutor trace).
 */
public final class Condition {

    /** A condition that cannot be read or evaluated, with what went wrong. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    private sealed interface Node permits Any, All, Not, Compare {}

    private record Any(List<Node> parts) implements Node {}

    private record All(List<Node> parts) implements Node {}

    private record Not(Node part) implements Node {}

    private record Compare(String left, String op, String right) implements Node {}

    private static final String[] OPERATORS = {"<=", ">=", "!=", "==", "≤", "≥", "≠", "<", ">", "="};

    private final String text;
    private final Node root;

    private Condition(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    public String text() {
        return text;
    }

    public static Condition parse(String text) throws Invalid {
        if (text == null || text.isBlank()) throw new Invalid("an empty condition; expected a comparison such as x1 + x2 > 1");
        if (text.length() > Expression.MAX_LENGTH) throw new Invalid("a condition of over " + Expression.MAX_LENGTH + " characters");
        return new Condition(text.strip(), node(text.strip()));
    }

    /** Whether the condition holds; a name resolves through the function (null: no such value). */
    public boolean holds(Function<String, Double> values) throws Invalid {
        return holds(root, values);
    }

    private static boolean holds(Node node, Function<String, Double> values) throws Invalid {
        if (node instanceof Any any) {
            boolean result = false;
            for (Node p : any.parts()) result |= holds(p, values); // every part evaluated, so a bad name is always found
            return result;
        }
        if (node instanceof All all) {
            boolean result = true;
            for (Node p : all.parts()) result &= holds(p, values);
            return result;
        }
        if (node instanceof Not not) return !holds(not.part(), values);
        Compare c = (Compare) node;
        double l = value(c.left(), values);
        double r = value(c.right(), values);
        return switch (c.op()) {
            case "<" -> l < r;
            case ">" -> l > r;
            case "<=", "≤" -> l <= r;
            case ">=", "≥" -> l >= r;
            case "!=", "≠" -> l != r;
            default -> l == r;
        };
    }

    private static double value(String expression, Function<String, Double> values) throws Invalid {
        try {
            return Expression.evaluate(expression, values);
        } catch (Expression.Invalid e) {
            throw new Invalid("in \"" + expression + "\": " + e.getMessage());
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    private static Node node(String s) throws Invalid {
        List<String> any = split(s, "or");
        if (any.size() > 1) return new Any(nodes(any));
        List<String> all = split(s, "and");
        if (all.size() > 1) return new All(nodes(all));
        if (startsWithWord(s, "not")) return new Not(node(s.substring(3).strip()));
        if (s.startsWith("(") && closing(s, 0) == s.length() - 1 && operatorAt(s.substring(1, s.length() - 1)) != null) {
            return node(s.substring(1, s.length() - 1).strip());
        }
        int[] op = operatorAt(s);
        if (op == null) throw new Invalid("\"" + s + "\" compares nothing; expected a comparison such as x1 + x2 > 1 (< <= > >= = !=)");
        String left = s.substring(0, op[0]).strip();
        String right = s.substring(op[0] + op[1]).strip();
        if (left.isEmpty() || right.isEmpty()) throw new Invalid("\"" + s + "\" needs a value on each side of its comparison");
        if (operatorAt(right) != null) throw new Invalid("\"" + s + "\" has two comparisons; join them with and / or");
        return new Compare(left, s.substring(op[0], op[0] + op[1]), right);
    }

    private static List<Node> nodes(List<String> parts) throws Invalid {
        List<Node> out = new ArrayList<>();
        for (String p : parts) {
            if (p.isBlank()) throw new Invalid("\"and\" or \"or\" with nothing on one side");
            out.add(node(p.strip()));
        }
        return out;
    }

    /** The parts of s between the word at parenthesis depth 0. */
    private static List<String> split(String s, String word) throws Invalid {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) throw new Invalid("a \")\" without its \"(\" in \"" + s + "\"");
            else if (depth == 0 && wordAt(s, i, word)) {
                parts.add(s.substring(from, i));
                from = i + word.length();
                i = from - 1;
            }
        }
        if (depth > 0) throw new Invalid("a \"(\" is not closed in \"" + s + "\"");
        parts.add(s.substring(from));
        return parts;
    }

    private static boolean startsWithWord(String s, String word) {
        return wordAt(s, 0, word);
    }

    private static boolean wordAt(String s, int i, String word) {
        if (!s.startsWith(word, i)) return false;
        boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == ')';
        int end = i + word.length();
        boolean after = end == s.length() || Character.isWhitespace(s.charAt(end)) || s.charAt(end) == '(';
        return before && after;
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') depth++;
            else if (s.charAt(i) == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** The first comparison operator at depth 0, as {index, length}; null if none. */
    private static int[] operatorAt(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0) {
                for (String op : OPERATORS) if (s.startsWith(op, i)) return new int[] {i, op.length()};
            }
        }
        return null;
    }

    @Override public String toString() {
        return text;
    }
}
