package tutor.engine;

/** Plain-ASCII spelling of the glyphs formulas use, for terminals and locales without Unicode. */
public final class Ascii {
    private Ascii() {}

    private static final String[][] GLYPHS = {
        {"σ'", "sig'"}, {"σ", "sig"}, {"½Σ", "0.5*sum"}, {"·", "*"}, {"×", "*"}, {"−", "-"}, {"∂", "d"}, {"η", "eta"}, {"δ", "delta"},
        {"²", "^2"}, {"½", "0.5"}, {"Σ", "sum"}, {"ŷ", "y^"}, {"′", "'"}, {"→", "->"}, {"←", "<-"}, {"≈", "~"},
        {"⁻", "^-"}, {"…", "..."}, {"–", "-"}, {"—", "-"}, {"’", "'"}, {"“", "\""}, {"”", "\""}, {"≤", "<="},
        {"≥", ">="}, {"↑", "^"}, {"↓", "v"}, {"▸", ">"}, {"≠", "!="}, {"▶", ">"}, {"✓", "ok"}, {"✗", "x"}, {"•", "*"}, {"ₒ", "o"},
    };
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static String transliterate(String text) {
        String out = hatAfterSubscript(text);
        for (String[] g : GLYPHS) out = out.replace(g[0], g[1]);
        StringBuilder sb = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            // w₁,₂ is w12, as the lessons' ASCII labels spell it: a comma between two subscripts goes.
            if (c == ',' && i > 0 && i + 1 < out.length() && SUBSCRIPTS.indexOf(out.charAt(i - 1)) >= 0
                    && SUBSCRIPTS.indexOf(out.charAt(i + 1)) >= 0) continue;
            int sub = SUBSCRIPTS.indexOf(c);
            int sup = SUPERSCRIPTS.indexOf(c);
            if (sub >= 0) sb.append((char) ('0' + sub));
            else if (sup >= 0) sb.append((char) ('0' + sup));
            else if (c < 128) sb.append(c);
            else sb.append('?');
        }
        return sb.toString();
    }

    /** ŷ₁ as y1^, the way the lessons spell it (y^1 would read as a power): the hat moves past the subscript. */
    private static String hatAfterSubscript(String text) {
        if (text.indexOf('ŷ') < 0) return text;
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int end = i + 1;
            while (c == 'ŷ' && end < text.length() && SUBSCRIPTS.indexOf(text.charAt(end)) >= 0) end++;
            if (end == i + 1) {
                sb.append(c);
                continue;
            }
            sb.append('y').append(text, i + 1, end).append('^');
            i = end - 1;
        }
        return sb.toString();
    }
}
