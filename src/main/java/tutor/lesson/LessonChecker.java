package tutor.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Backprop;
import tutor.engine.EngineException;
import tutor.engine.Layer;
import tutor.engine.Precision;
import tutor.engine.Trace;

/**
 * What the reader cannot see alone: that every reference resolves against the network and the engine's
 * trace, that the numbers compute, and that each document figure is reproduced or listed in errata.
 */
public final class LessonChecker {
    private LessonChecker() {}

    /** Ends the message of a failure inside the tutor (never a lesson's fault): the fuzz tests look for it. */
    public static final String BUG = "this is a bug in the tutor, please report it";

    /**
     * Without figures, the document's figures and errata are not matched against the engine (only ./tutor check
     * does). Never throws: a failure inside the engine on this lesson is a problem of this lesson.
     */
    public static List<Problem> check(Lesson lesson, boolean figures) {
        try {
            return problems(lesson, figures);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(Problem.at(lesson.file(), new Json.Where(1, 1, ""), "the tutor failed on this lesson ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); " + BUG));
        }
    }

    private static List<Problem> problems(Lesson lesson, boolean figures) {
        List<Problem> problems = new ArrayList<>();
        String file = lesson.file();
        if (lesson.network().loss() == tutor.engine.Loss.BINARY_CROSS_ENTROPY
                && lesson.network().outputLayer().activation() != tutor.engine.Activation.SIGMOID) {
            problems.add(Problem.at(file, new Json.Where(1, 1, "$.network.loss"), "bce (cross-entropy) needs outputs between 0 and 1:"
                    + " the output layer's activation must be sigmoid, not " + lesson.network().outputLayer().activation().id()));
            return problems;
        }
        List<Trace> traces = new ArrayList<>();
        for (int e = 0; e < lesson.examples().size(); e++) {
            try {
                traces.add(Backprop.trace(lesson.network(), lesson.parameters(), lesson.examples().get(e), lesson.precision()));
            } catch (EngineException ex) {
                problems.add(Problem.at(file, new Json.Where(1, 1, "$.examples[" + e + "]"),
                        "the network cannot be computed on this example: " + ex.getMessage()));
                return problems;
            }
        }
        Set<String> ids = new HashSet<>(lesson.network().inputs());
        for (Layer l : lesson.network().layers()) ids.addAll(l.neurons());
        ids.addAll(lesson.network().parameterIds());
        for (String key : lesson.labels().keySet()) {
            String id = key.contains(":") ? key.substring(key.indexOf(':') + 1) : key;
            if (!ids.contains(id) && !key.equals("L")) {
                problems.add(Problem.at(file, new Json.Where(1, 1, "$.labels." + key),
                        "a label for " + id + ", which is no input, neuron, weight or bias of the network"));
            }
        }
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            String path = "$.steps[" + i + "]";
            if (step.example() >= traces.size()) {
                problems.add(Problem.at(file, new Json.Where(1, 1, path + ".example"), "there is no example " + step.example()
                        + "; the lesson has " + traces.size()));
                continue;
            }
            Trace trace = traces.get(step.example());
            for (String f : step.focus()) {
                if (!ids.contains(f)) {
                    problems.add(Problem.at(file, new Json.Where(1, 1, path + ".focus"), "focus on " + f
                            + ", which is no input, neuron, weight or bias of the network"));
                }
            }
            for (String key : step.show()) {
                if (!trace.has(key)) problems.add(unknownKey(file, path + ".show", key));
            }
            for (String key : Narration.unknownValues(step.text(), trace)) {
                problems.add(unknownKey(file, path + ".text", key));
            }
            if (step.after() != null) {
                for (String key : Narration.unknownValues(step.after(), trace)) problems.add(unknownKey(file, path + ".after", key));
            }
            askedInOrder(file, path, step, trace, problems);
            for (int q = 0; q < step.quiz().size(); q++) {
                String at = path + ".quiz[" + q + "]";
                if (step.quiz().get(q) instanceof QuizItem.Fill fill) {
                    if (!trace.has(fill.key())) problems.add(unknownKey(file, at + ".fill", fill.key()));
                    if (fill.prompt() != null) {
                        for (String key : Narration.unknownValues(fill.prompt(), trace)) problems.add(unknownKey(file, at + ".prompt", key));
                    }
                } else if (step.quiz().get(q) instanceof QuizItem.Choice choice) {
                    List<String> texts = new ArrayList<>(choice.choices());
                    texts.addAll(choice.why());
                    texts.add(choice.question());
                    texts.add(choice.explanation());
                    for (String text : texts) {
                        for (String key : Narration.unknownValues(text, trace)) problems.add(unknownKey(file, at, key));
                    }
                }
            }
        }
        if (lesson.summary() != null && !traces.isEmpty()) {
            for (String key : Narration.unknownValues(lesson.summary(), traces.get(0))) {
                problems.add(unknownKey(file, "$.summary", key));
            }
        }
        ConditionChecker.check(lesson, traces, problems); // {if} text, practice rules
        if (figures) checkFigures(lesson, problems);
        else checkErrataKeys(lesson, traces, problems);
        return problems;
    }

    /** Every figure matches the engine in its mode; every erratum really differs from the engine's value. */
    private static void checkFigures(Lesson lesson, List<Problem> problems) {
        String file = lesson.file();
        // Figures share a handful of (example, mode) pairs: one trace each.
        java.util.Map<String, Trace> traces = new java.util.HashMap<>();
        java.util.function.BiFunction<Integer, Precision, Trace> trace = (example, mode) -> traces.computeIfAbsent(
                example + "@" + mode, k -> Backprop.trace(lesson.network(), lesson.parameters(), lesson.examples().get(example), mode));
        for (Lesson.Figure f : lesson.figures()) {
            if (f.example() >= lesson.examples().size()) {
                problems.add(Problem.at(file, f.where(), "there is no example " + f.example()));
                continue;
            }
            Trace t = trace.apply(f.example(), f.mode());
            Double value = Figures.value(f.key(), t);
            if (value == null) {
                problems.add(unknownKey(file, f.where().path() + ".key", f.key()));
                continue;
            }
            if (!Figures.matches(f.stated(), value, f.mode())) {
                problems.add(Problem.at(file, f.where(), "the document's " + f.stated() + " for " + f.key()
                        + " is not what the engine gives in " + f.mode() + " ("
                        + tutor.engine.Numbers.computed(f.mode().round(value), f.mode())
                        + "); list it in errata with a note, or fix the mode"));
            }
        }
        for (Lesson.Erratum e : lesson.errata()) {
            if (e.example() >= lesson.examples().size()) {
                problems.add(Problem.at(file, e.where(), "there is no example " + e.example()));
                continue;
            }
            Double value = Figures.value(e.key(), trace.apply(e.example(), Precision.EXACT));
            if (value == null) {
                problems.add(unknownKey(file, e.where().path() + ".key", e.key()));
                continue;
            }
            if (Figures.matches(e.stated(), value, Precision.EXACT)) {
                problems.add(Problem.at(file, e.where(), "the erratum's " + e.stated() + " for " + e.key()
                        + " is what the engine gives; it is a figure, not an erratum"));
            }
        }
    }

    /** Errata are shown on screen, so even a quick load makes sure each names something the engine knows. */
    private static void checkErrataKeys(Lesson lesson, List<Trace> traces, List<Problem> problems) {
        for (Lesson.Erratum e : lesson.errata()) {
            if (e.example() >= traces.size() || Figures.value(e.key(), traces.get(e.example())) == null) {
                problems.add(unknownKey(lesson.file(), e.where().path() + ".key", e.key()));
            }
        }
    }

    /**
     * A question whose answer is computed from a later question's answer would give that one away when it is
     * answered (its value is confirmed on screen): a step asks what things are computed from first.
     */
    private static void askedInOrder(String file, String path, Step step, Trace trace, List<Problem> problems) {
        List<String> asked = new ArrayList<>();
        for (QuizItem q : step.quiz()) if (q instanceof QuizItem.Fill f && trace.has(f.key())) asked.add(f.key());
        for (int i = 0; i < asked.size(); i++) {
            for (int j = i + 1; j < asked.size(); j++) {
                if (trace.dependents(asked.get(j)).contains(asked.get(i))) {
                    problems.add(Problem.at(file, new Json.Where(1, 1, path + ".quiz"), "ask " + asked.get(j) + " before "
                            + asked.get(i) + ": " + asked.get(i) + " is computed from it, so its answer would give it away"));
                }
            }
        }
    }

    private static Problem unknownKey(String file, String path, String key) {
        return Problem.at(file, new Json.Where(1, 1, path), "no traced quantity or given value is called \"" + key
                + "\"; expected a key such as z:N, a:N, delta:N, loss, grad:P or new:P (see ./tutor trace)");
    }
}
