package tutor.teach;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tutor.store.AnswerRecord;

/**
 * One student's work on one question, folded from the log in time order: the tries up to the first right answer,
 * the hints, whether the value was seen or revealed first, and each slip named (once, however often it was made).
 */
public record Work(String student, String lesson, Long seed, String item, Outcome outcome, int tries, int wrongTries,
                   int hints, Set<String> slips, List<AnswerRecord> lines, Instant first, Instant last) {

    /** Folds one student's log lines for one question (lesson with its seed, item), in the order they were made. */
    public static Work of(String student, String lesson, Long seed, String item, List<AnswerRecord> lines) {
        int tries = 0;
        int wrong = 0;
        int hints = 0;
        boolean seen = false;
        boolean revealed = false;
        Outcome outcome = null;
        Set<String> slips = new LinkedHashSet<>();
        for (AnswerRecord a : lines) {
            hints = Math.max(hints, a.hints());
            if (outcome != null) continue;
            switch (a.kind()) {
                case "seen" -> seen = true;
                case "reveal" -> revealed = true;
                case "answer" -> {
                    tries++;
                    if (a.seen()) seen = true;
                    if (a.revealed()) revealed = true;
                    if (a.right()) {
                        outcome = revealed ? Outcome.REVEALED : seen ? Outcome.AFTER_SEEING
                                : tries == 1 && a.hints() == 0 ? Outcome.FIRST_TRY : Outcome.AFTER_HINTS;
                    } else {
                        wrong++;
                        slips.addAll(SlipNames.of(a.slip()));
                    }
                }
                default -> { }
            }
            if (outcome == null && revealed) outcome = Outcome.REVEALED;
        }
        if (outcome == null) outcome = tries > 0 ? Outcome.OPEN : Outcome.UNTRIED;
        Instant first = lines.isEmpty() ? null : lines.get(0).time();
        Instant last = lines.isEmpty() ? null : lines.get(lines.size() - 1).time();
        return new Work(student, lesson, seed, item, outcome, tries, wrong, hints, java.util.Collections.unmodifiableSet(slips),
                List.copyOf(lines), first, last);
    }

    /** The lesson's own id: a practice sheet's id without its seed. */
    public String baseLesson() {
        return baseOf(lesson);
    }

    public static String baseOf(String lesson) {
        int mark = lesson.lastIndexOf("-practice-");
        return mark > 0 ? lesson.substring(0, mark) : lesson;
    }
}
