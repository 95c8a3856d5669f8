package tutor.sheet;

import java.util.List;
import java.util.Locale;

/** The formats a sheet is written in: Markdown (for pandoc), LaTeX (for pdflatex, with a TikZ diagram), plain text. */
public enum Format {
    MD("md"), TEX("tex"), TXT("txt");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Format named(String name) {
        for (Format f : values()) if (f.extension.equals(name.toLowerCase(Locale.ROOT))) return f;
        return null;
    }

    /** ascii: plain ASCII text (a text sheet under LANG=C or --ascii); Markdown and LaTeX are always UTF-8 or ASCII-safe. */
    Layout layout(boolean ascii) {
        return switch (this) {
            case MD -> new MarkdownLayout();
            case TEX -> new LatexLayout();
            case TXT -> new TextLayout(ascii);
        };
    }

    /** A student's sheet as a whole file. */
    public String student(Sheet sheet, boolean ascii) {
        Layout l = layout(ascii);
        return l.file(List.of(l.student(sheet)), sheet.title(sheet.lesson().notation(ascii)));
    }

    /** A key as a whole file. */
    public String key(Sheet sheet, boolean ascii) {
        Layout l = layout(ascii);
        return l.file(List.of(l.key(sheet)), sheet.title(sheet.lesson().notation(ascii)) + " (key)");
    }

    /** Every student's sheet, then every key, in one file: a booklet ready to print. */
    public String booklet(List<Sheet> sheets, boolean ascii) {
        Layout l = layout(ascii);
        List<String> pages = new java.util.ArrayList<>();
        for (Sheet s : sheets) pages.add(l.student(s));
        for (Sheet s : sheets) pages.add(l.key(s));
        return l.file(pages, sheets.get(0).title(sheets.get(0).lesson().notation(ascii)));
    }
}
