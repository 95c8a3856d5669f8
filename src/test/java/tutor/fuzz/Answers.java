package tutor.fuzz;

import java.util.Random;

/**
 * Typed answers as a careless learner, a keyboard in another script or an attacker produce them: numbers in
 * every notation the tutor documents, digits of other scripts, expressions, huge exponents, long runs, deep
 * nesting, control characters and half surrogate pairs. Seeded: the same seed gives the same answers.
 */
final class Answers {
    private final Random random;

    Answers(long seed) {
        random = new Random(seed);
    }

    private static final String[] PIECES = {
        "0", "1", "2", "5", "7", "9", ".", ",", "-", "+", "e", "E", "(", ")", "*", "/", "^", "²", "×", "·", "−", "–",
        "÷", " ", "0.5523", ".5523", "-0.0746", "0,5523", "7.46e-2", "1e-999999999", "1e-99999999", ".e1", "-.e2",
        "３", "٣", "٫", "٠", "۵", "७", "５", "．", "－", "１", "e999", "e-300", "e-301", "e+99999", "exp(", "ln(",
        "sqrt(", "σ(", "sigmoid(", "log(", "x", "a:h", "w1", "NaN", "Infinity", "0x1p3", "1_000", "1'000", "∞",
        "\u0000", "\u0007", "\u001b", "\u009b", "\u202e", "\ud800", "\udc00", "\ud83d\ude00", "\n", "\t", "%", "=",
        "0.000000000000000000000000001", "99999999999999999999999999999", "2^2000", "1/0", "0/0", "(((", ")))",
        "--", "++", "..", ",,", "e", "ee", "1e", "1e+", "1e-", "1.2.3", "1,2,3", "1,5.2", "١٢٣٫٤٥", "０．７５０"
    };

    /** The next answer, at most about 250 characters (the field takes 200; a few are longer on purpose). */
    String next() {
        int kind = random.nextInt(10);
        if (kind == 0) return number();
        if (kind == 1) return repeat();
        if (kind == 2) return randomChars(1 + random.nextInt(30));
        StringBuilder sb = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int i = 0; i < parts; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
        return sb.toString();
    }

    /** A well-formed number in one of the documented notations, sometimes in another script's digits. */
    private String number() {
        double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6);
        String s = switch (random.nextInt(4)) {
            case 0 -> String.format(java.util.Locale.ROOT, "%." + random.nextInt(8) + "f", v);
            case 1 -> String.format(java.util.Locale.ROOT, "%." + random.nextInt(6) + "e", v);
            case 2 -> String.format(java.util.Locale.ROOT, "%." + random.nextInt(6) + "f", v).replace('.', ',');
            default -> Double.toString(v);
        };
        if (random.nextInt(4) == 0) s = inScript(s, random.nextBoolean() ? '\u0660' : '\uFF10');
        return s;
    }

    private static String inScript(String s, char zero) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : c);
        return sb.toString();
    }

    /** A long run: nesting, signs, digits, or an exponent hundreds of digits long. */
    private String repeat() {
        int n = 1 + random.nextInt(250);
        return switch (random.nextInt(6)) {
            case 0 -> "(".repeat(n) + "1" + ")".repeat(random.nextInt(n + 1));
            case 1 -> "-".repeat(n) + "1";
            case 2 -> "1e-" + "9".repeat(Math.min(n, 196));
            case 3 -> "9".repeat(n);
            case 4 -> "2^".repeat(Math.min(n, 99)) + "2";
            default -> "0." + "0".repeat(Math.min(n, 190)) + "1";
        };
    }

    private String randomChars(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int range = random.nextInt(4);
            char c = switch (range) {
                case 0 -> (char) random.nextInt(128);
                case 1 -> (char) (0x80 + random.nextInt(0x800));
                case 2 -> (char) random.nextInt(0x10000);
                default -> "0123456789.,-+eE()*/^ ".charAt(random.nextInt(22));
            };
            sb.append(c);
        }
        return sb.toString();
    }
}
