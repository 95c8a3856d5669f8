package tutor.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tutor.engine.Ascii;
import tutor.engine.Notation;
import tutor.engine.Section;
import tutor.render.Canvas;
import tutor.render.Diagram;
import tutor.render.Glyphs;
import tutor.render.Text;

/** A sheet as plain text, 78 columns, with the tutor's own diagram; pages apart by a form feed. ASCII when asked. */
final class TextLayout implements Layout {
    static final int WIDTH = 78;
    static final String BLANK = "______________";

    private final boolean ascii;

    TextLayout(boolean ascii) {
        this.ascii = ascii;
    }

    @Override public String student(Sheet s) {
        Notation n = s.lesson().notation(ascii);
        List<String> out = new ArrayList<>();
        heading(out, s, n, s.copy().said());
        out.add("Name: " + (s.copy().name() != null ? s.copy().name() : "______________________________"));
        if (s.copy().seedOnSheet()) wrap(out, s.reproduce(), "");
        section(out, "The network");
        wrap(out, s.network(n), "");
        for (String e : s.examples(n)) wrap(out, e, "");
        wrap(out, "Weights and biases: " + String.join(", ", s.parameters(n)), "");
        out.add("");
        out.addAll(diagram(s, n));
        section(out, "Assumptions");
        for (String a : s.assumptions(n)) wrap(out, "- " + a, "  ");
        section(out, "Paper setting");
        wrap(out, s.paperSetting(), "");
        section(out, "How answers are marked");
        wrap(out, s.acceptance(), "");
        section(out, "Questions (show your working on the back)");
        Section at = null;
        for (Sheet.Question q : s.questions()) {
            if (q.section() != at) {
                at = q.section();
                out.add("");
                out.add(rule() + " " + at.title() + " " + rule());
            }
            out.add("");
            wrap(out, String.format("%2d. %s: %s", q.number(), s.step(q, n), s.prompt(q, n)), "    ");
            if (q.tolerance() != null) wrap(out, "(accepted within " + n.render(tutor.engine.Numbers.given(q.tolerance())) + ")", "    ");
            wrap(out, "    " + s.asked(q, n) + " = " + BLANK, "      ");
        }
        return text(out);
    }

    @Override public String key(Sheet s) {
        Notation n = s.lesson().notation(ascii);
        List<String> out = new ArrayList<>();
        heading(out, s, n, "Key: " + s.copy().said());
        if (!s.copy().seedOnSheet()) out.add("Form " + s.copy().form() + " is seed " + s.copy().seed() + ".");
        wrap(out, s.reproduce(), "");
        Section at = null;
        for (Sheet.Question q : s.questions()) {
            if (q.section() != at) {
                at = q.section();
                out.add("");
                out.add(rule() + " " + at.title() + " " + rule());
            }
            out.add("");
            wrap(out, String.format("%2d. %s: %s", q.number(), s.step(q, n), s.prompt(q, n)), "    ");
            for (String line : s.worked(q, n)) wrap(out, "    " + line, "      ");
            wrap(out, "    Answer: " + s.answer(q, n) + "   (accept " + s.accepted(q, n) + ")", "      ");
        }
        return text(out);
    }

    @Override public String file(List<String> pages, String title) {
        return String.join("\f", pages);
    }

    private void heading(List<String> out, Sheet s, Notation n, String right) {
        String title = s.title(n);
        if (Text.width(title) + Text.width(right) + 2 <= WIDTH) {
            out.add(title + " ".repeat(WIDTH - Text.width(title) - Text.width(right)) + right);
        } else {
            out.add(title);
            out.add(right);
        }
        out.add((ascii ? "=" : "═").repeat(WIDTH));
    }

    private void section(List<String> out, String title) {
        out.add("");
        out.add(title.toUpperCase(java.util.Locale.ROOT));
    }

    private String rule() {
        return ascii ? "--" : "──";
    }

    /** The tutor's diagram with the given numbers and nothing computed (every z and a a dot). */
    private List<String> diagram(Sheet s, Notation n) {
        int[] min = Diagram.minimumSize(s.lesson().network());
        Canvas c = Diagram.draw(new Diagram.Input(s.trace(0), n, Glyphs.of(ascii), key -> false, Set.of()), WIDTH, min[1]);
        List<String> out = new ArrayList<>(List.of(c.toString().split("\n")));
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
        while (!out.isEmpty() && out.get(0).isBlank()) out.remove(0);
        return out;
    }

    /** Wraps text to the width; the first line keeps the text's own indent, the others take rest. */
    private static void wrap(List<String> out, String text, String rest) {
        String indent = text.substring(0, text.length() - text.stripLeading().length());
        List<String> lines = Text.wrap(text.stripLeading(), WIDTH - Math.max(indent.length(), rest.length()));
        for (int i = 0; i < lines.size(); i++) out.add((i == 0 ? indent : rest) + lines.get(i));
    }

    private String text(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) sb.append(line.stripTrailing()).append('\n');
        return ascii ? Ascii.transliterate(sb.toString()) : sb.toString();
    }
}
