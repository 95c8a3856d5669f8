package tutor.render;

import java.util.Arrays;
import tutor.text.Cells;

/**
 * A grid of characters, each with a role: what a view draws, before any terminal is involved. Whatever is put
 * here is safe to send to a terminal and takes one cell: control characters (a newline, tab or escape) never
 * reach a cell (see Cells.shown), and coordinates outside the grid are ignored when writing and read as blank.
 */
public final class Canvas {
    private final int width;
    private final int height;
    private final char[][] chars;
    private final Role[][] roles;

    public Canvas(int width, int height) {
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        chars = new char[this.height][this.width];
        roles = new Role[this.height][this.width];
        for (int y = 0; y < this.height; y++) {
            Arrays.fill(chars[y], ' ');
            Arrays.fill(roles[y], Role.NORMAL);
        }
    }

    public int width() { return width; }

    public int height() { return height; }

    /** The character at (x, y); a blank outside the grid. */
    public char charAt(int x, int y) { return inside(x, y) ? chars[y][x] : ' '; }

    public Role roleAt(int x, int y) { return inside(x, y) ? roles[y][x] : Role.NORMAL; }

    public boolean inside(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    public void set(int x, int y, char c, Role role) {
        if (inside(x, y)) {
            chars[y][x] = Cells.shown(c);
            roles[y][x] = role;
        }
    }

    /**
     * Writes text from (x, y), cut at the right edge; returns the column after it. Characters of no width
     * (format characters such as a bidi override, combining marks) are left out, so columns stay where they are.
     */
    public int put(int x, int y, String text, Role role) {
        int col = x;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Cells.zeroWidth(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
            set(col++, y, c, role);
        }
        return col;
    }

    /** Sets the role of a run of cells without changing their characters. */
    public void paint(int x, int y, int length, Role role) {
        for (int i = 0; i < length; i++) if (inside(x + i, y)) roles[y][x + i] = role;
    }

    /** Copies another canvas in at (x, y), clipped to this one. */
    public void blit(Canvas other, int x, int y) {
        for (int row = 0; row < other.height; row++) {
            for (int col = 0; col < other.width; col++) set(x + col, y + row, other.chars[row][col], other.roles[row][col]);
        }
    }

    /** The characters only, one line per row, trailing spaces removed: what golden files store. */
    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < height; y++) sb.append(new String(chars[y]).stripTrailing()).append('\n');
        return sb.toString();
    }
}
