package tutor.render;

/** The characters boxes, edges and marks are drawn with: Unicode box drawing, or plain ASCII. */
public record Glyphs(char h, char v, char tl, char tr, char bl, char br, char up, char down, char cross, char arrow,
                     String bullet, String ellipsis, String more, String section) {

    public static final Glyphs UNICODE = new Glyphs('─', '│', '┌', '┐', '└', '┘', '╱', '╲', '╳', '▶', "•", "…", "↓", "·");
    public static final Glyphs ASCII = new Glyphs('-', '|', '+', '+', '+', '+', '/', '\\', 'X', '>', "*", "...", "v", "-");

    public static Glyphs of(boolean ascii) {
        return ascii ? ASCII : UNICODE;
    }

    public boolean ascii() {
        return this == ASCII;
    }
}
