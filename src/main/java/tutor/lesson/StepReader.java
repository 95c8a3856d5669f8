package tutor.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import tutor.engine.Section;

/** Reads a lesson's steps and their quiz items, collecting every problem with its place (see LessonReader). */
final class StepReader {
    private final JsonFields in;

    StepReader(JsonFields in) {
        this.in = in;
    }

    /** Each step's narration for practice sheets (null where it has none), in step order. */
    private final List<String> practiceTexts = new ArrayList<>();

    List<String> practiceTexts() {
        return practiceTexts;
    }

    Step step(Json.Obj s) {
        in.known(s, Set.of("section", "title", "text", "after", "focus", "show", "quiz", "example", "table", "practice"));
        practiceTexts.add(in.string(s, "practice", false, Limits.PROSE));
        Section section = null;
        String sec = in.string(s, "section", true, Limits.KEY);
        if (sec != null) {
            section = Arrays.stream(Section.values()).filter(x -> x.name().equalsIgnoreCase(sec)).findFirst().orElse(null);
            if (section == null) in.problem(s.fields().get("section"), "unknown section \"" + sec
                    + "\"; expected forward, loss, backward or update");
        }
        String title = in.string(s, "title", true, Limits.TITLE);
        String text = in.string(s, "text", true, Limits.PROSE);
        String after = in.string(s, "after", false, Limits.PROSE);
        List<String> focus = in.strings(s.fields().get("focus"), "ids in focus", Limits.KEY, Limits.LIST);
        List<String> show = in.strings(s.fields().get("show"), "quantity keys", Limits.KEY, Limits.LIST);
        Step.Table table = Step.Table.NONE;
        String t = in.string(s, "table", false, Limits.KEY);
        if (t != null) {
            table = switch (t) {
                case "forward" -> Step.Table.FORWARD;
                case "update" -> Step.Table.UPDATE;
                default -> {
                    in.problem(s.fields().get("table"), "unknown table \"" + t + "\"; expected forward or update");
                    yield Step.Table.NONE;
                }
            };
        }
        List<QuizItem> quiz = in.objects(s.fields().get("quiz"), "quiz items", Limits.QUIZ_ITEMS,
                "a quiz item: {\"fill\": KEY} or {\"question\", \"choices\", \"answer\"}", this::quizItem);
        return new Step(section, title, text, after, focus, show, quiz, in.exampleIndex(s), table);
    }

    private QuizItem quizItem(Json.Obj q) {
        if (q.fields().containsKey("fill")) {
            in.known(q, Set.of("fill", "prompt", "tolerance"));
            String key = in.string(q, "fill", true, Limits.KEY);
            String prompt = in.string(q, "prompt", false, Limits.LINE);
            Double tol = in.number(q, "tolerance", false);
            if (tol != null && tol <= 0) in.problem(q.fields().get("tolerance"), "expected a tolerance above 0");
            return key == null ? null : new QuizItem.Fill(key, prompt, tol);
        }
        if (q.fields().containsKey("question")) {
            in.known(q, Set.of("question", "choices", "answer", "explanation", "why"));
            String question = in.string(q, "question", true, Limits.PROSE);
            List<String> choices = in.strings(q.fields().get("choices"), "choices", Limits.LINE, Limits.CHOICES);
            if (choices.size() < 2) in.problem(q.fields().getOrDefault("choices", q), "expected at least two choices");
            Integer answer = q.fields().containsKey("answer")
                    ? in.integer(q.fields().get("answer"), 0, Math.max(0, choices.size() - 1),
                    "the index of the right choice (0 is the first)") : null;
            if (!q.fields().containsKey("answer")) in.problem(q, "missing field \"answer\"; expected the index of the right choice");
            String explanation = in.string(q, "explanation", false, Limits.PROSE);
            List<String> why = in.strings(q.fields().get("why"), "one explanation per choice", Limits.PROSE, Limits.CHOICES);
            if (q.fields().containsKey("why") && why.size() != choices.size()) {
                in.problem(q.fields().get("why"), "expected one explanation per choice (" + choices.size() + "), \"\" where there is none");
            }
            if (question == null || answer == null || choices.size() < 2) return null;
            return new QuizItem.Choice(question, choices, answer, explanation == null ? "" : explanation, why);
        }
        in.problem(q, "expected a quiz item with \"fill\" (a quantity key) or \"question\" (multiple choice)");
        return null;
    }
}
