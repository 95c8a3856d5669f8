package tutor.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tutor.engine.Trace;

/**
 * The parts of ./tutor check that concern numbers-dependent text and practice: every {if} in every text reads
 * and names known values; practice narration fills; the lesson's own examples obey its target rules and
 * requirements (a rule its own numbers break is a typing slip).
 */
final class ConditionChecker {
    private ConditionChecker() {}

    static void check(Lesson lesson, List<Trace> traces, List<Problem> problems) {
        String file = lesson.file();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            if (step.example() >= traces.size()) continue;
            Trace trace = traces.get(step.example());
            String path = "$.steps[" + i + "]";
            text(file, path + ".title", step.title(), trace, problems);
            text(file, path + ".text", step.text(), trace, problems);
            String practice = lesson.practice().stepText(i);
            if (practice != null) {
                text(file, path + ".practice", practice, trace, problems);
                values(file, path + ".practice", practice, trace, problems);
            }
            for (int q = 0; q < step.quiz().size(); q++) {
                String at = path + ".quiz[" + q + "]";
                if (step.quiz().get(q) instanceof QuizItem.Fill f) {
                    text(file, at + ".prompt", f.prompt(), trace, problems);
                } else if (step.quiz().get(q) instanceof QuizItem.Choice c) {
                    text(file, at + ".question", c.question(), trace, problems);
                    for (int k = 0; k < c.choices().size(); k++) text(file, at + ".choices[" + k + "]", c.choices().get(k), trace, problems);
                    text(file, at + ".explanation", c.explanation(), trace, problems);
                }
            }
        }
        if (!traces.isEmpty()) {
            text(file, "$.summary", lesson.summary(), traces.get(0), problems);
            for (int a = 0; a < lesson.assumptions().size(); a++) {
                String path = "$.assumptions[" + a + "]";
                text(file, path, lesson.assumptions().get(a), traces.get(0), problems);
                values(file, path, lesson.assumptions().get(a), traces.get(0), problems);
            }
        }
        targets(lesson, problems);
        requirements(lesson, traces, problems);
    }

    /** Every {=key} of a text the checker does not look at itself names a value the trace has. */
    private static void values(String file, String path, String text, Trace trace, List<Problem> problems) {
        for (String key : Narration.unknownValues(text, trace)) {
            problems.add(Problem.at(file, new Json.Where(1, 1, path), "no traced quantity or given value is called \"" + key
                    + "\"; expected a key such as z:N, a:N, delta:N, loss, grad:P or new:P (see ./tutor trace)"));
        }
    }

    private static void text(String file, String path, String text, Trace trace, List<Problem> problems) {
        for (String message : ConditionalText.problems(text, trace)) {
            problems.add(Problem.at(file, new Json.Where(1, 1, path), message));
        }
    }

    private static void targets(Lesson lesson, List<Problem> problems) {
        for (int e = 0; e < lesson.examples().size(); e++) {
            var ex = lesson.examples().get(e);
            for (Map.Entry<String, PracticeRules.Target> rule : lesson.practice().targets().entrySet()) {
                Double given = ex.targets().get(rule.getKey());
                try {
                    double wanted = rule.getValue().of(ex.inputs()::get);
                    if (given != null && given != wanted) {
                        problems.add(Problem.at(lesson.file(), new Json.Where(1, 1, "$.examples[" + e + "].targets." + rule.getKey()),
                                "the target " + tutor.engine.Numbers.given(given) + " breaks the lesson's own practice rule ("
                                        + rule.getValue() + "), which gives " + tutor.engine.Numbers.given(wanted)));
                    }
                } catch (Condition.Invalid ex2) {
                    problems.add(Problem.at(lesson.file(), new Json.Where(1, 1, "$.practice.targets." + rule.getKey()), ex2.getMessage()));
                }
            }
        }
    }

    private static void requirements(Lesson lesson, List<Trace> traces, List<Problem> problems) {
        List<PracticeRules.Requirement> rs = new ArrayList<>(lesson.practice().requirements());
        for (int i = 0; i < rs.size(); i++) {
            PracticeRules.Requirement r = rs.get(i);
            Json.Where where = new Json.Where(1, 1, "$.practice.require[" + i + "]");
            if (r.example() >= traces.size()) {
                problems.add(Problem.at(lesson.file(), where, "there is no example " + r.example() + "; the lesson has " + traces.size()));
                continue;
            }
            try {
                if (!r.condition().holds(ConditionalText.values(traces.get(r.example())))) {
                    problems.add(Problem.at(lesson.file(), where, "the lesson's own example " + r.example()
                            + " does not meet \"" + r.condition() + "\", which every practice sheet must"));
                }
            } catch (Condition.Invalid e) {
                problems.add(Problem.at(lesson.file(), where, e.getMessage()));
            }
        }
    }
}
