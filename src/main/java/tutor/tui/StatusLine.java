package tutor.tui;

import tutor.engine.Ascii;
import tutor.render.Text;

/**
 * A message for the last line that names a place (a file, a log): when it is too long for the line, the place is
 * shortened from its start, so the reason and the file's name stay in view.
 */
record StatusLine(String before, String where, String after) {

    String fit(int width, boolean ascii) {
        String w = where;
        String whole = before + w + after;
        int over = Text.width(whole) - width;
        if (over > 0 && w.length() > 8) {
            int cut = Math.min(w.length() - 8, over + 1);
            int slash = w.indexOf('/', cut);
            if (slash > 0 && slash < w.length() - 8) cut = slash; // whole names only
            w = (ascii ? "~" : "…") + w.substring(cut);
            whole = before + w + after;
        }
        if (ascii) whole = Ascii.transliterate(whole);
        return Text.width(whole) <= width ? whole : Text.clip(whole, width, ascii);
    }

    @Override public String toString() {
        return before + where + after;
    }
}
