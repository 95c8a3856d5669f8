package tutor.tui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Section;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.progress.Progress;

/**
 * The step player's state: the course (what does not change), where the learner is (a step, or the end screen
 * one past the last), the answer being typed, what the tutor last said, the hint shown, whether the step's
 * errata are open, the slips named in this session, the lesson's progress, and what may not be shown now.
 */
public record Player(Course course, int step, int scroll, int item, String input, boolean editing, Feedback feedback,
                     boolean errataOpen, List<Slip> slips, Progress.LessonProgress progress, Set<String> hidden,
                     java.util.Map<String, String> drafts) {

    /** What the tutor said about the last answer or key; good is true for a right one, hint for a hint. */
    public record Feedback(String text, boolean good, boolean hint) {
        public Feedback(String text, boolean good) {
            this(text, good, false);
        }
    }

    /** A slip named on a question: the asked quantity's symbol, what was typed, and the slip in the tutor's words. */
    public record Slip(String asked, String typed, String what) {}

    public Player {
        slips = List.copyOf(slips);
    }

    public static Player open(Lesson lesson, Progress.LessonProgress progress, String learner) {
        Course course = Course.of(lesson, learner);
        int last = course.steps().size();
        int start = Math.min(Math.max(0, progress.step()), progress.furthest() >= last ? last : last - 1);
        return new Player(course, start, 0, 0, "", false, null, false, List.of(), progress, Set.of(), java.util.Map.of()).atStep(start);
    }

    // ---- where the learner is --------------------------------------------------------------------

    public Lesson lesson() { return course.lesson(); }

    public List<Step> steps() { return course.steps(); }

    /** Past the last step: the end screen. */
    public boolean atEnd() { return step >= course.steps().size(); }

    public Step current() { return course.steps().get(Math.min(step, course.steps().size() - 1)); }

    public Trace trace() { return course.traces().get(current().example()); }

    /** The current example in exact arithmetic, whatever the lesson's precision. */
    public Trace exactTrace() { return course.exact().get(current().example()); }

    public Section section() { return current().section(); }

    /** Moves to a step (clamped; one past the last is the end screen), at its first open quiz item. */
    public Player atStep(int s) {
        int target = Math.max(0, Math.min(course.steps().size(), s));
        Progress.LessonProgress moved = progress.atStep(target);
        // What was typed into an open question is kept when the learner steps away, and is there on coming back.
        java.util.Map<String, String> kept = new java.util.HashMap<>(drafts);
        if (!atEnd() && currentItem() instanceof QuizItem.Fill) {
            if (input.isEmpty()) kept.remove(itemKey(step, item));
            else kept.put(itemKey(step, item), input);
        }
        Player p = new Player(course, target, 0, 0, "", false, null, false, slips, moved, Set.of(), java.util.Map.copyOf(kept));
        return p.withItem(p.firstOpenItem());
    }

    public Player withItem(int i) {
        String draft = step < course.steps().size() && i < current().quiz().size() ? drafts.getOrDefault(itemKey(step, i), "") : "";
        return new Player(course, step, scroll, i, draft, false, feedback, errataOpen, slips, progress, Set.of(), drafts).rehide();
    }

    public Player withScroll(int s) {
        return new Player(course, step, Math.max(0, s), item, input, editing, feedback, errataOpen, slips, progress, hidden, drafts);
    }

    public Player withInput(String text, boolean isEditing) {
        return new Player(course, step, scroll, item, text, isEditing, feedback, errataOpen, slips, progress, hidden, drafts);
    }

    public Player withFeedback(Feedback f) {
        return new Player(course, step, scroll, item, input, editing, f, errataOpen, slips, progress, hidden, drafts);
    }

    public Player withErrataOpen(boolean open) {
        return new Player(course, step, scroll, item, input, editing, feedback, open, slips, progress, hidden, drafts);
    }

    public Player withSlip(Slip slip) {
        List<Slip> next = new java.util.ArrayList<>(slips);
        if (!next.contains(slip)) next.add(slip);
        return new Player(course, step, scroll, item, input, editing, feedback, errataOpen, next, progress, hidden, drafts);
    }

    public Player withProgress(Progress.LessonProgress p) {
        return new Player(course, step, scroll, item, input, editing, feedback, errataOpen, slips, p, hidden, drafts).rehide();
    }

    // ---- questions ---------------------------------------------------------------------------------

    public String itemKey(int s, int i) {
        return course.itemKey(s, i);
    }

    public boolean done(int s, int i) {
        Progress.Item it = progress.item(itemKey(s, i));
        return it.right() || it.revealed();
    }

    /** The first quiz item of this step not yet answered or revealed; the count of items when all are. */
    public int firstOpenItem() {
        if (atEnd()) return 0;
        List<QuizItem> quiz = current().quiz();
        for (int i = 0; i < quiz.size(); i++) if (!done(step, i)) return i;
        return quiz.size();
    }

    public boolean hasOpenQuiz() {
        return !atEnd() && item < current().quiz().size();
    }

    public QuizItem currentItem() {
        return hasOpenQuiz() ? current().quiz().get(item) : null;
    }

    /** Whether every question of this step is answered or revealed (true for a step without questions). */
    public boolean stepDone() {
        return firstOpenItem() >= current().quiz().size();
    }

    // ---- what may be shown -------------------------------------------------------------------------

    /**
     * A mark is earned once: every question of an earlier step of this example still open whose value is on screen
     * now is recorded as seen, so a right answer to it later is not the learner's own work.
     */
    public Player noteSeen() {
        if (atEnd()) return this;
        Progress.LessonProgress lp = progress;
        int example = current().example();
        for (int s = 0; s < step; s++) {
            Step st = course.steps().get(s);
            if (st.example() != example) continue;
            for (int i = 0; i < st.quiz().size(); i++) {
                if (!(st.quiz().get(i) instanceof QuizItem.Fill f)) continue;
                String key = itemKey(s, i);
                Progress.Item it = lp.item(key);
                if (it.right() || it.revealed() || it.seen() || !onScreen(f.key())) continue;
                lp = lp.withItem(key, it.seenOpen());
            }
        }
        return lp == progress ? this : withProgress(lp);
    }

    /**
     * Whether this step puts a value on screen: one it may show, where it is drawn (a neuron's z, a and δ and a
     * parameter's new value on the diagram), in the formulas it shows (with the numbers they are worked from), its
     * table, its narration, or its errata while they are open.
     */
    boolean onScreen(String key) {
        if (!shows(key)) return false;
        if (key.startsWith("z:") || key.startsWith("a:") || key.startsWith("delta:") || key.startsWith("new:")) return true;
        Step st = current();
        if (Course.keysOf(st, trace()).contains(key)) return true;
        if (st.after() != null && stepDone() && tutor.lesson.Narration.shownValues(st.after(), trace()).contains(key)) return true;
        for (String shown : st.show()) {
            if (!shows(shown) || !trace().has(shown)) continue;
            tutor.engine.Quantity q = trace().get(shown);
            if (q.dependsOn().contains(key)) return true;
            Set<String> refs = new HashSet<>();
            for (tutor.engine.Factor f : q.factors()) f.expr().refs(refs);
            for (tutor.engine.Quantity.Path path : q.paths()) for (tutor.engine.Factor f : path.factors()) f.expr().refs(refs);
            if (refs.contains(key)) return true;
        }
        if (errataOpen) {
            for (tutor.lesson.Lesson.Erratum e : tutor.render.Errata.forStep(lesson(), st)) if (e.key().equals(key)) return true;
        }
        return false;
    }

    /**
     * Whether the value of a key may be shown now: made known by this step, and neither a question still open
     * nor anything computed from one (which would give its answer away).
     */
    public boolean shows(String key) {
        return course.revealed().get(Math.min(step, course.steps().size() - 1)).contains(key) && !hidden.contains(key);
    }

    /** Whether a value may appear in narration: anything but an open question and what is computed from it. */
    public boolean hides(String key) {
        return hidden.contains(key);
    }

    /**
     * The open questions of this step and everything computed from them; and what a question is computed from
     * directly whose shown value would be taken as its answer (a ReLU's z that is its activation), with the lines
     * that write that value out.
     */
    private Player rehide() {
        Set<String> h = new HashSet<>();
        if (!atEnd()) {
            List<QuizItem> quiz = current().quiz();
            for (int i = 0; i < quiz.size(); i++) {
                if (quiz.get(i) instanceof QuizItem.Fill f && !done(step, i) && trace().has(f.key())) {
                    h.add(f.key());
                    h.addAll(trace().dependents(f.key()));
                    for (String same : Giveaways.among(trace(), exactTrace(), f.key(), f.tolerance())) {
                        h.add(same);
                        h.addAll(trace().users(same)); // whose working writes it out
                    }
                    for (String piece : Giveaways.pieces(trace(), f.key())) {
                        if (doneHere(piece)) continue; // asked as its own blank first, and worked
                        h.add(piece);
                        h.addAll(trace().users(piece));
                        for (String same : Giveaways.lookalikes(trace(), exactTrace(), piece)) {
                            h.add(same);
                            h.addAll(trace().users(same));
                        }
                    }
                }
            }
        }
        Set<String> frozen = Set.copyOf(h);
        if (frozen.equals(hidden)) return this;
        return new Player(course, step, scroll, item, input, editing, feedback, errataOpen, slips, progress, frozen, drafts);
    }

    /** Whether this step asks for a key as a fill-in that is answered or revealed. */
    private boolean doneHere(String key) {
        List<QuizItem> quiz = current().quiz();
        for (int i = 0; i < quiz.size(); i++) {
            if (quiz.get(i) instanceof QuizItem.Fill f && f.key().equals(key) && done(step, i)) return true;
        }
        return false;
    }

    /** Index of the first step of the next (or previous) section, or -1 if there is none. */
    public int sectionStart(int direction) {
        List<Step> steps = course.steps();
        int here = Math.min(step, steps.size() - 1);
        if (direction > 0) {
            for (int s = here + 1; s < steps.size(); s++) {
                if (steps.get(s).section() != section() || steps.get(s).example() != current().example()) return s;
            }
            return -1;
        }
        int s = here;
        while (s > 0 && steps.get(s - 1).section() == section() && steps.get(s - 1).example() == current().example()) s--;
        if (s < here) return s;
        if (s == 0) return -1;
        int t = s - 1;
        while (t > 0 && steps.get(t - 1).section() == steps.get(t).section()
                && steps.get(t - 1).example() == steps.get(t).example()) t--;
        return t;
    }
}
