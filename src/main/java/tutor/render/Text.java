package tutor.render;

import java.util.ArrayList;
import java.util.List;
import tutor.text.Cells;

/** Width-aware text helpers. Every glyph the tutor uses is one column wide (BMP, no emoji, no combining marks). */
public final class Text {
    private Text() {}

    /** Columns a string takes as a canvas shows it: one per code point, none for a character of no width. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) || Cells.zeroWidth(c)) continue;
            w++;
        }
        return w;
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

    /**
     * Greedy word wrap to w columns (at least 1); a line that fits is kept as it is; a word longer than a line is
     * cut. Linear in the length of the text: a megabyte of narration wraps in milliseconds.
     */
    public static List<String> wrap(String text, int w) {
        int width = Math.max(1, w);
        List<String> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            wrapParagraph(text, start, end, width, out);
            if (newline < 0) return out;
            start = newline + 1;
        }
    }

    private static void wrapParagraph(String s, int from, int to, int w, List<String> out) {
        if (s.codePointCount(from, to) <= w) {
            out.add(s.substring(from, to));
            return;
        }
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        int i = from;
        while (i < to) {
            while (i < to && s.charAt(i) == ' ') i++;
            if (i >= to) break;
            int j = i;
            int wordWidth = 0;
            while (j < to && s.charAt(j) != ' ') {
                j += Character.isHighSurrogate(s.charAt(j)) && j + 1 < to && Character.isLowSurrogate(s.charAt(j + 1)) ? 2 : 1;
                wordWidth++;
            }
            int k = i;
            if (wordWidth > w) {
                if (lineWidth > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                while (wordWidth > w) {
                    int cut = s.offsetByCodePoints(k, w);
                    out.add(s.substring(k, cut));
                    k = cut;
                    wordWidth -= w;
                }
            }
            if (lineWidth == 0) {
                line.append(s, k, j);
                lineWidth = wordWidth;
            } else if (lineWidth + 1 + wordWidth <= w) {
                line.append(' ').append(s, k, j);
                lineWidth += 1 + wordWidth;
            } else {
                out.add(line.toString());
                line.setLength(0);
                line.append(s, k, j);
                lineWidth = wordWidth;
            }
            i = j;
        }
        out.add(line.toString());
    }
}
