package tutor.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.engine.Network;

/**
 * Reads a lesson's "practice" object and the document title in "source", collecting problems with their place
 * as the lesson reader does. The names in a condition are checked later, against the trace (LessonChecker).
 */
final class PracticeRulesReader {
    private PracticeRulesReader() {}

    static PracticeRules read(JsonFields in, Json.Node node, Network net, List<String> stepTexts) {
        if (node == null) return new PracticeRules(Map.of(), List.of(), stepTexts);
        Json.Obj o = in.object(node, "an object with targets and require");
        if (o == null) return PracticeRules.NONE;
        in.known(o, Set.of("targets", "require"));
        Map<String, PracticeRules.Target> targets = targets(in, o.fields().get("targets"), net);
        List<PracticeRules.Requirement> requirements = new ArrayList<>();
        Json.Node req = o.fields().get("require");
        if (req instanceof Json.Arr arr) {
            for (Json.Node item : arr.items()) {
                Json.Obj r = in.object(item, "an object with example and condition");
                if (r == null) continue;
                in.known(r, Set.of("example", "condition"));
                Integer example = r.fields().containsKey("example")
                        ? in.integer(r.fields().get("example"), 0, 99, "an example index") : Integer.valueOf(0);
                Condition c = condition(in, r, "condition");
                if (example != null && c != null) requirements.add(new PracticeRules.Requirement(example, c, r.where()));
            }
        } else if (req != null) {
            in.expected(req, "an array of {\"example\": N, \"condition\": \"...\"}");
        }
        return new PracticeRules(targets, requirements, stepTexts);
    }

    private static Map<String, PracticeRules.Target> targets(JsonFields in, Json.Node node, Network net) {
        Map<String, PracticeRules.Target> out = new LinkedHashMap<>();
        if (node == null) return out;
        Json.Obj o = in.object(node, "an object of output id: target rule");
        if (o == null) return out;
        for (Map.Entry<String, Json.Node> e : o.fields().entrySet()) {
            if (net != null && !net.outputs().contains(e.getKey())) {
                in.problem(e.getValue(), "the network has no output " + e.getKey() + "; expected one of " + net.outputs());
                continue;
            }
            PracticeRules.Target t = target(in, e.getValue());
            if (t == null) continue;
            if (net != null) inputsOnly(in, e.getValue(), t, net);
            out.put(e.getKey(), t);
        }
        return out;
    }

    private static PracticeRules.Target target(JsonFields in, Json.Node v) {
        if (v instanceof Json.Str s) return PracticeRules.Target.formula(s.value());
        Json.Obj o = in.object(v, "a target rule: a formula of the inputs, or {\"if\": CONDITION, \"then\": N, \"else\": N}");
        if (o == null) return null;
        in.known(o, Set.of("if", "then", "else"));
        Condition c = condition(in, o, "if");
        Double then = in.number(o, "then", true);
        Double otherwise = in.number(o, "else", true);
        return c == null || then == null || otherwise == null ? null : PracticeRules.Target.choice(c, then, otherwise);
    }

    /** A target follows from the inputs alone: it is drawn before anything is computed. */
    private static void inputsOnly(JsonFields in, Json.Node at, PracticeRules.Target t, Network net) {
        List<String> unknown = new ArrayList<>();
        try {
            // Distinct made-up inputs, so that x1 - x2 does not divide by zero while the form is checked.
            t.of(name -> {
                int i = net.inputs().indexOf(name);
                if (i < 0) unknown.add(name);
                return 0.31 + 0.17 * Math.max(0, i);
            });
        } catch (Condition.Invalid e) {
            in.problem(at, "the target rule does not read: " + e.getMessage());
            return;
        }
        if (!unknown.isEmpty()) {
            in.problem(at, "a target rule may use only the inputs " + net.inputs() + ", not " + String.join(", ", unknown));
        }
    }

    private static Condition condition(JsonFields in, Json.Obj o, String field) {
        String text = in.string(o, field, true, Limits.KEY);
        if (text == null) return null;
        try {
            return Condition.parse(text);
        } catch (Condition.Invalid e) {
            in.problem(o.fields().get(field), "the condition does not read: " + e.getMessage());
            return null;
        }
    }

    /** The document's title from "source": a string, or {"title": ..., "file": ...} keeping the file for maintainers. */
    static String sourceTitle(JsonFields in, Json.Obj lesson) {
        Json.Node node = lesson.fields().get("source");
        if (node == null) return null;
        if (node instanceof Json.Str) return in.string(lesson, "source", false, Limits.LINE);
        Json.Obj o = in.object(node, "the source document: its title, or {\"title\": ..., \"file\": ...}");
        if (o == null) return null;
        in.known(o, Set.of("title", "file"));
        in.string(o, "file", false, Limits.LINE);
        return in.string(o, "title", true, Limits.LINE);
    }
}
