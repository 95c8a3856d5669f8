package tutor.render;

import java.util.ArrayList;
import java.util.List;

/** Width-aware text helpers. Every glyph the tutor uses is one column wide (BMP, no emoji, no combining marks). */
public final class Text {
    private Text() {}

    public static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    public static String padRight(String s, int w) {
        int pad = w - width(s);
        return pad > 0 ? s + " ".repeat(pad) : s;
    }

    public static String padLeft(String s, int w) {
        int pad = w - width(s);
        return pad > 0 ? " ".repeat(pad) + s : s;
    }

    /** Cuts to at most w columns, marking the cut with an ellipsis. */
    public static String clip(String s, int w, boolean ascii) {
        if (width(s) <= w) return s;
        if (w <= 0) return "";
        int end = s.offsetByCodePoints(0, w - 1);
        return s.substring(0, end) + (ascii ? ">" : "…");
    }

    /** Greedy word wrap to w columns; a line that fits is kept as it is; a word longer than a line is cut. */
    public static List<String> wrap(String text, int w) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            if (width(para) <= w) {
                out.add(para);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" +")) {
                if (word.isEmpty()) continue;
                while (width(word) > w) {
                    if (line.length() > 0) { out.add(line.toString()); line.setLength(0); }
                    int cut = word.offsetByCodePoints(0, w);
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                if (line.length() == 0) line.append(word);
                else if (width(line.toString()) + 1 + width(word) <= w) line.append(' ').append(word);
                else { out.add(line.toString()); line.setLength(0); line.append(word); }
            }
            out.add(line.toString());
        }
        return out;
    }
}
