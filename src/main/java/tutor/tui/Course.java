package tutor.tui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Backprop;
import tutor.engine.Precision;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;

/**
 * What does not change while a lesson is open: the lesson, its traces (one per example, as shown and exact,
 * computed once), its steps, which values each step has made known, and whose it is (which fixes the order of
 * each multiple choice).
 */
record Course(Lesson lesson, List<Trace> traces, List<Trace> exact, List<Step> steps, List<Set<String>> revealed,
              String learner) {

    static Course of(Lesson lesson, String learner) {
        List<Trace> traces = new ArrayList<>();
        List<Trace> exact = new ArrayList<>();
        for (var ex : lesson.examples()) {
            traces.add(Backprop.trace(lesson.network(), lesson.parameters(), ex, lesson.precision()));
            exact.add(lesson.precision().isExact() ? traces.get(traces.size() - 1)
                    : Backprop.trace(lesson.network(), lesson.parameters(), ex, Precision.EXACT));
        }
        List<Step> steps = Walkthrough.stepsOf(lesson);
        return new Course(lesson, List.copyOf(traces), List.copyOf(exact), steps, revealedSets(steps, traces), learner);
    }

    /** Keys a step makes known: what it shows, asks, tabulates and names in its narration. */
    static Set<String> keysOf(Step s, Trace t) {
        Set<String> keys = new HashSet<>(s.show());
        keys.addAll(tutor.lesson.Narration.shownValues(s.text(), t));
        for (QuizItem q : s.quiz()) if (q instanceof QuizItem.Fill f) keys.add(f.key());
        if (s.table() == Step.Table.NONE) return keys;
        for (Quantity q : t.quantities()) {
            String k = q.key();
            boolean forward = k.startsWith("z:") || k.startsWith("a:") || k.startsWith("loss");
            boolean update = k.startsWith("grad:") || k.startsWith("step:") || k.startsWith("new:") || k.startsWith("change:");
            if (s.table() == Step.Table.FORWARD && forward || s.table() == Step.Table.UPDATE && update) keys.add(k);
        }
        return keys;
    }

    /**
     * For each step, every key known by then: its own and earlier steps' keys, and all of each earlier section that
     * the lesson has finished. A section the lesson comes back to later (the update of one weight, then the backward
     * pass again for another) is not known whole: its later steps ask what it holds.
     */
    private static List<Set<String>> revealedSets(List<Step> steps, List<Trace> traces) {
        // One pass: a running set per example, and each trace's keys by section, so a long lesson costs steps + keys.
        java.util.Map<Integer, Set<String>> sofar = new java.util.HashMap<>();
        java.util.Map<Integer, java.util.EnumMap<tutor.engine.Section, List<String>>> bySection = new java.util.HashMap<>();
        java.util.Map<Integer, java.util.EnumMap<tutor.engine.Section, Integer>> lastStep = new java.util.HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            lastStep.computeIfAbsent(steps.get(i).example(), e -> new java.util.EnumMap<>(tutor.engine.Section.class))
                    .put(steps.get(i).section(), i);
        }
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            var last = lastStep.get(step.example());
            int at = i;
            Trace t = traces.get(step.example());
            Set<String> known = sofar.computeIfAbsent(step.example(), e -> new HashSet<>());
            known.addAll(keysOf(step, t));
            var sections = bySection.computeIfAbsent(step.example(), e -> {
                var m = new java.util.EnumMap<tutor.engine.Section, List<String>>(tutor.engine.Section.class);
                for (Quantity q : t.quantities()) m.computeIfAbsent(q.section(), x -> new ArrayList<>()).add(q.key());
                return m;
            });
            Set<String> keys = new HashSet<>(known);
            sections.forEach((section, ks) -> {
                boolean finished = last.getOrDefault(section, -1) < at;
                if (section.ordinal() < step.section().ordinal() && finished) keys.addAll(ks);
            });
            out.add(Set.copyOf(keys));
        }
        return List.copyOf(out);
    }

    /** The progress key of a quiz item: stable while a lesson's steps are edited around it. */
    String itemKey(int s, int i) {
        Step st = steps.get(s);
        QuizItem q = st.quiz().get(i);
        if (q instanceof QuizItem.Fill f) return "fill:" + st.example() + ":" + f.key();
        return "choice:" + s + ":" + i;
    }

    /**
     * The order a learner sees a question's choices in: shown position → the lesson's index. Shuffled, the same
     * every time for this learner and lesson (a practice sheet's id carries its seed), different for another.
     */
    int[] choiceOrder(int s, int i) {
        QuizItem.Choice c = (QuizItem.Choice) steps.get(s).quiz().get(i);
        return c.order(learner + "/" + lesson.id() + "/" + itemKey(s, i));
    }
}
