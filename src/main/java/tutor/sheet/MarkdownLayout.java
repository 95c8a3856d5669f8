package tutor.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Section;
import tutor.render.Canvas;
import tutor.render.Diagram;
import tutor.render.Glyphs;

/**
 * A sheet in Markdown as pandoc reads it (and CommonMark alike): headings, lists, the diagram in a fenced text block,
 * every character that means something to Markdown escaped. Pages apart by \newpage, which pandoc passes to LaTeX
 * (PDF) and drops elsewhere.
 */
final class MarkdownLayout implements Layout {
    static final String BLANK = "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_";

    @Override public String student(Sheet s) {
        Notation n = s.lesson().notation(false);
        List<String> out = new ArrayList<>();
        out.add("# " + escape(s.title(n)) + " — " + escape(s.copy().said()));
        out.add("");
        out.add("**Name:** " + (s.copy().name() != null ? escape(s.copy().name()) : BLANK + BLANK) + "  ");
        if (s.copy().seedOnSheet()) out.add("**Seed:** " + s.copy().seed() + " (`" + s.command() + "` " + escape(Sheet.REPRODUCES) + ")");
        out.add("");
        out.add("## The network");
        out.add("");
        out.add(escape(s.network(n)));
        out.add("");
        for (String e : s.examples(n)) out.add("- " + escape(e));
        out.add("- Weights and biases: " + escape(String.join(", ", s.parameters(n))));
        out.add("");
        out.add("```text");
        out.addAll(diagram(s, n));
        out.add("```");
        out.add("");
        out.add("## Assumptions");
        out.add("");
        for (String a : s.assumptions(n)) out.add("- " + escape(a));
        out.add("");
        out.add("## Paper setting");
        out.add("");
        out.add(escape(s.paperSetting()));
        out.add("");
        out.add("## How answers are marked");
        out.add("");
        out.add(escape(s.acceptance()));
        out.add("");
        out.add("## Questions");
        out.add("");
        out.add("Show your working on the back.");
        Section at = null;
        for (Sheet.Question q : s.questions()) {
            if (q.section() != at) {
                at = q.section();
                out.add("");
                out.add("### " + at.title());
                out.add("");
            }
            String tolerance = q.tolerance() == null ? "" : " (accepted within " + escape(n.render(Numbers.given(q.tolerance()))) + ")";
            out.add(q.number() + ". " + escape(s.step(q, n)) + ": " + escape(s.prompt(q, n)) + tolerance + "  ");
            out.add("   " + escape(s.asked(q, n)) + " = " + BLANK);
        }
        out.add("");
        return String.join("\n", out);
    }

    @Override public String key(Sheet s) {
        Notation n = s.lesson().notation(false);
        List<String> out = new ArrayList<>();
        out.add("# " + escape(s.title(n)) + " — key: " + escape(s.copy().said()));
        out.add("");
        if (!s.copy().seedOnSheet()) out.add("Form " + s.copy().form() + " is seed " + s.copy().seed() + ". ");
        out.add("`" + s.command() + "` " + escape(Sheet.REPRODUCES));
        Section at = null;
        for (Sheet.Question q : s.questions()) {
            if (q.section() != at) {
                at = q.section();
                out.add("");
                out.add("## " + at.title());
                out.add("");
            }
            out.add(q.number() + ". " + escape(s.step(q, n)) + ": " + escape(s.prompt(q, n)));
            out.add("");
            for (String line : s.worked(q, n)) out.add("   - " + escape(line.strip()));
            out.add("");
            out.add("   **Answer: " + escape(s.answer(q, n)) + "** (accept " + escape(s.accepted(q, n)) + ")");
            out.add("");
        }
        return String.join("\n", out);
    }

    @Override public String file(List<String> pages, String title) {
        return String.join("\n\n\\newpage\n\n", pages).stripTrailing() + "\n";
    }

    private static List<String> diagram(Sheet s, Notation n) {
        int[] min = Diagram.minimumSize(s.lesson().network());
        Canvas c = Diagram.draw(new Diagram.Input(s.trace(0), n, Glyphs.UNICODE, key -> false, Set.of()), TextLayout.WIDTH, min[1]);
        List<String> out = new ArrayList<>();
        for (String line : c.toString().split("\n")) out.add(line.stripTrailing());
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
        while (!out.isEmpty() && out.get(0).isBlank()) out.remove(0);
        return out;
    }

    /** Text as Markdown shows it literally: every punctuation mark Markdown could read as markup is escaped. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // pandoc reads $ as math, ^ and ~ as super- and subscript, {} as attributes; the rest is CommonMark's
            if ("\\`*_{}[]<>#|~$^".indexOf(c) >= 0) sb.append('\\');
            if (c == '-' && i > 0 && text.charAt(i - 1) == '-') sb.append('\\'); // pandoc would make -- a dash
            sb.append(c == '\n' ? ' ' : c);
        }
        return sb.toString();
    }
}
