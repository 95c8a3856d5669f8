package tutor.lines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formulas and notation as words that read aloud well: "z_h = w₁·x₁ + w₂·x₂" becomes "z h equals w1 times x1 plus
 * w2 times x2", "∂L/∂ŷ = −2(y − ŷ)" becomes "d L by d y hat equals minus 2 times (y minus y hat)". Prose around the
 * symbols is left as it is, so a narration reads as written with its symbols spoken. The result is plain ASCII apart
 * from characters of the prose itself (dashes, quotes), which {@link #ascii} spells when the locale needs it.
 */
public final class Speech {
    private Speech() {}

    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** ∂A/∂B: a derivative, read "d A by d B". */
    private static final Pattern DERIVATIVE = Pattern.compile("∂([^\\s/=,;:()·×.]+)/∂([^\\s/=,;:()·×.?!]+)");
    /** A function applied: σ(z), σ′(z), ReLU(s), max(0, s), exp(…). */
    private static final Pattern CALL = Pattern.compile("(σ′|σ'|σ|ReLU|relu|max|min|exp|ln|log|tanh|sqrt|sigmoid)\\(");
    /** A number or a closing bracket right before an opening one multiplies: 2(y − ŷ), (a)(b). */
    private static final Pattern JUXTAPOSED = Pattern.compile("([\\p{L}₀-₉0-9)²])\\(");
    /** ŷ with a subscript: the hat is read after the index (y1 hat), as one says it. */
    private static final Pattern Y_HAT = Pattern.compile("ŷ([₀-₉]+)");
    /** A minus sign as a sign (not between two terms): at the start, after a bracket, an operator or a space. */
    private static final Pattern SIGN = Pattern.compile("(^|[\\s(=+×·/,:])[−-](?=[0-9.(a-zA-Zσδηŷ∂])");
    /** A plus sign as a sign: +0.002 in a table's change column. */
    private static final Pattern PLUS = Pattern.compile("(^|[\\s(])\\+(?=[0-9.])");
    /** An underscore joining the parts of a label (z_out, w₃_new, net_H₁). */
    private static final Pattern JOIN = Pattern.compile("(?<=[\\p{L}\\p{N}₀-₉′])_(?=[\\p{L}\\p{N}])");
    /** A slash between two operands that are not words of prose (1 / (1 + x), a/b in a formula). */
    private static final Pattern OVER = Pattern.compile("\\s*/\\s*(?=[0-9(])|(?<=[0-9)])\\s*/\\s*");

    /** The text with its formulas and symbols in words. */
    public static String of(String text) {
        if (text == null || text.isEmpty()) return "";
        String s = text.replace("____", "blank");
        s = s.replace("σ'", "σ′");
        s = replaceAll(DERIVATIVE, s, m -> "d " + m.group(1) + " by d " + m.group(2));
        s = replaceAll(Y_HAT, s, m -> "y" + m.group(1) + " hat");
        s = s.replace("e^(", "e to the power (");
        s = replaceAll(CALL, s, m -> m.group(1) + " of (");
        s = replaceAll(JUXTAPOSED, s, m -> m.group(1) + " times (");
        s = replaceAll(JOIN, s, m -> " ");
        s = replaceAll(SIGN, s, m -> m.group(1) + "minus ");
        s = replaceAll(PLUS, s, m -> m.group(1) + "plus ");
        s = s.replace("(= ", "(equals ");
        s = replaceAll(OVER, s, m -> " over ");
        s = s.replace(" − ", " minus ").replace(" - ", " minus ").replace(" + ", " plus ")
                .replace(" × ", " times ").replace("·", " times ").replace(" * ", " times ")
                .replace(" = ", " equals ").replace(" ≈ ", " is about ").replace(" ≠ ", " is not ")
                .replace(" ≤ ", " is at most ").replace(" ≥ ", " is at least ")
                .replace(" < ", " is less than ").replace(" > ", " is more than ")
                .replace(" → ", " to ").replace("→", " to ");
        s = s.replace("Δ", "change in ").replace("½", "one half ").replace("Σ", "sum of ").replace("²", " squared").replace("³", " cubed")
                .replace("^", " to the power ")
                .replace("σ′", "sigma prime").replace("σ", "sigma").replace("δ", "delta").replace("η", "eta")
                .replace("ŷ", "y hat").replace("′", " prime").replace("∂", "d ").replace("×", " times ")
                .replace("−", "minus ").replace("≈", " is about ").replace("…", "...");
        s = digits(s);
        return tidy(s);
    }

    /** Text for a terminal whose locale is not UTF-8: what is left of Unicode in prose, in plain characters. */
    public static String ascii(String text) {
        return tutor.engine.Ascii.transliterate(text);
    }

    /** Subscript and superscript digits as plain digits; w₁,₂ keeps its comma (w1,2: "w one, two", not "w twelve"). */
    private static String digits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int sub = SUB.indexOf(c);
            int sup = SUP.indexOf(c);
            if (sub >= 0) sb.append((char) ('0' + sub));
            else if (sup >= 0) sb.append((char) ('0' + sup));
            else sb.append(c);
        }
        return sb.toString();
    }

    /** One space between words, none inside brackets or before punctuation. */
    private static String tidy(String s) {
        String t = s.replaceAll("[ \\t]+", " ");
        t = t.replace("( ", "(").replace(" )", ")").replace(" .", ".").replace(" ,", ",").replace(" :", ":")
                .replace(" ;", ";");
        t = t.replace(" ?", "?").replace(" !", "!");
        return t.strip();
    }

    private static String replaceAll(Pattern p, String s, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        m.appendTail(sb);
        return sb.toString();
    }
}
