package tutor.sheet;

import java.util.Map;
import tutor.engine.Ascii;

/**
 * The tutor's Unicode text as LaTeX that stock pdflatex compiles with no package beyond amsmath: prose stays text,
 * every character special to TeX is escaped (so a student's name can never run a command), and each word that holds
 * a formula (w₁·x₁, δ_o, ŷ, e^(−z)) is set as mathematics: subscripts, Greek letters, operators.
 */
final class TexText {
    private TexText() {}

    private static final Map<Character, String> MATH = Map.ofEntries(
            Map.entry('α', "\\alpha "), Map.entry('β', "\\beta "), Map.entry('γ', "\\gamma "), Map.entry('δ', "\\delta "),
            Map.entry('ε', "\\varepsilon "), Map.entry('η', "\\eta "), Map.entry('θ', "\\theta "), Map.entry('λ', "\\lambda "),
            Map.entry('μ', "\\mu "), Map.entry('π', "\\pi "), Map.entry('ρ', "\\rho "), Map.entry('σ', "\\sigma "),
            Map.entry('τ', "\\tau "), Map.entry('φ', "\\varphi "), Map.entry('ω', "\\omega "), Map.entry('Δ', "\\Delta "),
            Map.entry('Σ', "\\Sigma "), Map.entry('∑', "\\sum "), Map.entry('∂', "\\partial "), Map.entry('·', "\\cdot "),
            Map.entry('×', "\\times "), Map.entry('−', "-"), Map.entry('≈', "\\approx "), Map.entry('≤', "\\le "),
            Map.entry('≥', "\\ge "), Map.entry('≠', "\\ne "), Map.entry('→', "\\to "), Map.entry('←', "\\leftarrow "),
            Map.entry('∞', "\\infty "), Map.entry('√', "\\surd "), Map.entry('′', "'"), Map.entry('…', "\\ldots "),
            Map.entry('½', "\\tfrac{1}{2}"), Map.entry('ŷ', "\\hat{y}"), Map.entry('±', "\\pm "), Map.entry('<', "<"),
            Map.entry('>', ">"), Map.entry('|', "\\mid "), Map.entry('{', "\\{"), Map.entry('}', "\\}"),
            Map.entry('%', "\\%"), Map.entry('#', "\\#"), Map.entry('&', "\\&"), Map.entry('$', "\\$"),
            Map.entry('~', "\\sim "), Map.entry('_', "\\_"), Map.entry('\\', "\\backslash "));

    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Whether a word is a formula rather than prose. */
    private static boolean mathy(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '_' || c == '^' || SUBSCRIPTS.indexOf(c) >= 0 || SUPERSCRIPTS.indexOf(c) >= 0) return true;
            if (c != '<' && c != '>' && c != '|' && "{}%#&$~\\".indexOf(c) < 0 && MATH.containsKey(c) && c != '…') return true;
        }
        return false;
    }

    /** Prose: words as text, formula words as inline mathematics. */
    static String text(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && !Character.isWhitespace(s.charAt(j))) j++;
            String word = s.substring(i, j);
            if (mathy(word)) {
                int a = 0;
                int b = word.length();
                while (a < b && "(\"'“‘".indexOf(word.charAt(a)) >= 0) a++;
                while (b > a && ".,;:!?\"'”’".indexOf(word.charAt(b - 1)) >= 0) b--;
                // a closing parenthesis belongs to the prose when the word does not open one
                if (b > a && word.charAt(b - 1) == ')' && word.substring(a, b).indexOf('(') < 0) b--;
                out.append(plain(word.substring(0, a))).append('$').append(math(word.substring(a, b))).append('$')
                        .append(plain(word.substring(b)));
            } else {
                out.append(plain(word));
            }
            if (j < s.length()) out.append(' ');
            i = j;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }
        return out.toString();
    }

    /** Text with every TeX special escaped; a character pdflatex cannot set is written as its ASCII spelling. */
    static String plain(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '%', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                case '|' -> out.append("\\textbar{}");
                case '"' -> out.append("''");
                case '-' -> out.append(i + 1 < s.length() && s.charAt(i + 1) == '-' ? "-{}" : "-"); // -- is not a dash here
                case '—' -> out.append("---");
                case '–' -> out.append("--");
                case '‘', '’' -> out.append('\'');
                case '“' -> out.append("``");
                case '”' -> out.append("''");
                case '…' -> out.append("\\ldots{}");
                default -> {
                    if (c < 0x80) out.append(c);
                    else if (Character.isLetter(c) && c <= 0xFF) out.append(c); // Latin-1 letters: LaTeX's UTF-8 input sets them
                    else if (MATH.containsKey(c) || SUBSCRIPTS.indexOf(c) >= 0 || SUPERSCRIPTS.indexOf(c) >= 0) {
                        out.append('$').append(math(String.valueOf(c))).append('$');
                    } else {
                        out.append(plain(Ascii.transliterate(String.valueOf(c)).replaceAll("[^\\x20-\\x7e]", "?")));
                    }
                }
            }
        }
        return out.toString();
    }

    /** A formula as math-mode LaTeX: w₁,₁ → w_{1,1}; z_h₁ → z_{h1}; e^(−z) → e^{(-z)}; exp, ReLU upright. */
    static String math(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int subscriptEnd = -1; // where the last subscript group ended: a second one joins it (w₃_new is w_{3,new})
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean joins = subscriptEnd == out.length();
            if ((c == '_' && i + 1 < s.length() || SUBSCRIPTS.indexOf(c) >= 0) && joins) {
                out.setLength(out.length() - 1);
                out.append(',');
            }
            if (c == '_' && i + 1 < s.length()) {
                int j = i + 1;
                StringBuilder sub = new StringBuilder();
                while (j < s.length() && (isAsciiAlnum(s.charAt(j)) || SUBSCRIPTS.indexOf(s.charAt(j)) >= 0
                        || s.charAt(j) == ',' && j + 1 < s.length() && SUBSCRIPTS.indexOf(s.charAt(j + 1)) >= 0)) {
                    char d = s.charAt(j);
                    sub.append(SUBSCRIPTS.indexOf(d) >= 0 ? (char) ('0' + SUBSCRIPTS.indexOf(d)) : d);
                    j++;
                }
                if (sub.length() == 0 && j < s.length()) { // _δ and the like
                    sub.append(math(String.valueOf(s.charAt(j))));
                    j++;
                }
                if (!joins) out.append("_{");
                out.append(sub.length() > 1 && sub.chars().allMatch(Character::isLetter) ? "\\mathrm{" + sub + "}" : sub).append('}');
                subscriptEnd = out.length();
                i = j;
            } else if (SUBSCRIPTS.indexOf(c) >= 0) {
                int j = i;
                StringBuilder sub = new StringBuilder();
                while (j < s.length() && (SUBSCRIPTS.indexOf(s.charAt(j)) >= 0
                        || s.charAt(j) == ',' && j + 1 < s.length() && SUBSCRIPTS.indexOf(s.charAt(j + 1)) >= 0)) {
                    char d = s.charAt(j);
                    sub.append(d == ',' ? ',' : (char) ('0' + SUBSCRIPTS.indexOf(d)));
                    j++;
                }
                if (!joins) out.append("_{");
                out.append(sub).append('}');
                subscriptEnd = out.length();
                i = j;
            } else if (SUPERSCRIPTS.indexOf(c) >= 0) {
                out.append("^{").append(SUPERSCRIPTS.indexOf(c)).append('}');
                i++;
            } else if (c == '^' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                int depth = 0;
                int j = i + 1;
                do {
                    if (s.charAt(j) == '(') depth++;
                    if (s.charAt(j) == ')') depth--;
                    j++;
                } while (j < s.length() && depth > 0);
                out.append("^{").append(math(s.substring(i + 1, j))).append('}');
                i = j;
            } else if (c == '^' && i + 1 < s.length()) {
                out.append("^{").append(math(s.substring(i + 1, i + 2))).append('}');
                i += 2;
            } else if (c == '^') {
                out.append("\\hat{}");
                i++;
            } else if (Character.isLetter(c) && c < 0x80) {
                int j = i;
                while (j < s.length() && Character.isLetter(s.charAt(j)) && s.charAt(j) < 0x80) j++;
                String word = s.substring(i, j);
                out.append(word.length() > 2 ? "\\mathrm{" + word + "}" : word);
                i = j;
            } else if (c == ' ') {
                // a space between words is kept (as in "1 if z > 0"); around operators math spacing does the work
                boolean words = i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                        && Character.isLetterOrDigit(s.charAt(i + 1));
                if (words) out.append("\\ ");
                i++;
            } else if (MATH.containsKey(c)) {
                out.append(MATH.get(c));
                i++;
            } else if (c < 0x80) {
                out.append(c);
                i++;
            } else {
                out.append("\\text{").append(plain(String.valueOf(c))).append('}');
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
