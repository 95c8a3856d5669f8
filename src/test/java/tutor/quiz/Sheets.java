package tutor.quiz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tutor.engine.Backprop;
import tutor.engine.Precision;
import tutor.engine.Trace;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;

/** The lessons and practice sheets, and every fill-in question on them as the engine asks it. */
final class Sheets {
    private Sheets() {}

    static List<Lesson> lessons() {
        try {
            List<Lesson> out = new ArrayList<>();
            for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) out.add(l.lesson());
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Lesson lesson(String id) {
        for (Lesson l : lessons()) if (l.id().equals(id)) return l;
        throw new IllegalArgumentException("no lesson " + id);
    }

    /** Every lesson, and seeds 1..n of each as a practice sheet. */
    static List<Lesson> withPractice(int seeds) {
        List<Lesson> out = new ArrayList<>();
        for (Lesson l : lessons()) {
            out.add(l);
            Practice.Generator g = new Practice.Generator(l);
            for (int s = 1; s <= seeds; s++) out.add(g.sheet(s));
        }
        return out;
    }

    /** One fill-in question: where it is (1-based step), the traces as shown and exact, what it asks. */
    record Asked(Lesson lesson, int step, Trace shown, Trace exact, QuizItem.Fill fill) {
        String key() {
            return fill.key();
        }

        Expected expected() {
            return Expected.of(shown, exact, fill.key(), fill.tolerance());
        }

        Acceptance.Verdict verdict(String typed) throws Answer.Unreadable {
            return Acceptance.judge(Answer.parse(typed), expected());
        }

        List<String> slips(String typed) throws Answer.Unreadable {
            return Slips.named(Answer.parse(typed), lesson.network(), shown, exact, fill.key(), List.of()).stream()
                    .map(s -> lesson.notation(false).render(s)).toList();
        }

        @Override public String toString() {
            return lesson.id() + " step " + step + " " + fill.key();
        }
    }

    static List<Asked> questions(Lesson l) {
        List<Trace> shown = new ArrayList<>();
        List<Trace> exact = new ArrayList<>();
        for (var ex : l.examples()) {
            shown.add(Backprop.trace(l.network(), l.parameters(), ex, l.precision()));
            exact.add(Backprop.trace(l.network(), l.parameters(), ex, Precision.EXACT));
        }
        List<Asked> out = new ArrayList<>();
        List<Step> steps = Walkthrough.stepsOf(l);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            for (QuizItem q : s.quiz()) {
                if (q instanceof QuizItem.Fill f) out.add(new Asked(l, i + 1, shown.get(s.example()), exact.get(s.example()), f));
            }
        }
        return out;
    }

    /** The question a step asks about a key. */
    static Asked asked(Lesson l, int step, String key) {
        for (Asked a : questions(l)) if (a.step() == step && a.key().equals(key)) return a;
        throw new IllegalArgumentException(l.id() + " step " + step + " asks no " + key);
    }

    static Asked practice(String lesson, long seed, int step, String key) {
        return asked(Practice.of(lesson(lesson), seed), step, key);
    }
}
