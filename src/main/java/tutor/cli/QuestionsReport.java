package tutor.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tutor.lesson.Lesson;
import tutor.teach.ClassSummary;
import tutor.teach.QuestionStats;
import tutor.teach.Questions;
import tutor.teach.Questions.Question;

/**
 * ./tutor class report --questions [--csv]: every quiz item of every lesson across the class and every practice
 * seed: how it was answered, the median tries, the discrimination index and the slips most common first.
 */
final class QuestionsReport {
    private QuestionsReport() {}

    static final int WIDTH = 80;

    static void print(List<Lesson> lessons, ClassSummary summary, boolean csv, boolean ascii, PrintStream out) {
        Map<String, QuestionStats> stats = new HashMap<>();
        for (QuestionStats q : summary.questions()) stats.put(q.lesson() + "\u0000" + q.item(), q);
        List<Question> questions = Questions.withStrays(Questions.of(lessons, ascii), summary);
        if (csv) {
            out.println("lesson,step,item,question,students,answered,right_first_time,after_hints,after_seeing,revealed,"
                    + "not_yet_right,median_tries,discrimination,slips,features");
        }
        String lesson = null;
        for (Question q : questions) {
            QuestionStats s = stats.get(q.lesson() + "\u0000" + q.item());
            if (csv) {
                out.println(String.join(",", q.lesson(), q.step() == 0 ? "" : Integer.toString(q.step()), q.item(),
                        ProgressCommand.csv(q.label()), s == null ? "0" : str(s.students()), s == null ? "0" : str(s.answered()),
                        s == null ? "0" : str(s.firstTry()), s == null ? "0" : str(s.afterHints()),
                        s == null ? "0" : str(s.afterSeeing()), s == null ? "0" : str(s.revealed()), s == null ? "0" : str(s.open() + s.untried()),
                        s == null ? "" : number(s.medianTries(), 1), s == null ? "" : number(s.discrimination(), 2),
                        s == null ? "" : ProgressCommand.csv(String.join(" | ", s.slips().stream().map(Object::toString).toList())),
                        s == null ? "" : ProgressCommand.csv(String.join(" | ", s.features().stream().map(QuestionsReport::split).toList()))));
                continue;
            }
            if (!q.lesson().equals(lesson)) {
                if (lesson != null) out.println();
                lesson = q.lesson();
                out.println(lesson);
                out.println("step  question        students  1st  hints  seen  shown  open  tries  discr");
            }
            out.printf(Locale.ROOT, "%4s  %-15s %8d %4d %6d %5d %6d %5d %6s %6s%n", q.step() == 0 ? "-" : str(q.step()),
                    clip(q.label(), 15), s == null ? 0 : s.students(), s == null ? 0 : s.firstTry(), s == null ? 0 : s.afterHints(),
                    s == null ? 0 : s.afterSeeing(), s == null ? 0 : s.revealed(), s == null ? 0 : s.open() + s.untried(),
                    s == null ? "-" : number(s.medianTries(), 1), s == null ? "-" : number(s.discrimination(), 2));
            if (s == null) continue;
            for (QuestionStats.SlipCount c : s.slips()) wrapped(out, "slip: " + c, 6);
            for (QuestionStats.FeatureSplit f : s.features()) wrapped(out, split(f), 6);
        }
        if (!csv) {
            out.println();
            wrapped(out, "students: who met the question (each counted once, by their first sheet); 1st: right at the first "
                    + "try, no hint; hints: right after hints or tries; seen: right after the value was on screen; shown: "
                    + "revealed; open: not yet right (tried, or passed without an answer); tries: median tries to the first right answer; discr: the "
                    + "discrimination index (item-total correlation; below 0.2 the question tells strong from weak "
                    + "students poorly).", 0);
        }
    }

    private static String split(QuestionStats.FeatureSplit f) {
        return f.feature() + ": right first time " + f.withRight() + " of " + f.with() + " with it, " + f.withoutRight() + " of "
                + f.without() + " without";
    }

    /** Words wrapped to the report's width, each line after the first indented. */
    static void wrapped(PrintStream out, String text, int indent) {
        String pad = " ".repeat(indent);
        StringBuilder line = new StringBuilder(pad);
        for (String word : text.split(" ")) {
            if (line.length() > indent && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(pad).append("  ");
            }
            if (line.length() > indent && line.charAt(line.length() - 1) != ' ') line.append(' ');
            line.append(word);
        }
        out.println(line);
    }

    private static String number(double d, int decimals) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", d);
    }

    private static String str(int i) {
        return Integer.toString(i);
    }

    private static String clip(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "~";
    }
}
