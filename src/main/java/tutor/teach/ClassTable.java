package tutor.teach;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tutor.store.AnswerRecord;

/**
 * The class table: one row per student on the roster, the ones who need the teacher first (most reasons first,
 * then longest idle), then the others online, then offline, then those who never logged in.
 */
public final class ClassTable {
    private ClassTable() {}

    /** One student's row; reasons is empty when they are fine. */
    public record Row(StudentNow now, int wrongOnOpen, long idleMinutes, int hints, int reveals, int earned,
                      List<String> reasons) {
        public boolean needsTeacher() {
            return !reasons.isEmpty();
        }
    }

    public static List<Row> of(List<StudentNow> roster, ClassSummary summary, StuckRules rules, Instant now) {
        List<Row> rows = new ArrayList<>();
        for (StudentNow s : roster) rows.add(row(s, summary, rules, now));
        rows.sort(Comparator.comparingInt((Row r) -> r.now().everLoggedIn() ? 0 : 1)
                .thenComparingInt(r -> -r.reasons().size())
                .thenComparingInt(r -> r.now().online() ? 0 : 1)
                .thenComparingLong(r -> -r.idleMinutes())
                .thenComparing(r -> r.now().id()));
        return List.copyOf(rows);
    }

    static Row row(StudentNow s, ClassSummary summary, StuckRules rules, Instant now) {
        int wrongOnOpen = 0;
        int hints = 0;
        int reveals = 0;
        int earned = 0;
        List<String> resolutions = new ArrayList<>(); // "right" or "reveal", in order, in this lesson
        if (s.lesson() != null) {
            for (Work w : summary.student(s.id())) {
                if (!w.lesson().equals(s.lesson())) continue;
                hints += w.hints();
                if (w.outcome() == Outcome.REVEALED) reveals++;
                if (w.outcome().earned()) earned++;
                if (w.item().equals(s.openItem()) && !w.outcome().earned()) wrongOnOpen = w.wrongTries();
            }
            resolutions = resolutions(summary.student(s.id()), s.lesson());
        }
        long idle = s.lastKey() == null || !s.online() ? 0 : Math.max(0, Duration.between(s.lastKey(), now).toMinutes());
        List<String> reasons = new ArrayList<>();
        if (s.online() && s.openItem() != null && wrongOnOpen >= rules.wrongTries()) {
            reasons.add(wrongOnOpen + " wrong tries");
        }
        if (s.online() && s.openItem() != null && s.lastKey() != null
                && Duration.between(s.lastKey(), now).compareTo(rules.idle()) >= 0) {
            reasons.add("no key for " + idle + " min");
        }
        int run = 0;
        for (int i = resolutions.size() - 1; i >= 0 && resolutions.get(i).equals("reveal"); i--) run++;
        if (run >= rules.revealsInARow()) reasons.add(run + " reveals in a row");
        return new Row(s, wrongOnOpen, idle, hints, reveals, earned, List.copyOf(reasons));
    }

    /** How each question of the lesson was closed, in time order: by a right answer or a reveal. */
    private static List<String> resolutions(List<Work> works, String lesson) {
        List<AnswerRecord> closing = new ArrayList<>();
        for (Work w : works) {
            if (!w.lesson().equals(lesson)) continue;
            for (AnswerRecord a : w.lines()) {
                if (a.kind().equals("reveal") || a.kind().equals("answer") && a.right()) {
                    closing.add(a);
                    break;
                }
            }
        }
        closing.sort(Comparator.comparing(AnswerRecord::time));
        List<String> out = new ArrayList<>();
        for (AnswerRecord a : closing) out.add(a.kind().equals("reveal") ? "reveal" : "right");
        return out;
    }
}
