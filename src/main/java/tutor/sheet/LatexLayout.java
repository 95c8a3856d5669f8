package tutor.sheet;

import java.util.List;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Section;

/**
 * A sheet as a LaTeX document for stock pdflatex (article, geometry, amsmath, graphicx, TikZ: Debian's
 * texlive-latex-base and texlive-pictures): a student's sheet on one A4 page where the lesson allows, the network
 * drawn in TikZ, each page of a booklet starting on a new sheet of paper.
 */
final class LatexLayout implements Layout {

    @Override public String student(Sheet s) {
        Notation n = s.lesson().notation(false);
        StringBuilder t = new StringBuilder();
        t.append("{\\Large\\bfseries ").append(TexText.text(s.title(n))).append("}\\hfill{\\Large\\bfseries ")
                .append(TexText.plain(s.copy().tag())).append("}\\par\\medskip\n");
        t.append("Name: ").append(s.copy().name() != null ? TexText.plain(s.copy().name()) : "\\makebox[7cm]{\\hrulefill}");
        if (s.copy().seedOnSheet()) t.append("\\hfill{\\footnotesize ").append(TexText.text(s.reproduce())).append('}');
        t.append("\\par\n");
        t.append("\\section*{The network}\n").append(TexText.text(s.network(n))).append("\\par\n");
        for (String e : s.examples(n)) t.append(TexText.text(e)).append("\\par\n");
        t.append("Weights and biases: ").append(TexText.text(String.join(", ", s.parameters(n)))).append(".\\par\n");
        t.append("\\begin{center}\n\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%\n").append(Tikz.draw(s.lesson(), n)).append("}\n\\end{center}\n");
        t.append("\\vspace{-1ex}\\begin{minipage}[t]{0.55\\textwidth}\\footnotesize\n\\textbf{Assumptions}\n");
        t.append("\\begin{itemize}\\setlength{\\itemsep}{0pt}\\setlength{\\parskip}{0pt}\n");
        for (String a : s.assumptions(n)) t.append("\\item ").append(TexText.text(a)).append('\n');
        t.append("\\end{itemize}\n\\end{minipage}\\hfill\n\\begin{minipage}[t]{0.42\\textwidth}\\footnotesize\n");
        t.append("\\textbf{Paper setting.} ").append(TexText.text(s.paperSetting())).append("\\par\\smallskip\n");
        t.append("\\textbf{How answers are marked.} ").append(TexText.text(s.acceptance())).append("\n\\end{minipage}\n");
        t.append("\\section*{Questions}\n{\\footnotesize Show your working on the back.}\\par\\small\n");
        Section at = null;
        boolean open = false;
        for (Sheet.Question q : s.questions()) {
            if (q.section() != at) {
                if (open) t.append("\\end{list}\n");
                at = q.section();
                t.append("\\subsection*{").append(TexText.plain(at.title())).append("}\n");
                t.append("\\begin{list}{}{\\setlength{\\leftmargin}{2em}\\setlength{\\itemsep}{1pt}\\setlength{\\parsep}{0pt}\\setlength{\\topsep}{0pt}}\n");
                open = true;
            }
            String tolerance = q.tolerance() == null ? "" : " (accepted within $" + TexText.math(n.render(Numbers.given(q.tolerance()))) + "$)";
            t.append("\\item[").append(q.number()).append(".] ").append(TexText.text(s.step(q, n))).append(": ")
                    .append(TexText.text(s.prompt(q, n))).append(tolerance).append("\\answerline{")
                    .append(formula(s.asked(q, n))).append(" $=$ \\rule{30mm}{0.4pt}}\n");
        }
        if (open) t.append("\\end{list}\n");
        return t.toString();
    }

    @Override public String key(Sheet s) {
        Notation n = s.lesson().notation(false);
        StringBuilder t = new StringBuilder();
        t.append("{\\Large\\bfseries ").append(TexText.text(s.title(n))).append(" --- key}\\hfill{\\Large\\bfseries ")
                .append(TexText.plain(s.copy().said())).append("}\\par\\medskip\n");
        if (!s.copy().seedOnSheet()) t.append("Form ").append(s.copy().form()).append(" is seed ").append(s.copy().seed()).append(". ");
        t.append(TexText.text(s.reproduce())).append("\\par\n");
        Section at = null;
        boolean open = false;
        for (Sheet.Question q : s.questions()) {
            if (q.section() != at) {
                if (open) t.append("\\end{list}\n");
                at = q.section();
                t.append("\\subsection*{").append(TexText.plain(at.title())).append("}\n");
                t.append("\\begin{list}{}{\\setlength{\\leftmargin}{2em}\\setlength{\\itemsep}{4pt}\\setlength{\\parsep}{0pt}\\setlength{\\topsep}{0pt}}\n");
                open = true;
            }
            t.append("\\item[").append(q.number()).append(".] ").append(TexText.text(s.step(q, n))).append(": ")
                    .append(TexText.text(s.prompt(q, n))).append("\\\\\n");
            for (String line : s.worked(q, n)) t.append("\\hspace*{1em}").append(formula(line.strip())).append("\\\\\n");
            t.append("\\textbf{Answer: $").append(TexText.math(s.answer(q, n))).append("$} (accept ")
                    .append(TexText.text(s.accepted(q, n))).append(")\n");
        }
        if (open) t.append("\\end{list}\n");
        return t.toString();
    }

    /** A formula line as mathematics; a line that opens with words ("path (via h₁): …") keeps them as text. */
    static String formula(String line) {
        int colon = line.indexOf(": ");
        if (colon > 0) return TexText.text(line.substring(0, colon + 1)) + " $" + TexText.math(line.substring(colon + 2)) + "$";
        return "$" + TexText.math(line) + "$";
    }

    @Override public String file(List<String> pages, String title) {
        StringBuilder t = new StringBuilder();
        t.append("% ").append(title.replaceAll("[^\\x20-\\x7e]", "?")).append(": made by backprop-tutor's ./tutor sheet; compile with pdflatex\n");
        t.append("\\documentclass[10pt]{article}\n\\usepackage[a4paper,hmargin=14mm,vmargin=12mm]{geometry}\n\\usepackage{amsmath}\n")
                .append("\\usepackage{graphicx}\n\\usepackage{tikz}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0pt}\n")
                .append("\\setlength{\\parskip}{2pt}\n")
                .append("\\makeatletter\\renewcommand\\section{\\@startsection{section}{1}{0pt}{1.2ex}{0.6ex}{\\normalsize\\bfseries}}\n")
                .append("\\renewcommand\\subsection{\\@startsection{subsection}{2}{0pt}{0.8ex}{0.3ex}{\\small\\bfseries}}\\makeatother\n")
                // the working and blank at the right end of the question's last line, or of a line of their own
                .append("\\newcommand\\answerline[1]{{\\unskip\\nobreak\\hfil\\penalty50\\hskip1em\\hbox{}\\nobreak\\hfil\\mbox{#1}")
                .append("\\parfillskip=0pt \\finalhyphendemerits=0 \\par}}\n")
                .append("\\begin{document}\n");
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) t.append("\\clearpage\n");
            t.append(pages.get(i));
        }
        t.append("\\end{document}\n");
        return t.toString();
    }
}
