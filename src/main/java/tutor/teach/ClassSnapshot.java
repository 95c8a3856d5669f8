package tutor.teach;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the class view shows at one moment: the class table, the summary behind it, the course's questions, the
 * time, whether the class is paused and the rules that mark a student. Made by whoever has the data (the server
 * from its sessions and log, class watch from the database), never read from shared mutable state by the view.
 */
public record ClassSnapshot(List<ClassTable.Row> rows, ClassSummary summary, List<Questions.Question> questions,
                            Instant now, ZoneId zone, boolean paused, StuckRules rules) {

    public static ClassSnapshot of(List<StudentNow> roster, ClassSummary summary, List<Questions.Question> questions,
                                   Instant now, ZoneId zone, boolean paused, StuckRules rules) {
        return new ClassSnapshot(ClassTable.of(roster, summary, rules, now), summary, Questions.withStrays(questions, summary),
                now, zone, paused, rules);
    }

    public int online() {
        int n = 0;
        for (ClassTable.Row r : rows) if (r.now().online()) n++;
        return n;
    }

    public int needing() {
        int n = 0;
        for (ClassTable.Row r : rows) if (r.needsTeacher()) n++;
        return n;
    }

    /** How many questions each lesson asks (a practice sheet's id counts as its lesson). */
    public int questionsIn(String lesson) {
        String base = Work.baseOf(lesson);
        int n = 0;
        for (Questions.Question q : questions) if (q.lesson().equals(base) && q.step() > 0) n++;
        return n;
    }

    /** The label of an item of a lesson, or the key itself when the lessons no longer ask it. */
    public String label(String lesson, String item) {
        String base = Work.baseOf(lesson);
        for (Questions.Question q : questions) if (q.lesson().equals(base) && q.item().equals(item)) return q.label();
        return item;
    }

    /** Each question's figures, by lesson and item. */
    public Map<String, QuestionStats> stats() {
        Map<String, QuestionStats> out = new HashMap<>();
        for (QuestionStats q : summary.questions()) out.put(q.lesson() + "\u0000" + q.item(), q);
        return out;
    }
}
