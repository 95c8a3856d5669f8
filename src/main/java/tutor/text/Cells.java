package tutor.text;

/**
 * What a character does in a terminal cell. The tutor draws one character per cell (GUIDE: single-width BMP
 * characters only), so a lesson may hold only such characters, and whatever else reaches the screen (a learner's
 * full-width digits, a lesson read before it was checked) is shown as something that takes exactly one cell.
 * Below lesson and render, which both use it.
 */
public final class Cells {
    private Cells() {}

    /** C0, DEL and C1 control characters: a terminal acts on them (an escape can retitle or clear it). */
    public static boolean control(char c) {
        return Character.getType(c) == Character.CONTROL;
    }

    /** Characters that take no cell of their own: format characters (bidi overrides, zero-width space), combining marks. */
    public static boolean zeroWidth(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * East Asian wide and full-width characters, which a terminal draws two cells wide: wcwidth's ranges in the
     * BMP, together with those Lanterna draws two wide (its Hangul Jamo and CJK symbol ranges are larger).
     */
    public static boolean wide(char c) {
        return c >= 0x1100 && c <= 0x11FF || c >= 0x2E80 && c <= 0x33FF || c >= 0x3400 && c <= 0x4DBF
                || c >= 0x4E00 && c <= 0x9FFF || c >= 0xA000 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7AF
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6;
    }

    /**
     * A character as one cell shows it: a tab, newline or carriage return as a space; a full-width form of ASCII
     * (３, ．) as its ASCII original; any other control character, wide character, character of no width or
     * half of a surrogate pair (an emoji is two) as a question mark.
     */
    public static char shown(char c) {
        if (c == '\t' || c == '\n' || c == '\r') return ' ';
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        if (control(c) || wide(c) || zeroWidth(c) || Character.isSurrogate(c)) return '?';
        return c;
    }
}
