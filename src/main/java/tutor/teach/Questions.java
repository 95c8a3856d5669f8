package tutor.teach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.engine.Ascii;
import tutor.engine.Backprop;
import tutor.engine.Notation;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;

/** The quiz items of the course as a teacher names them: lesson, step (from 1), item key and its label. */
public final class Questions {
    private Questions() {}

    public record Question(String lesson, int step, String item, String label) {}

    /** Every lesson's items in step order (each item once, at the step that first asks it). */
    public static List<Question> of(List<Lesson> lessons, boolean ascii) {
        List<Question> out = new ArrayList<>();
        for (Lesson l : lessons) out.addAll(of(l, ascii));
        return out;
    }

    public static List<Question> of(Lesson l, boolean ascii) {
        List<Step> steps = Walkthrough.stepsOf(l);
        Notation n = l.notation(ascii);
        Map<Integer, Trace> traces = new HashMap<>();
        Map<String, Question> seen = new LinkedHashMap<>();
        for (int s = 0; s < steps.size(); s++) {
            Step st = steps.get(s);
            for (int i = 0; i < st.quiz().size(); i++) {
                QuizItem item = st.quiz().get(i);
                if (item instanceof QuizItem.Fill f) {
                    String key = "fill:" + st.example() + ":" + f.key();
                    if (seen.containsKey(key)) continue;
                    Trace t = traces.computeIfAbsent(st.example(), e -> Backprop.trace(l.network(), l.parameters(),
                            l.examples().get(e), l.precision()));
                    String label = n.render(t.get(f.key()).symbol()) + (l.examples().size() > 1 ? " (ex " + (st.example() + 1) + ")" : "");
                    seen.put(key, new Question(l.id(), s + 1, key, ascii ? Ascii.transliterate(label) : label));
                } else {
                    String key = "choice:" + s + ":" + i;
                    seen.put(key, new Question(l.id(), s + 1, key, "choice " + (i + 1)));
                }
            }
        }
        return new ArrayList<>(seen.values());
    }

    /** The questions with any answer in the summary that the lessons no longer ask (changed since), at the end. */
    public static List<Question> withStrays(List<Question> known, ClassSummary summary) {
        List<Question> out = new ArrayList<>(known);
        for (QuestionStats q : summary.questions()) {
            boolean found = known.stream().anyMatch(x -> x.lesson().equals(q.lesson()) && x.item().equals(q.item()));
            if (!found) out.add(new Question(q.lesson(), 0, q.item(), q.item()));
        }
        return out;
    }
}
