package tutor.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tutor.expr.Expression;

/**
 * What a lesson says about its practice sheets: targets that follow from the inputs (the task the network
 * learns), what an example must show for the steps about it to make sense, and narration for new numbers
 * (one entry per step, null where the step has none).
 */
public record PracticeRules(Map<String, Target> targets, List<Requirement> requirements, List<String> stepTexts) {

    public static final PracticeRules NONE = new PracticeRules(Map.of(), List.of(), List.of());

    public PracticeRules {
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        requirements = List.copyOf(requirements);
        stepTexts = java.util.Collections.unmodifiableList(new ArrayList<>(stepTexts));
    }

    /** The practice narration of step i, or null. */
    public String stepText(int i) {
        return i < stepTexts.size() ? stepTexts.get(i) : null;
    }

    /** An output's target from the inputs: a formula, or one value when a condition holds and another when not. */
    public record Target(String formula, Condition condition, double then, double otherwise) {

        public static Target formula(String formula) {
            return new Target(formula, null, 0, 0);
        }

        public static Target choice(Condition condition, double then, double otherwise) {
            return new Target(null, condition, then, otherwise);
        }

        public double of(Function<String, Double> inputs) throws Condition.Invalid {
            if (condition != null) return condition.holds(inputs) ? then : otherwise;
            try {
                return Expression.evaluate(formula, inputs);
            } catch (Expression.Invalid e) {
                throw new Condition.Invalid("in \"" + formula + "\": " + e.getMessage());
            }
        }

        /** As a sentence: "1 when x1 + x2 > 1, otherwise 0", or the formula. */
        @Override public String toString() {
            if (condition == null) return formula;
            return tutor.engine.Numbers.given(then) + " when " + condition + ", otherwise " + tutor.engine.Numbers.given(otherwise);
        }
    }

    /** What example must show on every practice sheet: a condition on its numbers. */
    public record Requirement(int example, Condition condition, Json.Where where) {}
}
