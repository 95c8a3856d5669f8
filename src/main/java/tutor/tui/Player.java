package tutor.tui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Backprop;
import tutor.engine.Quantity;
import tutor.engine.Section;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;
import tutor.progress.Progress;

/**
 * The step player's state: the lesson, its traces (one per example, computed once), which values each step
 * has revealed, where the learner is, the answer being typed, and the lesson's progress.
 */
public record Player(Lesson lesson, List<Trace> traces, List<Trace> exact, List<Step> steps, List<Set<String>> revealed, int step,
                     int scroll, int item, String input, boolean editing, Feedback feedback,
                     Progress.LessonProgress progress) {

    /** What the tutor said about the last answer; good is true for a right one. */
    public record Feedback(String text, boolean good) {}

    public static Player open(Lesson lesson, Progress.LessonProgress progress) {
        List<Trace> traces = new ArrayList<>();
        List<Trace> exact = new ArrayList<>();
        for (var ex : lesson.examples()) {
            traces.add(Backprop.trace(lesson.network(), lesson.parameters(), ex, lesson.precision()));
            exact.add(lesson.precision().isExact() ? traces.get(traces.size() - 1)
                    : Backprop.trace(lesson.network(), lesson.parameters(), ex, tutor.engine.Precision.EXACT));
        }
        List<Step> steps = Walkthrough.stepsOf(lesson);
        int start = Math.min(Math.max(0, progress.step()), steps.size() - 1);
        Player p = new Player(lesson, traces, exact, steps, revealedSets(steps, traces), start, 0, 0, "", false, null, progress);
        return p.atStep(start);
    }

    /** Keys a step makes known: what it shows, asks and tabulates. */
    static Set<String> keysOf(Step s, Trace t) {
        Set<String> keys = new HashSet<>(s.show());
        for (QuizItem q : s.quiz()) if (q instanceof QuizItem.Fill f) keys.add(f.key());
        for (Quantity q : t.quantities()) {
            String k = q.key();
            boolean forward = k.startsWith("z:") || k.startsWith("a:") || k.startsWith("loss");
            boolean update = k.startsWith("grad:") || k.startsWith("step:") || k.startsWith("new:") || k.startsWith("change:");
            if (s.table() == Step.Table.FORWARD && forward || s.table() == Step.Table.UPDATE && update) keys.add(k);
        }
        return keys;
    }

    /** For each step, every key revealed by then: its own and earlier steps' keys, and all of earlier sections. */
    private static List<Set<String>> revealedSets(List<Step> steps, List<Trace> traces) {
        List<Set<String>> out = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            Trace t = traces.get(step.example());
            Set<String> keys = new HashSet<>();
            for (int e = 0; e <= s; e++) if (steps.get(e).example() == step.example()) keys.addAll(keysOf(steps.get(e), t));
            for (Quantity q : t.quantities()) if (q.section().ordinal() < step.section().ordinal()) keys.add(q.key());
            out.add(Set.copyOf(keys));
        }
        return List.copyOf(out);
    }

    public Step current() {
        return steps.get(step);
    }

    public Trace trace() {
        return traces.get(current().example());
    }

    /** The current example in exact arithmetic, whatever the lesson's precision. */
    public Trace exactTrace() {
        return exact.get(current().example());
    }

    public Section section() {
        return current().section();
    }

    /** Moves to a step (clamped), starting at its first open quiz item with an empty answer. */
    public Player atStep(int s) {
        int target = Math.max(0, Math.min(steps.size() - 1, s));
        Player p = new Player(lesson, traces, exact, steps, revealed, target, 0, 0, "", false, null, progress.atStep(target));
        return p.withItem(p.firstOpenItem());
    }

    public Player withItem(int i) {
        return new Player(lesson, traces, exact, steps, revealed, step, scroll, i, "", false, null, progress);
    }

    public Player withScroll(int s) {
        return new Player(lesson, traces, exact, steps, revealed, step, Math.max(0, s), item, input, editing, feedback, progress);
    }

    public Player withInput(String text, boolean isEditing) {
        return new Player(lesson, traces, exact, steps, revealed, step, scroll, item, text, isEditing, feedback, progress);
    }

    public Player withFeedback(Feedback f) {
        return new Player(lesson, traces, exact, steps, revealed, step, scroll, item, input, editing, f, progress);
    }

    public Player withProgress(Progress.LessonProgress p) {
        return new Player(lesson, traces, exact, steps, revealed, step, scroll, item, input, editing, feedback, p);
    }

    /** The progress key of a quiz item: stable while a lesson's steps are edited around it. */
    public String itemKey(int s, int i) {
        Step st = steps.get(s);
        QuizItem q = st.quiz().get(i);
        if (q instanceof QuizItem.Fill f) return "fill:" + st.example() + ":" + f.key();
        return "choice:" + s + ":" + i;
    }

    public boolean done(int s, int i) {
        Progress.Item it = progress.item(itemKey(s, i));
        return it.right() || it.revealed();
    }

    /** The first quiz item of this step not yet answered or revealed; the count of items when all are. */
    public int firstOpenItem() {
        List<QuizItem> quiz = current().quiz();
        for (int i = 0; i < quiz.size(); i++) if (!done(step, i)) return i;
        return quiz.size();
    }

    public boolean hasOpenQuiz() {
        return item < current().quiz().size();
    }

    public QuizItem currentItem() {
        return hasOpenQuiz() ? current().quiz().get(item) : null;
    }

    /** Whether the value of a key may be shown now: revealed by this step, and not the answer still being asked. */
    public boolean shows(String key) {
        if (!revealed.get(step).contains(key)) return false;
        // The change of a parameter gives its new value away while that is being asked.
        if (key.startsWith("change:") && !shows("new:" + key.substring(7))) return false;
        List<QuizItem> quiz = current().quiz();
        for (int i = 0; i < quiz.size(); i++) {
            if (quiz.get(i) instanceof QuizItem.Fill f && f.key().equals(key) && !done(step, i)) return false;
        }
        return true;
    }

    /** Index of the first step of the next (or previous) section, or -1 if there is none. */
    public int sectionStart(int direction) {
        if (direction > 0) {
            for (int s = step + 1; s < steps.size(); s++) {
                if (steps.get(s).section() != section() || steps.get(s).example() != current().example()) return s;
            }
            return -1;
        }
        int s = step;
        while (s > 0 && steps.get(s - 1).section() == section() && steps.get(s - 1).example() == current().example()) s--;
        if (s < step) return s;
        if (s == 0) return -1;
        int t = s - 1;
        while (t > 0 && steps.get(t - 1).section() == steps.get(t).section()
                && steps.get(t - 1).example() == steps.get(t).example()) t--;
        return t;
    }
}
